package io.plancycle.plan;


import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Computes the achievement rate (達成率) of an actual against a yearly target. Units are not compared. */
public final class AchievementRate {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Both actual and target are 0: exactly on target. */
    private static final BigDecimal ON_TARGET = new BigDecimal("100.00");
    private static final Achievement NOTHING_TO_JUDGE = new Achievement(null, null, false);

    private AchievementRate() {
    }

    /**
     * @param direction        the KPI's direction; a CEILING target is lower-is-better whatever it says
     * @param target           the year's target
     * @param actualRaw        the actual as the agency wrote it ("1,250", "96.5%", "2萬件"), parsed with TargetParser
     * @param judgedMet        the person's judgement, used only for non-numeric targets (DATE, FREQUENCY, COMPLETION, COMPOUND)
     * @param thresholdPercent a rate above this is flagged, e.g. 130
     * @throws IllegalArgumentException when the target is numeric and the actual is not a number
     */
    public static Achievement of(Direction direction, ParsedTarget target, String actualRaw, Boolean judgedMet,
                                 BigDecimal thresholdPercent) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(thresholdPercent, "thresholdPercent");
        if (target.kind() == TargetKind.NONE) {
            return NOTHING_TO_JUDGE;
        }
        if (!target.isNumeric()) {
            return new Achievement(null, judgedMet, false);
        }
        ParsedTarget actual = TargetParser.parse(actualRaw);
        if (!actual.isNumeric()) {
            throw new IllegalArgumentException("actual is not a number: " + actualRaw);
        }
        boolean lowerIsBetter = direction == Direction.LOWER_IS_BETTER || target.kind() == TargetKind.CEILING;
        return lowerIsBetter
                ? lowerIsBetter(target, actual.value(), thresholdPercent)
                : higherIsBetter(target, actual.value(), thresholdPercent);
    }

    /** Met when actual ≤ target (strictly less for "<"); rate target / actual × 100. */
    private static Achievement lowerIsBetter(ParsedTarget target, BigDecimal actual, BigDecimal threshold) {
        int cmp = actual.compareTo(target.value());
        boolean met = "<".equals(target.op()) ? cmp < 0 : cmp <= 0;
        if (actual.signum() == 0 && target.value().signum() == 0) {
            return new Achievement(ON_TARGET, true, false);
        }
        if (actual.signum() <= 0) {
            // No ratio to a zero (or negative) actual: under a ceiling it is infinitely better.
            return new Achievement(null, met, met);
        }
        return rated(percent(target.value(), actual), met, threshold);
    }

    /** Met when actual ≥ target (strictly greater for ">"); rate actual / target × 100. */
    private static Achievement higherIsBetter(ParsedTarget target, BigDecimal actual, BigDecimal threshold) {
        int cmp = actual.compareTo(target.value());
        boolean met = ">".equals(target.op()) ? cmp > 0 : cmp >= 0;
        if (actual.signum() == 0 && target.value().signum() == 0) {
            return new Achievement(ON_TARGET, true, false);
        }
        if (target.value().signum() <= 0) {
            // No ratio to a zero (or negative) target: anything above a zero target is infinitely better.
            return new Achievement(null, met, met && target.value().signum() == 0);
        }
        return rated(percent(actual, target.value()), met, threshold);
    }

    private static Achievement rated(BigDecimal rate, boolean met, BigDecimal threshold) {
        return new Achievement(rate, met, rate.compareTo(threshold) > 0);
    }

    private static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        return numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP);
    }
}
