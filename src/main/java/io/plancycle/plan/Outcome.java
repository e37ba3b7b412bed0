package io.plancycle.plan;

/**
 * The one answer to "how did a KPI do in a year", used wherever KPIs are counted (the charts, the approver's page):
 * each KPI is exactly one of these, so counts add up to the number of KPIs.
 */
public enum Outcome {
    /** Met, at or under the threshold. */
    MET,
    /** Missed. */
    NOT_MET,
    /** Met above the threshold (or infinitely better): the target is too easy. Not counted as {@link #MET}. */
    OVER_THRESHOLD,
    /** No target that year, no actual yet, or nothing the agency judged (未評定／無目標). */
    NOT_JUDGED;

    /** The outcome of an achievement; the threshold comes first, then met or missed. */
    public static Outcome of(Achievement achievement) {
        if (achievement.overThreshold()) {
            return OVER_THRESHOLD;
        }
        if (achievement.met() == null) {
            return NOT_JUDGED;
        }
        return achievement.met() ? MET : NOT_MET;
    }
}
