package io.plancycle.plan;

/** Where an agency's plan stands: the published baseline, or a step of its submission in a cycle. */
public enum SubmissionStage {
    BASELINE, DRAFTING, REVIEW, REVISION, REPORT, DONE
}
