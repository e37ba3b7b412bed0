package io.plancycle.plan;

import java.util.Objects;

/**
 * The city's comparison of two targets of one KPI: whether a change makes the target more challenging (the
 * over-threshold rule) or lowers it (下修, which needs a cause and a countermeasure). Units are compared only as written.
 */
public final class TargetComparison {

    private TargetComparison() {
    }

    /**
     * How {@code after} compares with {@code before}. Two figures are compared by the KPI's direction (a ceiling is
     * lower-is-better whatever the direction says); anything else that differs needs the reviewer's judgement.
     */
    public static Challenge compare(Direction direction, ParsedTarget before, ParsedTarget after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.isNumeric() || !after.isNumeric()) {
            return sameText(before, after) ? Challenge.SAME : Challenge.NEEDS_JUDGEMENT;
        }
        if (!sameUnit(before, after)) {
            return Challenge.NEEDS_JUDGEMENT;
        }
        boolean lowerIsBetter = lowerIsBetter(direction, before, after);
        int comparison = after.value().compareTo(before.value());
        if (comparison != 0) {
            return (comparison > 0) != lowerIsBetter ? Challenge.HARDER : Challenge.EASIER;
        }
        String strict = lowerIsBetter ? "<" : ">";
        boolean strictBefore = strict.equals(before.op());
        boolean strictAfter = strict.equals(after.op());
        if (strictBefore == strictAfter) {
            return Challenge.SAME;
        }
        return strictAfter ? Challenge.HARDER : Challenge.EASIER;
    }

    /**
     * Whether a target asks less than what was actually reached the year before (a figure to reach under it, a
     * ceiling above it); false where either is not a figure, or their units differ.
     */
    public static boolean belowActual(Direction direction, ParsedTarget target, ParsedTarget actual) {
        if (!target.isNumeric() || actual == null || !actual.isNumeric() || !sameUnit(target, actual)) {
            return false;
        }
        int comparison = target.value().compareTo(actual.value());
        return lowerIsBetter(direction, target, target) ? comparison > 0 : comparison < 0;
    }

    private static boolean lowerIsBetter(Direction direction, ParsedTarget before, ParsedTarget after) {
        return direction == Direction.LOWER_IS_BETTER || before.kind() == TargetKind.CEILING
                || after.kind() == TargetKind.CEILING;
    }

    /** Units differ only where both are written and are not the same; {@code 500} and {@code 500件} are alike. */
    private static boolean sameUnit(ParsedTarget a, ParsedTarget b) {
        return a.unit() == null || b.unit() == null || a.unit().equals(b.unit());
    }

    private static boolean sameText(ParsedTarget a, ParsedTarget b) {
        return a.kind() == b.kind() && (a.kind() == TargetKind.NONE
                || Objects.toString(a.raw(), "").strip().equals(Objects.toString(b.raw(), "").strip()));
    }
}
