package io.plancycle.cycle;

/** The five steps of the cycle's calendar; each has a due date. */
public enum Stage {
    DRAFTING, REVIEW, REVISION, REPORT, APPROVAL
}
