package io.plancycle.plan;

/** How a new target compares with the one it replaces (or with what was reached), for a KPI going its way. */
public enum Challenge {
    /** More challenging: a higher figure to reach, a lower ceiling, or the same figure made strict (≧500 → &gt;500). */
    HARDER,
    /** Less challenging: lowered (下修), or a ceiling raised. */
    EASIER,
    /** The same figure, or the same text. */
    SAME,
    /**
     * Not comparable by the software: a number became a text, date or frequency or the other way round
     * ({@code ≧500} → {@code 依限完成}), two different texts, figures in different units, or a year without a target.
     * The evaluation team judges it; it is never counted as harder, nor as easier.
     */
    NEEDS_JUDGEMENT
}
