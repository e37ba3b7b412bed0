package io.plancycle.plan;

import java.util.Locale;

/**
 * How a plan numbers its goals and KPIs, as the city's plan book does, the same on every page and document: goals
 * 一、二、三 … (Arabic numerals in English), KPIs 1, 2 … within their goal, and a KPI named on its own by both, 三-1.
 */
public final class Numbering {

    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private Numbering() {
    }

    /** A goal's numeral in Chinese: 一 … 九, 十, 十一 … 十九, 二十, 二十一 … 九十九; outside 1–99 the Arabic number. */
    public static String goal(int no) {
        if (no <= 0 || no >= 100) {
            return String.valueOf(no);
        }
        if (no < 10) {
            return DIGITS[no];
        }
        return (no >= 20 ? DIGITS[no / 10] : "") + "十" + DIGITS[no % 10];
    }

    /** A goal's number for a reader of the locale: the Chinese numeral, or in English the Arabic number. */
    public static String goal(int no, Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? String.valueOf(no) : goal(no);
    }

    /** A KPI named on its own, by its goal and its number within the goal: 三-1, or 3-1 in English. */
    public static String kpi(int goalNo, int kpiNo, Locale locale) {
        return goal(goalNo, locale) + "-" + kpiNo;
    }

    /** A goal with its numeral, as the plan book and its tables head it: 三、端正禮俗，改善社會風氣 … */
    public static String goalTitle(int no, String title) {
        return goal(no) + "、" + title;
    }

    /** A KPI with its number within its goal, as the plan book's tables list it: 1. 辦理市民集團結婚 */
    public static String kpiTitle(int no, String name) {
        return no + ". " + name;
    }
}
