package io.plancycle.plan;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The achievement of one KPI in one year.
 *
 * @param rate          achievement rate in percent, scale 2 (HALF_UP); null when not computable
 * @param met           whether the target was met; null when there is nothing to judge
 * @param overThreshold the rate is over the threshold (or infinitely better): the target is too easy
 */
public record Achievement(BigDecimal rate, Boolean met, boolean overThreshold) {

    /** A rate in percent as every page and document shows it, without needless decimals: 110%, 96.77%. */
    public static String percent(BigDecimal rate) {
        if (rate == null) {
            return "";
        }
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(rate) + "%";
    }
}
