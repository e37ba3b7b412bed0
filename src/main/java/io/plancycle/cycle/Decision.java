package io.plancycle.cycle;

/** A reviewer's or approver's decision: approve, or return for another round. */
public enum Decision {
    APPROVE, RETURN
}
