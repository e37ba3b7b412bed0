package io.plancycle.review;

import io.plancycle.cycle.Decision;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A written review: approve or return, an overall comment, and comments per KPI. */
public record ReviewRequest(@NotNull Decision decision, @Size(max = 20000) String overall,
                            @Valid @Size(max = 2000) List<CommentRequest> comments) {

    /** A comment on a KPI of the submission; without a KPI it is about the submission as a whole. */
    public record CommentRequest(Long kpiId, @Size(max = 20000) String text) {
    }
}
