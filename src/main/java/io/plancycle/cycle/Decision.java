package io.plancycle.cycle;

import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;

/** A reviewer's or approver's decision: approve, or return for another round. */
public enum Decision {
    APPROVE, RETURN;

    /** The decision a completion gives as text (APPROVE or RETURN); null, with the problem added, when it gives none. */
    public static Decision of(String value, Problems problems) {
        if (value == null || value.isBlank()) {
            problems.add("decision", MessageCode.FIELD_REQUIRED);
            return null;
        }
        try {
            return valueOf(value);
        } catch (IllegalArgumentException unknown) {
            problems.add("decision", MessageCode.FIELD_ONE_OF, "APPROVE, RETURN");
            return null;
        }
    }

    /** A return says why: the text in {@code whyField} must not be blank then. */
    public static Problems requireWhy(Decision decision, String whyField, String why, Problems problems) {
        return decision == RETURN ? problems.requireText(whyField, why) : problems;
    }
}
