package io.plancycle.cycle;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One notice about a deadline: a reminder before it, the overdue notice after it, or the escalation later still.
 *
 * @param kind   what the notice says
 * @param number 1-based, in time order within its kind (reminder 1 is the earliest reminder)
 * @param at     when to send it, in the users' time zone
 */
public record DueNotice(Kind kind, int number, ZonedDateTime at) {

    public enum Kind { REMINDER, OVERDUE, ESCALATION }

    public DueNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        if (number < 1) {
            throw new IllegalArgumentException("number must be at least 1, was " + number);
        }
    }
}
