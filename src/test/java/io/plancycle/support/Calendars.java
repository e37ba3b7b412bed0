package io.plancycle.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cycle's calendar as the planning office enters it: the due date of each step (drafting, review, revision, report,
 * approval) as {@code yyyy-MM-dd}, as {@code POST /api/cycles} takes it.
 */
public final class Calendars {

    private static final List<String> STEPS = List.of("drafting", "review", "revision", "report", "consolidation",
            "approval");

    private Calendars() {
    }

    /**
     * The 110 cycle's calendar as the city set it, shifted to any ROC year: drafting by 31 March, review by 30 April,
     * revision by 31 May, report by 30 June, consolidation by 15 July, approval by 31 July.
     */
    public static Map<String, String> city(int rocYear) {
        int year = rocYear + 1911;
        return days(LocalDate.of(year, 3, 31), LocalDate.of(year, 4, 30), LocalDate.of(year, 5, 31),
                LocalDate.of(year, 6, 30), LocalDate.of(year, 7, 15), LocalDate.of(year, 7, 31));
    }

    /**
     * A calendar whose due dates all lie ahead (4, 8, 12, 16, 18 and 20 weeks from today in Asia/Taipei), so that every
     * reminder timer is pending and none fires while a test runs.
     */
    public static Map<String, String> ahead() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Taipei"));
        return days(today.plusWeeks(4), today.plusWeeks(8), today.plusWeeks(12), today.plusWeeks(16), today.plusWeeks(18),
                today.plusWeeks(20));
    }

    private static Map<String, String> days(LocalDate... dueDates) {
        Map<String, String> calendar = new LinkedHashMap<>();
        for (int i = 0; i < STEPS.size(); i++) {
            calendar.put(STEPS.get(i), dueDates[i].toString());
        }
        return calendar;
    }
}
