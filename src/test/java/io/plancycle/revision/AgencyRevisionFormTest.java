package io.plancycle.revision;

import io.plancycle.plan.Direction;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.RevisionKind;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.plan.TargetKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The revision screen's form becomes the changes {@code RevisionService#revise} takes, each from the fields it was
 * typed in: on part of 民政處's plan, a KPI renamed, given a unit and a direction, merged into another; a goal renamed,
 * one deleted, one added with its KPI.
 */
class AgencyRevisionFormTest {

    private static final PlanView PLAN = new PlanView("civil-affairs", "民政處", 110, SubmissionStage.REVISION, 1, null, 3,
            null, 108, 111, null, null, null, null, null, List.of(
            goal(1, "原住民歲時祭儀及客家節慶活動廣為宣傳",
                    kpi(10, "提高市民參加原住民歲時祭儀及客家節慶活動之參與度", "每場次參與人數", "650")),
            goal(3, "端正禮俗，改善社會風氣，保存優良傳統文化",
                    kpi(30, "辦理市民集團結婚", "參加對數", "30"), kpi(31, "辦理成年禮", "報名參加人數", "80")),
            goal(4, "本市廟宇文化創意整體發展規劃",
                    kpi(40, "特色宗教文創品設計開發", "文創品開發", "0"),
                    kpi(41, "特色宗教文化地圖暨廟宇文化設計成果展", "規劃報告書及設計成果展", "0"))), List.of());

    @Test
    void theFormAsThePlanStandsChangesNothing() {
        AgencyRevisionForm form = AgencyRevisionForm.of(PLAN);

        assertThat(form.goals).extracting(g -> g.id).containsExactly(1L, 3L, 4L);
        assertThat(form.kpis).extracting(k -> k.id).containsExactly(10L, 30L, 31L, 40L, 41L);
        assertThat(form.kpis.get(0).direction).isEqualTo("HIGHER_IS_BETTER");
        assertThat(form.changes(PLAN).isEmpty()).isTrue();
    }

    @Test
    void eachKindOfChangeIsSentWithItsReasonInAnOrderTheServiceApplies() {
        AgencyRevisionForm form = AgencyRevisionForm.of(PLAN);
        KpiRevisionForm festival = form.kpis.get(0);
        festival.name = "提高市民參與原住民及客家節慶活動人次 ";
        festival.nameReason = "名稱更精確";
        festival.unit = "人次";
        festival.unitReason = "明定單位";
        festival.direction = "LOWER_IS_BETTER";
        festival.directionReason = "";
        KpiRevisionForm coming = form.kpis.get(2);
        coming.delete = true;
        coming.mergeInto = 30L;
        coming.deleteReason = "與集團結婚合併辦理";
        coming.name = "不會送出：刪除的指標只送刪除";
        form.goals.get(1).title = "端正禮俗，保存優良傳統文化";
        form.goals.get(1).titleReason = "目標文字精簡";
        form.goals.get(2).delete = true;
        form.goals.get(2).deleteReason = "廟宇文創已移由觀光單位辦理";
        form.kpis.get(3).measure = "不會送出：其目標已刪除";
        assertThat(form.edit("addGoal")).isEqualTo("agency.revision.notice.goalAdded");
        NewGoalForm added = form.newGoals.get(0);
        added.title = "推動數位便民服務";
        added.reason = "配合市府數位轉型";
        added.kpis.get(0).name = "線上申辦案件數";
        added.kpis.get(0).measure = "年度線上申辦件數";
        added.kpis.get(0).targets.put(111, "1200");
        added.kpis.get(0).reason = "衡量數位服務成效";
        assertThat(form.edit("addGoalKpi:0")).isEqualTo("agency.notice.kpiAdded");

        FormChanges changes = form.changes(PLAN);

        assertThat(changes.changes()).extracting(RevisionRequest.Change::kind, RevisionRequest.Change::kpiId,
                RevisionRequest.Change::goalId, RevisionRequest.Change::value, RevisionRequest.Change::reason,
                RevisionRequest.Change::intoKpiId).containsExactly(
                tuple(RevisionKind.GOAL_RENAMED, null, 3L, "端正禮俗，保存優良傳統文化", "目標文字精簡", null),
                tuple(RevisionKind.KPI_RENAMED, 10L, null, "提高市民參與原住民及客家節慶活動人次", "名稱更精確", null),
                tuple(RevisionKind.UNIT_CHANGE, 10L, null, "人次", "明定單位", null),
                tuple(RevisionKind.DIRECTION_CHANGE, 10L, null, "LOWER_IS_BETTER", null, null),
                tuple(RevisionKind.KPI_MERGED, 31L, null, null, "與集團結婚合併辦理", 30L),
                tuple(RevisionKind.GOAL_ADDED, null, null, "推動數位便民服務", "配合市府數位轉型", null),
                tuple(RevisionKind.KPI_ADDED, null, null, null, "衡量數位服務成效", null),
                tuple(RevisionKind.GOAL_DELETED, null, 4L, null, "廟宇文創已移由觀光單位辦理", null));
        RevisionRequest.Change kpiAdded = changes.changes().get(6);
        assertThat(kpiAdded.name()).isEqualTo("線上申辦案件數");
        assertThat(kpiAdded.targets()).containsExactly(Map.entry(111, "1200"));

        assertThat(changes.origins()).extracting(FormChanges.Origin::valueField, FormChanges.Origin::reasonField)
                .containsExactly(tuple("goals[1].title", "goals[1].titleReason"),
                        tuple("kpis[0].name", "kpis[0].nameReason"), tuple("kpis[0].unit", "kpis[0].unitReason"),
                        tuple("kpis[0].direction", "kpis[0].directionReason"),
                        tuple("kpis[2].mergeInto", "kpis[2].deleteReason"),
                        tuple("newGoals[0].title", "newGoals[0].reason"),
                        tuple("newGoals[0].kpis[0].name", "newGoals[0].kpis[0].reason"),
                        tuple("goals[2].delete", "goals[2].deleteReason"));
        FormChanges.Origin ofKpiAdded = changes.origins().get(6);
        assertThat(ofKpiAdded.formField("targets.111")).isEqualTo("newGoals[0].kpis[0].targets[111]");
        assertThat(ofKpiAdded.formField("goalId")).as("its goal is the goal added").isEqualTo("newGoals[0].title");
        assertThat(changes.origins().get(4).formField("intoKpiId")).isEqualTo("kpis[2].mergeInto");
        assertThat(changes.origins().get(3).formField("reason")).isEqualTo("kpis[0].directionReason");
    }

