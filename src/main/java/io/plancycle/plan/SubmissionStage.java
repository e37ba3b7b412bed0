package io.plancycle.plan;

import io.plancycle.step.Step;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an agency's plan stands, as stored with it: the published baseline, the {@link Step} of its submission it is
 * at in a cycle, or done.
 */
public enum SubmissionStage {
    BASELINE(null), DRAFTING(Step.DRAFTING), REVIEW(Step.REVIEW), REVISION(Step.REVISION), REPORT(Step.REPORT), DONE(null),
    /** The approver returned the consolidated plan: the agency revises it again, then the cycle is consolidated anew. */
    APPROVAL_REVISION(Step.APPROVAL_REVISION),
    /** The clerk sent the draft, a revision or the report; the agency's head signs it off or sends it back. */
    SIGN_OFF(Step.SIGN_OFF);

    private final Step step;

    SubmissionStage(Step step) {
        this.step = step;
    }

    /** The plan's stage while the agency's process waits at this step. */
    public static SubmissionStage at(Step step) {
        return Arrays.stream(values()).filter(stage -> stage.step == step).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a step of an agency's submission: " + step));
    }

    /** A stage where the agency revises its plan's targets on the revision page: after a review, or the approver. */
    public boolean revising() {
        return this == REVISION || this == APPROVAL_REVISION;
    }

    /** The step the agency's process waits at; none for the baseline and a finished submission. */
    public Optional<Step> step() {
        return Optional.ofNullable(step);
    }
}
