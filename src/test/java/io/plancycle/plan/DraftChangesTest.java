package io.plancycle.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The drafting diff on the city's own plan: 民政處's published plan (108–111) copied into a draft as a cycle starts it,
 * then changed as agencies change theirs, each kind of change found once, with its reason where one was given.
 */
class DraftChangesTest {

    private static final AtomicLong IDS = new AtomicLong(1000);

    private Plan origin;
    private Plan draft;

    @BeforeEach
    void civilAffairsDraft() throws IOException {
        origin = civilAffairs();
        draft = DraftStarter.copy(origin, 7L);
        giveIds(draft);
    }

    @Test
    void anUnchangedDraftHasNoChange() {
        assertThat(DraftChanges.between(origin, draft, Map.of()).changes()).isEmpty();
    }

    @Test
    void everyKindOfChangeIsFoundOnceWithItsField() {
        Goal first = draft.liveGoals().get(0);
        Goal second = draft.liveGoals().get(1);
        Kpi target = kpi(1, 1);
        target.setTarget(110, "620");           // changed
        target.setTarget(108, null);            // a past year's target taken away
        target.setTarget(112, "700");           // beyond the approved plan: extends it, no change
        Kpi measured = kpi(2, 1);
        measured.changeMeasure("每年辦理場次");
        Kpi renamed = kpi(2, 2);
        renamed.update(renamed.getNo(), renamed.getName() + "（修正）", renamed.getMeasure(), "場", Direction.LOWER_IS_BETTER,
                renamed.getPageRef());
        Kpi moved = kpi(3, 1);
        first.adopt(moved, 2);
        Kpi deleted = kpi(3, 2);
        deleted.delete();
        Kpi merged = kpi(4, 1);
        merged.delete();
        second.update(second.getNo(), second.getTitle() + "（修正）");
        Goal gone = draft.liveGoals().get(4);
        gone.delete();
        Goal added = draft.addGoal(8, "推動智慧民政服務");
        Kpi newKpi = added.addKpi(1, "線上申辦案件數", "年度線上申辦件數", Direction.HIGHER_IS_BETTER);
        giveIds(draft);

        Map<String, DraftReason> reasons = Map.of(
                DraftChange.key(RevisionKind.TARGET_CHANGE, target.getId(), 110), reason("參與人數逐年成長，調高目標", null),
                DraftChange.key(RevisionKind.KPI_DELETED, merged.getId(), null), reason("與 4-2 重複，整併", kpi(4, 2).getId()));
        List<DraftChange> changes = DraftChanges.between(origin, draft, reasons).changes();

        assertThat(changes).extracting(DraftChange::kind, DraftChange::kpiId, DraftChange::year, DraftChange::field)
                .containsExactlyInAnyOrder(
                        tuple(RevisionKind.TARGET_CHANGE, target.getId(), 108, "goals[0].kpis[0].reasons.targets.108"),
                        tuple(RevisionKind.TARGET_CHANGE, target.getId(), 110, "goals[0].kpis[0].reasons.targets.110"),
                        tuple(RevisionKind.KPI_MOVED, moved.getId(), null, "goals[0].kpis[1].reasons.goal"),
                        tuple(RevisionKind.GOAL_RENAMED, null, null, "goals[1].reasons.title"),
                        tuple(RevisionKind.MEASURE_CHANGE, measured.getId(), null, "goals[1].kpis[0].reasons.measure"),
                        tuple(RevisionKind.KPI_RENAMED, renamed.getId(), null, "goals[1].kpis[1].reasons.name"),
                        tuple(RevisionKind.UNIT_CHANGE, renamed.getId(), null, "goals[1].kpis[1].reasons.unit"),
                        tuple(RevisionKind.DIRECTION_CHANGE, renamed.getId(), null, "goals[1].kpis[1].reasons.direction"),
                        tuple(RevisionKind.GOAL_ADDED, null, null, "goals[6].reasons.added"),
                        tuple(RevisionKind.KPI_ADDED, newKpi.getId(), null, "goals[6].kpis[0].reasons.added"),
                        tuple(RevisionKind.GOAL_DELETED, null, null, "removedGoals." + gone.getId()),
                        tuple(RevisionKind.KPI_DELETED, gone.getKpis().get(0).getId(), null, "removedGoals." + gone.getId()),
                        tuple(RevisionKind.KPI_DELETED, gone.getKpis().get(1).getId(), null, "removedGoals." + gone.getId()),
                        tuple(RevisionKind.KPI_DELETED, deleted.getId(), null, "removedKpis." + deleted.getId() + ".reason"),
                        tuple(RevisionKind.KPI_MERGED, merged.getId(), null, "removedKpis." + merged.getId() + ".reason"));

        DraftChange raised = changes.stream().filter(c -> Integer.valueOf(110).equals(c.year())).findFirst().orElseThrow();
        assertThat(raised.before()).isEqualTo("600");
        assertThat(raised.after()).isEqualTo("620");
        assertThat(raised.reason()).isEqualTo("參與人數逐年成長，調高目標");
        assertThat(raised.describe()).isEqualTo("110年度目標值修正");
        DraftChange mergedChange = changes.stream().filter(c -> c.kind() == RevisionKind.KPI_MERGED).findFirst().orElseThrow();
        assertThat(mergedChange.describe()).isEqualTo("併入「四-2 " + kpi(4, 2).getName() + "」");
        assertThat(mergedChange.mergedInto()).isEqualTo(kpi(4, 2).getId());
        assertThat(changes).filteredOn(c -> c.kind() != RevisionKind.TARGET_CHANGE || c.year() != 110)
                .filteredOn(c -> c.kind() != RevisionKind.KPI_MERGED).allMatch(c -> !c.hasReason());
        assertThat(changes.stream().filter(c -> c.field().equals("removedGoals." + gone.getId())).map(DraftChange::key)
                .distinct()).as("the KPIs removed with their goal share its reason").hasSize(1);
    }

