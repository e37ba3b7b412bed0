package io.plancycle.plan;

import io.plancycle.plan.MediumTermPlanRequest.AgencyChange;
import io.plancycle.plan.MediumTermPlanRequest.Assignment;
import io.plancycle.plan.MediumTermPlanRequest.NewAgency;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;
import org.junit.jupiter.api.Test;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The city as a new medium-term plan reorganises it: renamed, merged, split and added agencies, each with the parts of
 * the current plans it starts from and its place in the city's order; and every problem of the changes named by its
 * field. No database: agencies and plans in memory.
 */
class CityReorganisationTest {

    private final Agency civil = new Agency("civil-affairs", "民政處", "Department of Civil Affairs", 1);
    private final Agency social = new Agency("social-affairs", "社會處", null, 2);
    private final Agency personnel = new Agency("personnel", "人事處", null, 3);
    private final Agency ethics = new Agency("civil-service-ethics", "政風處", null, 4);
    private final Agency fire = new Agency("fire", "消防局", null, 5);
    private final List<Agency> all = List.of(civil, social, personnel, ethics, fire);
    private final Map<Agency, Plan> plans = new IdentityHashMap<>();

    CityReorganisationTest() {
        all.forEach(a -> plans.put(a, plan(a, 3)));
    }

    /** A plan of 108–111 with {@code goals} goals of two KPIs each, every KPI with a target each year. */
    static Plan plan(Agency agency, int goals) {
        Plan plan = new Plan(agency, null, 108, 111, SubmissionStage.BASELINE);
        plan.setSections(agency.getName() + "的任務", null, null, null, null);
        for (int g = 1; g <= goals; g++) {
            Goal goal = plan.addGoal(g, agency.getName() + "目標" + g);
            for (int k = 1; k <= 2; k++) {
                Kpi kpi = goal.addKpi(k, agency.getName() + "指標" + g + "-" + k, "件數", Direction.HIGHER_IS_BETTER);
                for (int year = 108; year <= 111; year++) {
                    kpi.setTarget(year, String.valueOf(year * 10 + k));
                }
            }
        }
        return plan;
    }

    private CityReorganisation reorganise(AgencyChange... changes) {
        Problems problems = new Problems();
        CityReorganisation city = CityReorganisation.of(all, plans::get, List.of(changes), problems);
        problems.throwIfAny();
        return city;
    }

    private static AgencyChange change(List<String> from, List<NewAgency> to, Assignment... assign) {
        return new AgencyChange(from, to, List.of(assign));
    }

    private static NewAgency agency(String code, String name) {
        return new NewAgency(code, name, null);
    }

    @Test
    void renameMergeSplitAndAddEachLeadToTheirAgenciesInTheCitysOrder() {
        CityReorganisation city = reorganise(
                change(List.of("civil-affairs"), List.of(agency("civil-affairs", "民政暨客家事務處"))),
                change(List.of("personnel", "civil-service-ethics"), List.of(agency("personnel-ethics", "人事政風處"))),
                change(List.of("social-affairs"), List.of(agency("social-affairs", "社會處"), agency("labor-affairs", "勞工處")),
                        new Assignment(3, null, "labor-affairs"), new Assignment(1, 2, "labor-affairs")),
                change(List.of(), List.of(agency("youth-affairs", "青年事務處"))));

        assertThat(city.successors()).extracting(s -> s.agency().getCode() + " " + s.name() + " " + s.kind())
                .containsExactly("civil-affairs 民政暨客家事務處 RENAMED", "social-affairs 社會處 SPLIT",
                        "labor-affairs 勞工處 SPLIT", "personnel-ethics 人事政風處 MERGED", "fire 消防局 UNCHANGED",
                        "youth-affairs 青年事務處 ADDED");
        assertThat(city.successors().get(0).agency()).as("a rename keeps the agency, its users and its history")
                .isSameAs(civil);
        assertThat(city.successors().get(3).predecessors()).containsExactly(personnel, ethics);
        assertThat(city.retired()).as("merged away; split agencies that keep their code carry on")
                .containsExactly(personnel, ethics);
        assertThat(city.order(all)).extracting(Agency::getCode).containsExactly("civil-affairs", "social-affairs",
                "labor-affairs", "personnel", "personnel-ethics", "civil-service-ethics", "fire", "youth-affairs");

        CityReorganisation.Part socialPart = city.successors().get(1).parts().get(0);
        CityReorganisation.Part laborPart = city.successors().get(2).parts().get(0);
        assertThat(socialPart.kpis()).extracting(Kpi::getName)
                .containsExactlyInAnyOrder("社會處指標1-1", "社會處指標2-1", "社會處指標2-2");
        assertThat(laborPart.kpis()).extracting(Kpi::getName)
                .containsExactlyInAnyOrder("社會處指標1-2", "社會處指標3-1", "社會處指標3-2");
        assertThat(laborPart.goals()).as("a goal goes wherever one of its KPIs goes").extracting(Goal::getNo)
                .containsExactlyInAnyOrder(1, 3);
        assertThat(city.successors().get(3).parts()).extracting(CityReorganisation.Part::source)
                .containsExactly(plans.get(personnel), plans.get(ethics));
    }

