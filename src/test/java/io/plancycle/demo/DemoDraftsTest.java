package io.plancycle.demo;

import io.plancycle.plan.Direction;
import io.plancycle.plan.ParsedTarget;
import io.plancycle.plan.PlanDraft;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.plan.TargetParser;
import io.plancycle.plan.Achievement;
import io.plancycle.plan.AchievementRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo drafts on targets as the city wrote them in its 108–111 plan, run on to the cycle's year as a draft after
 * the plan's end starts (the 111 target carried to 115): kept as they are, with a 114 actual that meets the target
 * without passing the 130% threshold, whatever kind of target it is.
 */
class DemoDraftsTest {

    private static final int CYCLE = 115;
    private static final BigDecimal THRESHOLD = new BigDecimal("130");

    @Test
    void everyTargetIsKeptAndLastYearsActualMeetsItWithinTheThreshold() {
        // 111 targets from the plan: 民政處 650, 98%; 警察局 ≧100臺, < 10分鐘, 100%; a ceiling, a strict count, a
        // percentage over 100, a frequency and a year without a target.
        List<String> targets = List.of("650", "98%", "≧100臺", "< 10分鐘", "100%", "≦5%", "> 3", "200%", "每年一次", "0");
        PlanView plan = plan(targets, Map.of());

        PlanDraft draft = DemoDrafts.draft(plan, Map.of());

        List<PlanDraft.KpiDraft> kpis = draft.goals().get(0).kpis();
        for (int i = 0; i < targets.size(); i++) {
            PlanDraft.KpiDraft kpi = kpis.get(i);
            String target = targets.get(i);
            assertThat(kpi.targets()).as(target).containsEntry(111, target).containsEntry(114, target)
                    .containsEntry(115, target).hasSize(8);
            PlanDraft.ActualDraft actual = kpi.actuals().get(114);
            Achievement achievement = AchievementRate.of(kpi.direction(), TargetParser.parse(target), actual.value(),
                    actual.met(), THRESHOLD);
            assertThat(achievement.met()).as("%s against %s", actual.value(), target).isTrue();
            assertThat(achievement.overThreshold()).as("%s against %s", actual.value(), target).isFalse();
        }
        assertThat(kpis.get(0).actuals().get(114).value()).isEqualTo("683");
        assertThat(kpis.get(1).actuals().get(114).value()).isEqualTo("100%");
        assertThat(kpis.get(3).actuals().get(114).value()).isEqualTo("9");
        assertThat(kpis.get(6).actuals().get(114).value()).isEqualTo("3.2");
        assertThat(kpis.get(8).actuals().get(114)).isEqualTo(new PlanDraft.ActualDraft("每年一次", true, null));
    }

    @Test
    void aYearWithoutATargetHasNoActualAndTheStorysActualsReplaceTheUsualOnes() {
        PlanView plan = plan(List.of("-", "250"), Map.of());

        PlanDraft draft = DemoDrafts.draft(plan, Map.of(new KpiPlace(1, 2), "368"));

        List<PlanDraft.KpiDraft> kpis = draft.goals().get(0).kpis();
        assertThat(kpis.get(0).targets()).containsEntry(114, "-");
        assertThat(kpis.get(0).actuals()).isEmpty();
        assertThat(kpis.get(1).actuals().get(114)).isEqualTo(new PlanDraft.ActualDraft("368", null, null));
    }

    @Test
    void theReportFilesTheDraftsActualsForTheYearReported() {
        PlanView plan = plan(List.of("650", "每年一次", "-"), Map.of(114, new PlanView.ActualView("683", null, null,
                false, null, false)));

        assertThat(DemoDrafts.report(plan).actuals()).singleElement().satisfies(a -> {
            assertThat(a.year()).isEqualTo(114);
            assertThat(a.value()).isEqualTo("683");
        });
    }

    /**
     * One goal whose KPIs have, for 108 to 115 (a 108–111 plan run on to the cycle), each the target given (the first
     * KPI the actuals given).
     */
    private static PlanView plan(List<String> targets, Map<Integer, PlanView.ActualView> firstKpisActuals) {
        List<PlanView.KpiView> kpis = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            ParsedTarget parsed = TargetParser.parse(targets.get(i));
            Map<Integer, PlanView.TargetView> years = new LinkedHashMap<>();
            for (int year = 108; year <= CYCLE; year++) {
                years.put(year, new PlanView.TargetView(parsed.raw(), parsed.op(), parsed.value(), parsed.unit(), parsed.kind()));
            }
            Direction direction = Direction.infer("指標", "衡量標準", List.of(parsed));
            kpis.add(new PlanView.KpiView((long) i, i + 1, "指標" + (i + 1), "衡量標準", null, direction, null, years,
                    i == 0 ? firstKpisActuals : Map.of(), Map.of()));
        }
        return new PlanView("test", "測試處", CYCLE, SubmissionStage.DRAFTING, 0, null, 0, "計畫", 108, CYCLE, "任務", null,
                null, null, null, List.of(new PlanView.GoalView(1L, 1, "目標", kpis)), List.of());
    }
}
