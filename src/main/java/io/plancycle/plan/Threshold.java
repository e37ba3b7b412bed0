package io.plancycle.plan;

/**
 * Where last year's achievement rate exceeded the threshold, what the plan did about it (the city's rule: the target
 * must be made more challenging).
 */
public enum Threshold {
    /** A remaining year's target is more challenging than it was: the rule is kept. */
    MADE_HARDER,
    /** No remaining year's target is more challenging. */
    NOT_HARDER,
    /** A target changed between a figure and a text (or otherwise beyond comparing): the evaluation team judges it. */
    NEEDS_JUDGEMENT;

    /** Whether a reviewer approving the plan as it stands must say why. */
    public boolean needsReason() {
        return this != MADE_HARDER;
    }
}