    @Test
    void everyProblemOfTheChangesIsNamedByItsField() {
        Problems problems = new Problems();
        CityReorganisation.of(all, plans::get, List.of(
                change(List.of("nobody", "fire"), List.of(agency("fire", ""), agency("x", "某處"))),
                change(List.of("fire"), List.of(agency("Bad Code", "消防暨救護局"))),
                change(List.of("civil-affairs"), List.of(agency("social-affairs", "民政處"))),
                change(List.of("personnel"), List.of(agency("personnel", "人事處")), new Assignment(1, null, "personnel")),
                change(List.of("social-affairs"), List.of(agency("social-affairs", "社會處"), agency("labor", "勞工處")),
                        new Assignment(9, null, "labor"), new Assignment(1, 1, "nobody")),
                change(List.of(), List.of())), problems);

        assertThat(problems.errors()).extracting(e -> e.field() + " " + e.code()).containsExactly(
                "reorganisation[0].from[0] " + MessageCode.AGENCY_UNKNOWN,
                "reorganisation[0].to " + MessageCode.MEDIUM_CHANGE_MANY_TO_MANY,
                "reorganisation[0].to[0].name " + MessageCode.FIELD_REQUIRED,
                "reorganisation[1].from[0] " + MessageCode.MEDIUM_AGENCY_TWICE,
                "reorganisation[1].to[0].code " + MessageCode.MEDIUM_AGENCY_CODE_INVALID,
                "reorganisation[2].to[0].code " + MessageCode.MEDIUM_AGENCY_CODE_TAKEN,
                "reorganisation[3].assign " + MessageCode.MEDIUM_ASSIGN_NOT_SPLIT,
                "reorganisation[4].to[0].code " + MessageCode.MEDIUM_AGENCY_TWICE,
                "reorganisation[5].to " + MessageCode.MEDIUM_CHANGE_TO_MISSING);
    }

    @Test
    void aSplitNamesAGoalOrKpiThePlanDoesNotHave() {
        Problems problems = new Problems();
        CityReorganisation.of(all, plans::get, List.of(change(List.of("social-affairs"),
                List.of(agency("social-affairs", "社會處"), agency("labor", "勞工處")),
                new Assignment(9, null, "labor"), new Assignment(1, 7, "labor"), new Assignment(1, 1, "nobody"))), problems);

        assertThat(problems.errors()).extracting(e -> e.field() + " " + e.code() + " " + e.args()).containsExactly(
                "reorganisation[0].assign[0] " + MessageCode.MEDIUM_ASSIGN_UNKNOWN + " [社會處, 九]",
                "reorganisation[0].assign[1] " + MessageCode.MEDIUM_ASSIGN_UNKNOWN + " [社會處, 一-7]",
                "reorganisation[0].assign[2].to " + MessageCode.MEDIUM_ASSIGN_TO_UNKNOWN + " [nobody]");
    }

    @Test
    void thePageLinesReadAsTheChangesTheApiTakes() {
        ReorganisationLines.Read read = ReorganisationLines.read("""
                民政處 > 民政暨客家事務處

                人事處 + 政風處 > personnel-ethics 人事政風處
                社會處 > social-affairs 社會處, labor-affairs 勞工處 | 三 labor-affairs, 一-2 labor-affairs
                > youth-affairs 青年事務處""", Map.of("民政處", "civil-affairs", "人事處", "personnel", "政風處",
                "civil-service-ethics", "社會處", "social-affairs"));

        assertThat(read.lines()).containsExactly(1, 3, 4, 5);
        assertThat(read.changes()).containsExactly(
                change(List.of("civil-affairs"), List.of(agency("civil-affairs", "民政暨客家事務處"))),
                change(List.of("personnel", "civil-service-ethics"), List.of(agency("personnel-ethics", "人事政風處"))),
                change(List.of("social-affairs"), List.of(agency("social-affairs", "社會處"), agency("labor-affairs", "勞工處")),
                        new Assignment(3, null, "labor-affairs"), new Assignment(1, 2, "labor-affairs")),
                change(List.of(), List.of(agency("youth-affairs", "青年事務處"))));
    }

    @Test
    void nothingAskedLeavesEveryAgencyAsItIs() {
        CityReorganisation city = reorganise();
        assertThat(city.successors()).extracting(CityReorganisation.Successor::kind).containsOnly(AgencyChangeKind.UNCHANGED);
        assertThat(city.successors()).extracting(CityReorganisation.Successor::agency).containsExactlyElementsOf(all);
        assertThat(city.retired()).isEmpty();
        assertThat(InvalidInputException.class).isNotNull();
    }
}
