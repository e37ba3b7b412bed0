package io.plancycle.notification;

import java.time.LocalDate;
import java.util.Objects;

/** Dates as the users read them: the Republic of China (民國) calendar, year = Gregorian year − 1911. */
public final class RocDates {

    private static final int ROC_EPOCH = 1911;

    private RocDates() {
    }

    /** The ROC year of a date: {@code 2026-02-24} → 115. */
    public static int year(LocalDate date) {
        return date.getYear() - ROC_EPOCH;
    }

    /** The Gregorian year of an ROC year: 115 → 2026. */
    public static int gregorianYear(int rocYear) {
        return rocYear + ROC_EPOCH;
    }

    /** {@code 2026-02-24} → {@code 115/02/24}, as pages and spreadsheets show a date. */
    public static String numeric(LocalDate date) {
        return String.format("%d/%02d/%02d", year(date), date.getMonthValue(), date.getDayOfMonth());
    }

    /** {@code 2026-02-24} → {@code 民國115年2月24日}; a date before 1912 → {@code 民國前1年…}. */
    public static String format(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int year = year(date);
        String prefix = year > 0 ? "民國" + year : "民國前" + (1 - year);
        return prefix + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
