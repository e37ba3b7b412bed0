package io.plancycle.cycle;

/** Where the year's cycle as a whole stands. */
public enum CycleStage {
    /** Agencies are drafting, being reviewed, revising or reporting. */
    SUBMISSIONS,
    /** Every agency is done; the administrator consolidates. */
    CONSOLIDATION,
    /** Waiting for the approver. */
    APPROVAL,
    APPROVED
}