    @Test
    void aKpiMovedOutOfAGoalDeletedStaysAndAKpiAddedToItIsNotSent() {
        AgencyRevisionForm form = AgencyRevisionForm.of(PLAN);
        form.edit("deleteGoal:4");
        form.kpis.get(4).goalId = 3L;
        form.kpis.get(4).moveReason = "成果展併入禮俗推廣";
        form.edit("addKpi:4");
        form.added.get(0).name = "不會送出";

        assertThat(form.changes(PLAN).changes()).extracting(RevisionRequest.Change::kind, RevisionRequest.Change::kpiId,
                RevisionRequest.Change::goalId).containsExactly(
                tuple(RevisionKind.KPI_MOVED, 41L, 3L),
                tuple(RevisionKind.GOAL_DELETED, null, 4L));

        assertThat(form.edit("keepGoal:4")).isEqualTo("agency.notice.changed");
        assertThat(form.goals.get(2).delete).isFalse();
        assertThat(form.edit("deleteGoal:99")).as("a goal no longer in the plan").isEqualTo("agency.notice.nothing");
        assertThat(form.edit("save")).isNull();
    }

    @Test
    void aGoalAddedAndLeftBlankSendsNothingAndCanBeTakenBack() {
        AgencyRevisionForm form = AgencyRevisionForm.of(PLAN);
        form.edit("addGoal");
        assertThat(form.changes(PLAN).isEmpty()).isTrue();

        form.edit("addGoalKpi:0");
        assertThat(form.newGoals.get(0).kpis).hasSize(2);
        assertThat(form.edit("removeGoalKpi:0:1")).isEqualTo("agency.notice.changed");
        assertThat(form.newGoals.get(0).kpis).hasSize(1);
        assertThat(form.edit("removeGoal:0")).isEqualTo("agency.notice.changed");
        assertThat(form.newGoals).isEmpty();
    }

    private static PlanView.GoalView goal(long id, String title, PlanView.KpiView... kpis) {
        return new PlanView.GoalView(id, (int) id, title, List.of(kpis));
    }

    private static PlanView.KpiView kpi(long id, String name, String measure, String target111) {
        Map<Integer, PlanView.TargetView> targets = new TreeMap<>();
        targets.put(111, new PlanView.TargetView(target111, "=", new BigDecimal(target111), null, TargetKind.NUMBER));
        return new PlanView.KpiView(id, (int) (id % 10), name, measure, null, Direction.HIGHER_IS_BETTER, null, targets,
                Map.of(), Map.of());
    }
}
