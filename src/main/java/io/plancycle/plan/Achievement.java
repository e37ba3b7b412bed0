package io.plancycle.plan;

import java.math.BigDecimal;

/**
 * The achievement of one KPI in one year.
 *
 * @param rate          achievement rate in percent, scale 2 (HALF_UP); null when not computable
 * @param met           whether the target was met; null when there is nothing to judge
 * @param overThreshold the rate is over the threshold (or infinitely better): the target is too easy
 */
public record Achievement(BigDecimal rate, Boolean met, boolean overThreshold) {
}
