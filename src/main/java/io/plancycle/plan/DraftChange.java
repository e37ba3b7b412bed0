package io.plancycle.plan;

/**
 * One change of a draft against the plan it was started from, with the reason given for it (null while none is).
 * {@code goalId} and {@code kpiId} are the draft's own (a removed one's row stays in the draft, marked deleted);
 * {@code before} and {@code after} are the values as written (a target, a name, a measure; for a KPI merged into
 * another or moved, {@code after} names where it went). {@code key} is what the reason is kept under, shared by the
 * KPIs removed with their goal; {@code field} is where a missing reason is named, as the draft names it.
 */
public record DraftChange(RevisionKind kind, Long goalId, Long kpiId, Integer year, String before, String after,
                          String key, String field, String reason, Long mergedInto) {

    /** The key a reason is kept under: the kind, the draft's goal or KPI id and, for a target, the year. */
    public static String key(RevisionKind kind, Long id, Integer year) {
        return kind.name() + ":" + id + (year == null ? "" : ":" + year);
    }

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }

    /** The change in the city's words: 110年度目標值修正, 併入「一-2 …」. */
    public String describe() {
        return kind.describe(year, after);
    }
}
