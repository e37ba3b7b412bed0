package io.plancycle.cycle;

import io.plancycle.step.Step;

import java.util.Arrays;
import java.util.Optional;

/** Where the year's cycle as a whole stands, as stored with it. */
public enum CycleStage {
    /** Agencies are drafting, being reviewed, revising or reporting. */
    SUBMISSIONS(null),
    /** Every agency is done; the administrator consolidates. */
    CONSOLIDATION(Step.CONSOLIDATION),
    /** Waiting for the approver. */
    APPROVAL(Step.APPROVAL),
    APPROVED(null);

    private final Step step;

    CycleStage(Step step) {
        this.step = step;
    }

    /** The cycle's stage while its process waits at this step. */
    static CycleStage at(Step step) {
        return Arrays.stream(values()).filter(stage -> stage.step == step).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a step of the cycle as a whole: " + step));
    }

    /** The step the cycle's process waits at, while it is being consolidated or approved. */
    Optional<Step> step() {
        return Optional.ofNullable(step);
    }
}
