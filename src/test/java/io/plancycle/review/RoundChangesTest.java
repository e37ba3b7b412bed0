package io.plancycle.review;

import io.plancycle.plan.Direction;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.plan.TargetKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** What changed in a submission between two rounds of review, KPI by KPI. */
class RoundChangesTest {

    @Test
    void aRaisedTargetAndANewMeasureAreChangesOfTheirKpi() {
        PlanView before = plan(goal(1, "端正禮俗", kpi(10, "辦理市民集團結婚", "參加對數", Map.of(110, "30", 111, "30"))));
        PlanView after = plan(goal(1, "端正禮俗", kpi(10, "辦理市民集團結婚", "參加新人對數", Map.of(110, "30", 111, "40"))));

        RoundChanges changes = RoundChanges.between(before, after);

        RoundChanges.KpiChange wedding = changes.of(10L);
        assertThat(wedding.any()).isTrue();
        assertThat(wedding.added()).isFalse();
        assertThat(wedding.measureBefore()).isEqualTo("參加對數");
        assertThat(wedding.targets()).containsExactly(new RoundChanges.TargetChange(111, "30", "40"));
        assertThat(wedding.targetBefore(111)).isEqualTo("30");
        assertThat(wedding.targetBefore(110)).isNull();
        assertThat(changes.changedKpiCount()).isEqualTo(1);
    }

    @Test
    void anUnchangedKpiHasNoChange() {
        PlanView plan = plan(goal(1, "端正禮俗", kpi(10, "辦理成年禮", "報名參加人數", Map.of(110, "80"))));

        RoundChanges changes = RoundChanges.between(plan, plan);

        assertThat(changes.of(10L).any()).isFalse();
        assertThat(changes.changedKpiCount()).isZero();
        assertThat(changes.removedKpis()).isEmpty();
    }

    @Test
    void addedDeletedMovedKpisAndMergedGoalsAreNamed() {
        PlanView before = plan(
                goal(1, "原住民歲時祭儀", kpi(10, "參與度", "每場次參與人數", Map.of(111, "650"))),
                goal(2, "宗教節慶", kpi(20, "助學計畫", "每年辦理", Map.of(111, "每年一次")),
                        kpi(21, "廟會活動", "每年至少3項", Map.of(111, "每年至少3項"))));
        PlanView after = plan(
                goal(1, "原住民與宗教節慶活動", kpi(10, "參與度", "每場次參與人數", Map.of(111, "650")),
                        kpi(20, "助學計畫", "每年辦理", Map.of(111, "每年一次")),
                        kpi(30, "文化導覽", "場次", Map.of(111, "4"))));

        RoundChanges changes = RoundChanges.between(before, after);

        assertThat(changes.goalTitlesBefore()).containsEntry(1L, "原住民歲時祭儀");
        assertThat(changes.removedGoals()).containsExactly("宗教節慶");
        assertThat(changes.of(20L).goalBefore()).isEqualTo("宗教節慶");
        assertThat(changes.of(30L).added()).isTrue();
        assertThat(changes.removedKpis()).extracting(PlanView.KpiView::name).containsExactly("廟會活動");
        assertThat(changes.of(10L).any()).isFalse();
    }

    private static PlanView plan(PlanView.GoalView... goals) {
        return new PlanView("civil-affairs", "民政處", 110, SubmissionStage.REVIEW, 2, null, 0, null, 108, 111,
                null, null, null, null, null, List.of(goals), List.of());
    }

    private static PlanView.GoalView goal(long id, String title, PlanView.KpiView... kpis) {
        return new PlanView.GoalView(id, (int) id, title, List.of(kpis));
    }

    private static PlanView.KpiView kpi(long id, String name, String measure, Map<Integer, String> targets) {
        Map<Integer, PlanView.TargetView> views = new TreeMap<>();
        targets.forEach((year, raw) -> views.put(year, new PlanView.TargetView(raw, "=", new BigDecimal("1"), null, TargetKind.NUMBER)));
        return new PlanView.KpiView(id, (int) (id % 10), name, measure, null, Direction.HIGHER_IS_BETTER, null, views, Map.of(), Map.of());
    }
}
