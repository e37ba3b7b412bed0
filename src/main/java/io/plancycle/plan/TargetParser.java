package io.plancycle.plan;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a yearly target (or an actual) as agencies write them in the plan.
 * Never throws: anything it does not understand is {@link TargetKind#COMPLETION}, judged by a person.
 */
public final class TargetParser {

    private static final Pattern NONE = Pattern.compile("[-－—–−]*");
    /** Parenthetical remarks such as {@code (因疫情影響)} or {@code (累積)}: kept in raw, ignored here. */
    private static final Pattern REMARK = Pattern.compile("[(（][^)）]*[)）]");
    private static final Pattern DATE = Pattern.compile("\\d{1,2}/\\d{1,2}");
    private static final Pattern FREQUENCY = Pattern.compile("(每|一)(年|季|月|週|學期).*");
    private static final Pattern COMPOUND = Pattern.compile("\\d+[A-Za-z](\\s+\\d+[A-Za-z])+");

    private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    private static final String MAGNITUDE = "[億萬千]";
    /** One number and its Chinese magnitude: {@code 2萬}, {@code 8千}, {@code 2,000萬}, {@code 500}. */
    private static final Pattern AMOUNT_PART = Pattern.compile("(" + NUM + ")(" + MAGNITUDE + "?)");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<op>≧|≥|>=|＞＝|≦|≤|<=|＜＝|>|＞|<|＜)?\\s*"
                    + "(?<sign>[-−])?(?<amount>(?:" + NUM + MAGNITUDE + ")*" + NUM + MAGNITUDE + "?)\\s*"
                    + "(?<unit>%|\\p{L}*?)\\s*"
                    + "(?<suffix>以上|以下)?");

    private TargetParser() {
    }

    /** Parses one target; null, blank and dashes mean no target that year. */
    public static ParsedTarget parse(String raw) {
        if (raw == null || NONE.matcher(raw.strip()).matches()) {
            return other(raw, TargetKind.NONE);
        }
        String text = REMARK.matcher(raw).replaceAll("").replace('﹪', '%').replace('％', '%').strip();
        if (DATE.matcher(text).matches()) {
            return other(raw, TargetKind.DATE);
        }
        if (COMPOUND.matcher(text).matches()) {
            return other(raw, TargetKind.COMPOUND);
        }
        if (FREQUENCY.matcher(text).matches()) {
            return other(raw, TargetKind.FREQUENCY);
        }
        Matcher m = NUMERIC.matcher(text);
        if (!m.matches()) {
            return other(raw, TargetKind.COMPLETION);
        }
        String op = op(m.group("op"), m.group("suffix"));
        BigDecimal value = amount(m.group("amount"));
        if (m.group("sign") != null) {
            value = value.negate();
        }
        String unit = m.group("unit").isEmpty() ? null : m.group("unit");
        TargetKind kind = op.startsWith("<") ? TargetKind.CEILING : TargetKind.NUMBER;
        return new ParsedTarget(raw, op, value, unit, kind);
    }

    private static ParsedTarget other(String raw, TargetKind kind) {
        return new ParsedTarget(raw, null, null, null, kind);
    }

    /** The leading sign wins; else {@code 以上} is "at least" and {@code 以下} "at most". */
    private static String op(String sign, String suffix) {
        if (sign != null) {
            return switch (sign) {
                case "≧", "≥", ">=", "＞＝" -> ">=";
                case "≦", "≤", "<=", "＜＝" -> "<=";
                case ">", "＞" -> ">";
                default -> "<";
            };
        }
        if (suffix != null) {
            return suffix.equals("以上") ? ">=" : "<=";
        }
        return "=";
    }

    /** Sums the parts: {@code 2萬8千} is 2×10000 + 8×1000. */
    private static BigDecimal amount(String amount) {
        BigDecimal total = BigDecimal.ZERO;
        Matcher part = AMOUNT_PART.matcher(amount);
        while (part.find()) {
            BigDecimal number = new BigDecimal(part.group(1).replace(",", ""));
            total = total.add(number.multiply(multiplier(part.group(2))));
        }
        return total;
    }

    private static BigDecimal multiplier(String magnitude) {
        return switch (magnitude) {
            case "億" -> BigDecimal.valueOf(100_000_000);
            case "萬" -> BigDecimal.valueOf(10_000);
            case "千" -> BigDecimal.valueOf(1_000);
            default -> BigDecimal.ONE;
        };
    }
}
