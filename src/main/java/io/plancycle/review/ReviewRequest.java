package io.plancycle.review;

import io.plancycle.cycle.Decision;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A written review: approve or return, an overall comment, comments per KPI and, to approve a KPI that stayed too easy
 * (its achievement rate last year over the threshold and no target made more challenging, or a target changed between
 * a figure and a text), the reason per such KPI, by the KPI's id.
 */
public record ReviewRequest(@NotNull Decision decision, @Size(max = 20000) String overall,
                            @Valid @Size(max = 2000) List<CommentRequest> comments,
                            @Valid Map<Long, ThresholdReasonRequest> overThreshold) {

    /** Why the KPI is approved as it stands. */
    public record ThresholdReasonRequest(@Size(max = ThresholdReason.MAX_LENGTH) String reason) {
    }

    /** The reasons given, by KPI id; none without any. */
    Map<Long, String> reasons() {
        Map<Long, String> reasons = new LinkedHashMap<>();
        if (overThreshold != null) {
            overThreshold.forEach((kpi, given) -> {
                if (kpi != null && given != null && given.reason() != null && !given.reason().isBlank()) {
                    reasons.put(kpi, given.reason().strip());
                }
            });
        }
        return reasons;
    }

    /** A comment on a KPI of the submission; without a KPI it is about the submission as a whole. */
    public record CommentRequest(Long kpiId, @Size(max = 20000) String text) {
    }
}
