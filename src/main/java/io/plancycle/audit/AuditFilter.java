package io.plancycle.audit;

import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * What the audit trail is narrowed to: one user, one type of row, days from and to (inclusive, in the users' time
 * zone); null means any. Built from request parameters by {@link #parse}, which names every bad one.
 */
public record AuditFilter(String user, String entity, LocalDate from, LocalDate to) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    static final int MAX_USER = 255;

    /** Page and size as requested: page from 0, size 1 to {@value #MAX_SIZE}. */
    public record Paging(int page, int size) {
    }

    /**
     * Reads the filters; blank means any. {@code entity} must be a type the trail knows ({@code types}).
     *
     * @throws InvalidInputException naming every parameter that is wrong
     */
    static AuditFilter parse(String user, String entity, String from, String to, AuditedTypes types) {
        Problems problems = new Problems();
        AuditFilter filter = parse(user, entity, from, to, types, problems);
        problems.throwIfAny();
        return filter;
    }

    /** Reads the filters, adding what is wrong to {@code problems}; the filter returned is valid only if nothing was. */
    static AuditFilter parse(String user, String entity, String from, String to, AuditedTypes types, Problems problems) {
        String userId = blankToNull(user);
        if (userId != null && userId.length() > MAX_USER) {
            problems.add("user", MessageCode.FIELD_TOO_LONG, MAX_USER);
        }
        String type = blankToNull(entity);
        if (type != null && types.byKey(type).isEmpty()) {
            problems.add("entity", MessageCode.FIELD_ONE_OF, String.join(", ",
                    types.all().stream().map(AuditedTypes.AuditedType::key).toList()));
        }
        LocalDate fromDay = date("from", from, problems);
        LocalDate toDay = date("to", to, problems);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            problems.add("to", MessageCode.AUDIT_TO_BEFORE_FROM, fromDay);
        }
        return new AuditFilter(userId, type == null ? null : types.byKey(type).map(AuditedTypes.AuditedType::key).orElse(null),
                fromDay, toDay);
    }

    /** Reads page (from 0) and size (1 to {@value #MAX_SIZE}, {@value #DEFAULT_SIZE} unless given). */
    static Paging paging(String page, String size, Problems problems) {
        int pageNo = number("page", page, 0, 0, Integer.MAX_VALUE, problems);
        int pageSize = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE, problems);
        return new Paging(pageNo, pageSize);
    }

    private static int number(String field, String value, int absent, int min, int max, Problems problems) {
        String text = blankToNull(value);
        if (text == null) {
            return absent;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        if (max == Integer.MAX_VALUE) {
            problems.add(field, MessageCode.FIELD_WHOLE_NUMBER_FROM, min);
        } else {
            problems.add(field, MessageCode.FIELD_WHOLE_NUMBER_RANGE, min, max);
        }
        return absent;
    }

    private static LocalDate date(String field, String value, Problems problems) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(field, MessageCode.FIELD_DATE);
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
