package io.plancycle.cycle;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/**
 * The head's sign-off of what the clerk sent.
 *
 * @param decision APPROVE (signed, the work goes on) or RETURN (sent back to the clerk)
 * @param note     what the clerk should mend; required with RETURN
 */
public record SignOffRequest(
        @Schema(allowableValues = {"APPROVE", "RETURN"}, example = "RETURN") String decision,
        @Schema(example = "請補充文化活動參與人次目標值之設定理由。") @Size(max = 5000) String note) {
}
