package io.plancycle.plan;

import java.math.BigDecimal;

/**
 * A yearly target as written ({@code raw}) and as understood.
 *
 * @param raw   the text as the agency wrote it, remarks included
 * @param op    {@code "="}, {@code ">="}, {@code ">"}, {@code "<="} or {@code "<"}; null unless numeric
 * @param value the number, magnitudes applied ({@code 2萬8千件} is 28000); null unless numeric
 * @param unit  the unit after the number ({@code "%"}, {@code "件"}, {@code "MW"}); null when none
 * @param kind  the kind of target
 */
public record ParsedTarget(String raw, String op, BigDecimal value, String unit, TargetKind kind) {

    /** True for targets with a number to compare an actual against (NUMBER or CEILING). */
    public boolean isNumeric() {
        return kind == TargetKind.NUMBER || kind == TargetKind.CEILING;
    }
}
