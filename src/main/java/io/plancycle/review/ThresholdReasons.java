package io.plancycle.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plancycle.plan.Achievements;
import io.plancycle.plan.Kpi;
import io.plancycle.plan.Numbering;
import io.plancycle.plan.Plan;
import io.plancycle.plan.TargetRules;
import io.plancycle.plan.Threshold;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The over-threshold rule at review: a reviewer approving a submission whose KPI stayed too easy (or whose target
 * changed between a figure and a text) gives a written reason per such KPI, kept with the round. The reasons travel
 * with the completion of the review task as one small value (a JSON object, KPI id → reason), so that they are checked
 * and kept however the task is completed.
 */
@Component
class ThresholdReasons {

    private static final TypeReference<Map<Long, String>> BY_KPI = new TypeReference<>() {
    };

    private final TargetRules rules;
    private final Achievements achievements;
    private final ThresholdReasonRepository reasons;
    private final ObjectMapper json;

    ThresholdReasons(TargetRules rules, Achievements achievements, ThresholdReasonRepository reasons, ObjectMapper json) {
        this.rules = rules;
        this.achievements = achievements;
        this.reasons = reasons;
        this.json = json;
    }

    /** The KPIs an approval must give a reason for, in the plan's order, with why. */
    Map<Kpi, Threshold> needingReason(Plan plan, int cycleYear) {
        Map<Kpi, Threshold> needing = new LinkedHashMap<>();
        rules.overThreshold(plan, cycleYear).forEach((kpi, threshold) -> {
            if (threshold.needsReason()) {
                needing.put(kpi, threshold);
            }
        });
        return needing;
    }

    /** Names each KPI an approval gives no reason for ({@code overThreshold[<kpiId>].reason}), and reasons too long. */
    void check(Plan plan, int cycleYear, Map<Long, String> given, Problems problems) {
        needingReason(plan, cycleYear).forEach((kpi, threshold) -> {
            String reason = given.get(kpi.getId());
            String field = "overThreshold[" + kpi.getId() + "].reason";
            if (reason == null || reason.isBlank()) {
                problems.add(field, threshold == Threshold.NEEDS_JUDGEMENT ? MessageCode.REVIEW_JUDGEMENT_REASON_MISSING
                                : MessageCode.REVIEW_THRESHOLD_REASON_MISSING,
                        Numbering.kpi(kpi.getGoal().getNo(), kpi.getNo(), null) + " " + kpi.getName(), cycleYear - 1,
                        achievements.thresholdPercent());
            } else if (reason.strip().length() > ThresholdReason.MAX_LENGTH) {
                problems.add(field, MessageCode.FIELD_TOO_LONG, ThresholdReason.MAX_LENGTH);
            }
        });
    }

    /** Keeps the reasons of the round's approval, one per KPI that needed one (a round decided again replaces them). */
    void record(Plan plan, int round, int cycleYear, Map<Long, String> given, String reviewer) {
        reasons.deleteByPlanIdAndRound(plan.getId(), round);
        needingReason(plan, cycleYear).forEach((kpi, threshold) -> reasons.save(new ThresholdReason(plan.getId(), round,
                kpi.getId(), threshold, given.get(kpi.getId()).strip(), reviewer)));
    }

    /** Every reason kept for the plan, per round, oldest first. */
    Map<Integer, List<ReviewView.ThresholdReasonView>> byRound(Long planId) {
        Map<Integer, List<ReviewView.ThresholdReasonView>> byRound = new TreeMap<>();
        reasons.findByPlanIdOrderByRoundAscIdAsc(planId).forEach(r -> byRound.computeIfAbsent(r.getRound(),
                k -> new java.util.ArrayList<>()).add(new ReviewView.ThresholdReasonView(r.getKpiId(), r.getVerdict(),
                r.getReason(), r.getReviewer(), r.getCreatedAt())));
        return byRound;
    }

    /** The reasons as the review task's completion carries them. */
    String write(Map<Long, String> given) {
        try {
            return json.writeValueAsString(given);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the reasons", e);
        }
    }

    /** The reasons a completion carries; none when it carries none or something unreadable. */
    Map<Long, String> read(String value) {
        if (value == null || value.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(value, BY_KPI);
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
