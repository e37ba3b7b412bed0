package io.plancycle.cycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Working days of a Taiwanese government office, from the 政府行政機關辦公日曆表 kept as data
 * ({@value #DEFAULT_RESOURCE}). A day is a working day when it is Monday to Friday and not a listed holiday, or when
 * it is a Saturday or Sunday listed as a make-up working day (補行上班). Years the file does not cover have weekends
 * off only.
 *
 * <p>File format:
 * <pre>{@code
 * { "source": "...",
 *   "years": { "2026": { "roc": 115, "source": "...",
 *                        "holidays": [ {"date": "2026-01-01", "name": "開國紀念日"} ],
 *                        "workdays": [ {"date": "2021-02-20", "name": "補行上班"} ] } } }
 * }</pre>
 * {@code holidays} are weekdays off (the holiday itself, or the 補假 / 調整放假 day it moves to); {@code workdays} are
 * Saturdays and Sundays worked. Every date must fall in the year it is listed under.
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkingDays {

    /** Classpath location of the calendar shipped with the application. */
    public static final String DEFAULT_RESOURCE = "/calendar/taiwan-office-calendar.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Map<LocalDate, String> holidays;
    private final Set<LocalDate> workdays;
    private final Set<Integer> years;

    private WorkingDays(Map<LocalDate, String> holidays, Set<LocalDate> workdays, Set<Integer> years) {
        this.holidays = Collections.unmodifiableMap(holidays);
        this.workdays = Collections.unmodifiableSet(workdays);
        this.years = Collections.unmodifiableSet(years);
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
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("office calendar is not valid JSON: " + e.getOriginalMessage()
                    + location(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw bad("(root)", "must be a JSON object");
        }
        checkFields(root, "(root)", Set.of("source", "years"));
        if (root.has("source") && !root.get("source").isTextual()) {
            throw bad("source", "must be a string");
        }
        JsonNode yearsNode = root.get("years");
        if (yearsNode == null || !yearsNode.isObject()) {
            throw bad("years", "must be an object keyed by Gregorian year");
        }

        Map<LocalDate, String> holidays = new HashMap<>();
        Set<LocalDate> workdays = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = yearsNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String path = "years." + entry.getKey();
            int year = parseYear(entry.getKey(), path);
            JsonNode node = entry.getValue();
            if (!node.isObject()) {
                throw bad(path, "must be an object with roc, source, holidays and workdays");
            }
            checkFields(node, path, Set.of("roc", "source", "holidays", "workdays"));
            JsonNode roc = node.get("roc");
            if (roc == null || !roc.isInt() || roc.intValue() != year - 1911) {
                throw bad(path + ".roc", "must be the ROC year " + (year - 1911) + ", was " + roc);
            }
            JsonNode source = node.get("source");
            if (source == null || !source.isTextual() || source.textValue().isBlank()) {
                throw bad(path + ".source", "must say where the year's calendar comes from");
            }
            readDays(node, path, "holidays", year, holidays, workdays);
            readDays(node, path, "workdays", year, holidays, workdays);
            years.add(year);
        }
        return new WorkingDays(holidays, workdays, years);
    }

    private static void readDays(JsonNode yearNode, String yearPath, String field, int year,
                                 Map<LocalDate, String> holidays, Set<LocalDate> workdays) {
        String listPath = yearPath + "." + field;
        JsonNode list = yearNode.get(field);
        if (list == null || !list.isArray()) {
            throw bad(listPath, "must be a list (possibly empty)");
        }
        boolean holiday = field.equals("holidays");
        for (int i = 0; i < list.size(); i++) {
            String path = listPath + "[" + i + "]";
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                throw bad(path, "must be an object with date and name");
            }
            checkFields(item, path, Set.of("date", "name"));
            JsonNode dateNode = item.get("date");
            if (dateNode == null || !dateNode.isTextual()) {
                throw bad(path + ".date", "must be a date written yyyy-MM-dd");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(dateNode.textValue());
            } catch (DateTimeParseException e) {
                throw bad(path + ".date", "\"" + dateNode.textValue() + "\" is not a date written yyyy-MM-dd");
            }
            if (date.getYear() != year) {
                throw bad(path + ".date", date + " is not in " + year);
            }
            if (holiday == isWeekend(date)) {
                throw bad(path + ".date", date + " is a " + date.getDayOfWeek() + "; " + field + (holiday
                        ? " lists weekdays off only (a holiday on a weekend is listed on the weekday it moves to)"
                        : " lists Saturdays and Sundays worked only"));
            }
            if (holidays.containsKey(date) || workdays.contains(date)) {
                throw bad(path + ".date", date + " is listed twice");
            }
            JsonNode name = item.get("name");
            if (name == null || !name.isTextual() || name.textValue().isBlank()) {
                throw bad(path + ".name", "must name the day");
            }
            if (holiday) {
                holidays.put(date, name.textValue().strip());
            } else {
                workdays.add(date);
            }
        }
    }

    private static int parseYear(String key, String path) {
        if (!key.matches("\\d{4}")) {
            throw bad(path, "the key must be a four-digit Gregorian year");
        }
        return Integer.parseInt(key);
    }

    private static void checkFields(JsonNode node, String path, Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw bad(path.equals("(root)") ? name : path + "." + name,
                        "unknown field (expected one of " + allowed.stream().sorted().toList() + ")");
            }
        }
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static IllegalArgumentException bad(String path, String problem) {
        return new IllegalArgumentException("office calendar: " + path + ": " + problem);
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    /** Whether offices work on the day: a weekday that is not a listed holiday, or a listed make-up working day. */
    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return isWeekend(day) ? workdays.contains(day) : !holidays.containsKey(day);
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
        return years.contains(year);
    }
}
