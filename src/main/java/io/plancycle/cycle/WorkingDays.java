package io.plancycle.cycle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Working days of a Taiwanese government office, from the 政府行政機關辦公日曆表 kept as data
 * ({@value #DEFAULT_RESOURCE}). A day is a working day when it is Monday to Friday and not a listed holiday, or when
 * it is a Saturday or Sunday listed as a make-up working day (補行上班). Years the file does not cover have weekends
 * off only; each year it covers is either the published calendar or one computed from the holiday rules
 * ({@link #status}).
 *
 * <p>File format:
 * <pre>{@code
 * { "source": "...",
 *   "years": { "2026": { "roc": 115, "status": "published", "source": "...",
 *                        "holidays": [ {"date": "2026-01-01", "name": "開國紀念日"} ],
 *                        "workdays": [ {"date": "2021-02-20", "name": "補行上班"} ] } } }
 * }</pre>
 * {@code status} is {@code published} (taken from the official calendar, which {@code source} names) or
 * {@code computed} (derived from the holiday rules while the official calendar is not confirmed; {@code source} says
 * how). {@code holidays} are weekdays off (the holiday itself, or the 補假 / 調整放假 day it moves to); {@code workdays}
 * are Saturdays and Sundays worked. Every date must fall in the year it is listed under.
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkingDays {

    /** Classpath location of the calendar shipped with the application. */
    public static final String DEFAULT_RESOURCE = "/calendar/taiwan-office-calendar.json";

    /** How much the calendar knows of a year. */
    public enum Status {
        /** The official calendar of the year: its holidays, 補假, 調整放假 and make-up working days. */
        PUBLISHED,
        /** Derived from the holiday rules; the official calendar may differ (調整放假 and 補行上班 above all). */
        COMPUTED,
        /** Not in the file: weekends are off, holidays are not known. */
        MISSING
    }

    private final Map<LocalDate, String> holidays;
    private final Set<LocalDate> workdays;
    private final Map<Integer, Status> years;

    WorkingDays(Map<LocalDate, String> holidays, Set<LocalDate> workdays, Map<Integer, Status> years) {
        this.holidays = Map.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
        this.years = Map.copyOf(years);
    }

    /** The calendar shipped with the application ({@value #DEFAULT_RESOURCE}). */
    public static WorkingDays loadDefault() {
        try (InputStream in = WorkingDays.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("office calendar not on the classpath: " + DEFAULT_RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a calendar file (the caller closes the stream).
     *
     * @throws IllegalArgumentException when the file is not valid; the message names the bad entry, e.g.
     *                                  {@code years.2026.holidays[3].date}
     * @throws UncheckedIOException     when the stream cannot be read
     */
    public static WorkingDays load(InputStream json) {
        return OfficeCalendarFile.read(json);
    }

    /** Whether offices work on the day: a weekday that is not a listed holiday, or a listed make-up working day. */
    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return OfficeCalendarFile.isWeekend(day) ? workdays.contains(day) : !holidays.containsKey(day);
    }

    /** The {@code n}-th working day strictly before {@code day} ({@code n} ≥ 1); {@code day} itself may be any day. */
    public LocalDate workingDaysBefore(LocalDate day, int n) {
        return step(day, n, -1);
    }

    /** The {@code n}-th working day strictly after {@code day} ({@code n} ≥ 1); {@code day} itself may be any day. */
    public LocalDate workingDaysAfter(LocalDate day, int n) {
        return step(day, n, 1);
    }

    private LocalDate step(LocalDate day, int n, int direction) {
        Objects.requireNonNull(day, "day");
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate d = day;
        int found = 0;
        while (found < n) {
            d = d.plusDays(direction);
            if (isWorkingDay(d)) {
                found++;
            }
        }
        return d;
    }

    /** The name of a listed weekday holiday (補假 and 調整放假 included); empty for weekends and working days. */
    public Optional<String> holidayName(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return Optional.ofNullable(holidays.get(day));
    }

    /** Whether the file lists the year; other years have weekends off only. */
    public boolean covers(int year) {
        return years.containsKey(year);
    }

    /** Whether the year's calendar is the published one, one computed from the rules, or missing. */
    public Status status(int year) {
        return years.getOrDefault(year, Status.MISSING);
    }

    /** The status of the calendar of the day's year. */
    public Status status(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return status(day.getYear());
    }
}