    private Kpi kpi(int goalNo, int kpiNo) {
        return draft.getGoals().stream().filter(g -> g.getNo() == goalNo).findFirst().orElseThrow().getKpis().stream()
                .filter(k -> k.getNo() == kpiNo && !k.isDeleted()).findFirst().orElseThrow();
    }

    private DraftReason reason(String text, Long mergedInto) {
        DraftReason reason = new DraftReason(draft.getId(), "any");
        reason.setReason(text);
        reason.setMergedInto(mergedInto);
        return reason;
    }

    /** 民政處's plan as the city published it, with ids as the database gives them. */
    private static Plan civilAffairs() throws IOException {
        JsonNode agency;
        try (InputStream in = DraftChangesTest.class.getResourceAsStream("/demo/chiayi-108-111-plan.json")) {
            agency = new ObjectMapper().readTree(in).path("agencies").get(0);
        }
        Plan plan = new Plan(new Agency(agency.path("code").asText(), agency.path("name").asText(), null, 1), null,
                108, 111, SubmissionStage.BASELINE);
        for (JsonNode g : agency.path("goals")) {
            Goal goal = plan.addGoal(g.path("no").asInt(), g.path("title").asText());
            for (JsonNode k : g.path("kpis")) {
                Kpi kpi = goal.addKpi(k.path("no").asInt(), k.path("name").asText(), k.path("measure").asText(),
                        Direction.HIGHER_IS_BETTER);
                k.path("targets").fields().forEachRemaining(t -> kpi.setTarget(Integer.parseInt(t.getKey()),
                        t.getValue().path("raw").asText()));
            }
        }
        giveIds(plan);
        return plan;
    }

    private static void giveIds(Plan plan) {
        if (plan.getId() == null) {
            ReflectionTestUtils.setField(plan, "id", IDS.incrementAndGet());
        }
        for (Goal goal : plan.getGoals()) {
            if (goal.getId() == null) {
                ReflectionTestUtils.setField(goal, "id", IDS.incrementAndGet());
            }
            goal.getKpis().stream().filter(k -> k.getId() == null)
                    .forEach(k -> ReflectionTestUtils.setField(k, "id", IDS.incrementAndGet()));
        }
    }
}
