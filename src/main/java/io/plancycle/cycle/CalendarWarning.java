package io.plancycle.cycle;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A word to the planning office about a due date it sets: the day is a holiday or a weekend, or the office calendar
 * of its year is missing or only computed from the holiday rules. It never refuses anything; {@code message} says it
 * in plain words (Traditional Chinese unless the reader chose English), e.g. 「116年12月24日是行憲紀念日補假（放假）。」.
 * Serializable: the board keeps the warnings of a moved due date for its next page in the session (a flash attribute).
 *
 * @param kind    what the warning is about
 * @param date    the due date warned about (for a year's calendar: the first due date in that year)
 * @param message the warning in words
 */
public record CalendarWarning(Kind kind, LocalDate date, String message) implements Serializable {

    public enum Kind {
        /** The day is a listed holiday (補假 and 調整放假 included). */
        HOLIDAY,
        /** The day is a Saturday or Sunday that is not a make-up working day. */
        WEEKEND,
        /** The office calendar does not have the year: only weekends are skipped. */
        CALENDAR_MISSING,
        /** The year's office calendar is computed from the holiday rules, not the published one. */
        CALENDAR_COMPUTED
    }

    /** Whether it is about the calendar of the date's year rather than the day itself. */
    public boolean aboutTheYear() {
        return kind == Kind.CALENDAR_MISSING || kind == Kind.CALENDAR_COMPUTED;
    }
}
