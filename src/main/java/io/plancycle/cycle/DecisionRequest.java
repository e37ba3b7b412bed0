package io.plancycle.cycle;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The approver's decision; a return needs a reason. */
public record DecisionRequest(@NotNull Decision decision, @Size(max = 5000) String reason) {
}
