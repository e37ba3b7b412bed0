package io.plancycle.cycle;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The approver's decision; a return needs a reason, and sends back the agencies named (by code), or every agency of
 * the cycle when none is named.
 */
public record DecisionRequest(@NotNull Decision decision, @Size(max = 5000) String reason,
                              @Size(max = 200) List<String> agencies) {

    public DecisionRequest(Decision decision, String reason) {
        this(decision, reason, null);
    }
}
