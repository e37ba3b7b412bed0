package io.plancycle.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An agency's plan as the API shows it. Maps are keyed by ROC year; a KPI's {@code notes} say why a year's target is
 * lowered or below last year's actual (absent from snapshots taken before they were kept). {@code withdrawn} holds,
 * under their goals, the KPIs taken out of the plan in this cycle that had a target in the year before it: the plan
 * goes on without them, but the performance report of that year still answers for them.
 */
public record PlanView(String agencyCode, String agencyName, Integer cycleYear, SubmissionStage stage, int reviewRound,
                       LocalDate stageDueOn, long version, String title, int firstYear, int lastYear,
                       String mission, String vision, String situation, String strategies, String priorities,
                       List<GoalView> goals, List<GoalView> withdrawn) {

    /**
     * The last year the cycle's plan holds targets for: the plan's last, or the cycle's own where the plan does not
     * reach it yet (as {@link Plan#lastYearIn(int)}).
     */
    public int lastYearInCycle() {
        return cycleYear == null ? lastYear : Math.max(lastYear, cycleYear);
    }

    public PlanView {
        withdrawn = withdrawn == null ? List.of() : withdrawn;
    }

    /** The goals the performance report of the year before the cycle covers: the plan's, then the withdrawn ones. */
    public List<GoalView> reportedGoals() {
        return Stream.concat(goals.stream(), withdrawn.stream()).toList();
    }

    public record GoalView(Long id, int no, String title, List<KpiView> kpis) {
    }

    public record KpiView(Long id, int no, String name, String measure, String unit, Direction direction, String pageRef,
                          Map<Integer, TargetView> targets, Map<Integer, ActualView> actuals,
                          Map<Integer, PlanDraft.Note> notes) {
    }

    public record TargetView(String raw, String op, BigDecimal value, String unit, TargetKind kind) {
    }

    public record ActualView(String value, Boolean met, BigDecimal rate, boolean overThreshold, String explanation,
                             boolean finalReport) {
    }
}
