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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads and checks the office calendar file that {@link WorkingDays} answers from; the format is described there.
 * Every refusal names the bad entry, e.g. {@code years.2026.holidays[3].date}.
 */
final class OfficeCalendarFile {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Map<LocalDate, String> holidays = new HashMap<>();
    private final Set<LocalDate> workdays = new HashSet<>();
    private final Map<Integer, WorkingDays.Status> years = new HashMap<>();

    private OfficeCalendarFile() {
    }

    static WorkingDays read(InputStream json) {
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
        OfficeCalendarFile file = new OfficeCalendarFile();
        for (Iterator<Map.Entry<String, JsonNode>> it = yearsNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            file.readYear(entry.getKey(), entry.getValue());
        }
        return new WorkingDays(file.holidays, file.workdays, file.years);
    }

    private void readYear(String key, JsonNode node) {
        String path = "years." + key;
        int year = parseYear(key, path);
        if (!node.isObject()) {
            throw bad(path, "must be an object with roc, status, source, holidays and workdays");
        }
        checkFields(node, path, Set.of("roc", "status", "source", "holidays", "workdays"));
        JsonNode roc = node.get("roc");
        if (roc == null || !roc.isInt() || roc.intValue() != year - 1911) {
            throw bad(path + ".roc", "must be the ROC year " + (year - 1911) + ", was " + roc);
        }
        JsonNode status = node.get("status");
        if (status == null || !status.isTextual()
                || !Set.of("published", "computed").contains(status.textValue())) {
            throw bad(path + ".status", "must be \"published\" (the official calendar, named in source) or "
                    + "\"computed\" (derived from the holiday rules), was " + status);
        }
        JsonNode source = node.get("source");
        if (source == null || !source.isTextual() || source.textValue().isBlank()) {
            throw bad(path + ".source", "must say where the year's calendar comes from");
        }
        readDays(node, path, "holidays", year);
        readDays(node, path, "workdays", year);
        years.put(year, WorkingDays.Status.valueOf(status.textValue().toUpperCase(Locale.ROOT)));
    }

    private void readDays(JsonNode yearNode, String yearPath, String field, int year) {
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
            LocalDate date = date(item.get("date"), path + ".date");
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

    private static LocalDate date(JsonNode node, String path) {
        if (node == null || !node.isTextual()) {
            throw bad(path, "must be a date written yyyy-MM-dd");
        }
        try {
            return LocalDate.parse(node.textValue());
        } catch (DateTimeParseException e) {
            throw bad(path, "\"" + node.textValue() + "\" is not a date written yyyy-MM-dd");
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

    static boolean isWeekend(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
