package io.plancycle.plan;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a plan numbers its goals and KPIs, as the city's plan book does, the same on every page and document: goals
 * 一、二、三 … (Arabic numerals in English), KPIs 1, 2 … within their goal, and a KPI named on its own by both, 三-1.
 * The headings a table writes are read back too, from a spreadsheet an agency edited.
 */
public final class Numbering {

    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final Pattern GOAL_TITLE = Pattern.compile("([一二三四五六七八九十]+|\\d+)\\s*、\\s*(.*)", Pattern.DOTALL);
    private static final Pattern KPI_TITLE = Pattern.compile("(\\d+)\\s*[.．]\\s*(.*)", Pattern.DOTALL);

    /** A number and the text it heads, read back from {@link #goalTitle} or {@link #kpiTitle}. */
    public record Numbered(int no, String text) {
    }

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

    /** A goal's heading read back, "三、端正禮俗 …" (or "3、…"), as its number and title; empty without a numeral. */
    public static Optional<Numbered> readGoalTitle(String heading) {
        Matcher m = GOAL_TITLE.matcher(heading.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int no = m.group(1).chars().allMatch(Character::isDigit) ? parse(m.group(1)) : goalNo(m.group(1));
        return no > 0 ? Optional.of(new Numbered(no, m.group(2).strip())) : Optional.empty();
    }

    /** A KPI's heading read back, "1. 辦理市民集團結婚", as its number and name; empty without a number. */
    public static Optional<Numbered> readKpiTitle(String heading) {
        Matcher m = KPI_TITLE.matcher(heading.strip());
        int no = m.matches() ? parse(m.group(1)) : 0;
        return no > 0 ? Optional.of(new Numbered(no, m.group(2).strip())) : Optional.empty();
    }

    /** The number a goal's Chinese numeral stands for (二十一 is 21), 0 for none of 一 to 九十九. */
    private static int goalNo(String numeral) {
        for (int no = 1; no < 100; no++) {
            if (goal(no).equals(numeral)) {
                return no;
            }
        }
        return 0;
    }

    /** A number of a few digits, 0 for more digits than any plan numbers. */
    private static int parse(String digits) {
        return digits.length() <= 4 ? Integer.parseInt(digits) : 0;
    }
}
