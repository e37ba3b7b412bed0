package io.plancycle.plan;

import io.plancycle.plan.MediumTermPlanRequest.AgencyChange;
import io.plancycle.plan.MediumTermPlanRequest.NewAgency;
import io.plancycle.problem.Problems;
import org.junit.jupiter.api.Test;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starting a medium-term plan builds each agency's baseline: goals, KPIs and measures carried from its current plan,
 * the targets of the new years it already has and none of the others, a merge's goals one after the other numbered
 * anew with both sections; an agency with a sheet of its own takes the sheet's goals and targets.
 */
class NewBaselinesTest {

    private final Agency personnel = new Agency("personnel", "人事處", null, 1);
    private final Agency ethics = new Agency("civil-service-ethics", "政風處", null, 2);
    private final Agency fire = new Agency("fire", "消防局", null, 3);
    private final Map<Agency, Plan> plans = new IdentityHashMap<>();

    @Test
    void theCurrentPlansAreCarriedIntoTheNewYearsAndAMergeNumbersItsGoalsAnew() {
        List.of(personnel, ethics, fire).forEach(a -> plans.put(a, CityReorganisationTest.plan(a, 2)));
        Plan running = plans.get(fire);
        running.runOnTo(113);
        CityReorganisation city = CityReorganisation.of(List.of(personnel, ethics, fire), plans::get, List.of(
                new AgencyChange(List.of("personnel", "civil-service-ethics"),
                        List.of(new NewAgency("personnel-ethics", "人事政風處", null)), List.of())), new Problems());

        List<Plan> baselines = NewBaselines.build("嘉義市政府中程(112至115年度)施政計畫", 112, 115, city.successors(), Map.of());

        Plan merged = baselines.get(0);
        assertThat(merged.getAgencyName()).isEqualTo("人事政風處");
        assertThat(merged.getFirstYear()).isEqualTo(112);
        assertThat(merged.getLastYear()).isEqualTo(115);
        assertThat(merged.getTitle()).isEqualTo("嘉義市政府中程(112至115年度)施政計畫");
        assertThat(merged.getMission()).isEqualTo("人事處的任務\n\n政風處的任務");
        assertThat(merged.liveGoals()).extracting(g -> g.getNo() + " " + g.getTitle())
                .containsExactly("1 人事處目標1", "2 人事處目標2", "3 政風處目標1", "4 政風處目標2");
        assertThat(merged.liveKpis()).as("108–111 targets are not the new plan's").allMatch(k -> k.getTargets().isEmpty());

        Plan carried = baselines.get(1);
        assertThat(carried.getAgencyName()).isEqualTo("消防局");
        assertThat(carried.liveKpis().get(0).getTargets()).extracting(t -> t.getYear() + " " + t.getRaw())
                .as("the targets the running plan has for 112 and 113, none for 114 and 115")
                .containsExactly("112 1111", "113 1111");

        List<MediumTermPreview.AgencyPlan> described = NewBaselines.describe(baselines, city.successors(), Map.of());
        assertThat(described).extracting(a -> a.name() + " " + a.change() + " " + a.formerNames() + " " + a.kpis() + " "
                + a.targets() + " " + a.targetsToFill()).containsExactly(
                "人事政風處 MERGED [人事處, 政風處] 8 0 32", "消防局 UNCHANGED [] 4 8 8");
    }

    @Test
    void anAgencysSheetGivesItsGoalsAndTheTargetsOfThePlansYears() {
        plans.put(fire, CityReorganisationTest.plan(fire, 2));
        CityReorganisation city = CityReorganisation.of(List.of(fire), plans::get, List.of(), new Problems());
        NewBaselines.Sheet sheet = new NewBaselines.Sheet("消防局", List.of(new NewBaselines.SheetGoal(1, "強化救災",
                List.of(new NewBaselines.SheetKpi(1, "火災死亡人數", "人數", Map.of(111, "3", 112, "≦2", 113, "≦2"))))));

        Plan plan = NewBaselines.build("新計畫", 112, 115, city.successors(), Map.of("fire", sheet)).get(0);

        assertThat(plan.getMission()).as("the sections still come from the current plan").isEqualTo("消防局的任務");
        assertThat(plan.liveGoals()).extracting(Goal::getTitle).containsExactly("強化救災");
        Kpi kpi = plan.liveKpis().get(0);
        assertThat(kpi.getTargets()).extracting(t -> t.getYear() + " " + t.getRaw()).containsExactlyInAnyOrder("112 ≦2", "113 ≦2");
        assertThat(kpi.getDirection()).isEqualTo(Direction.LOWER_IS_BETTER);
    }
}
