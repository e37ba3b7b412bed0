package io.plancycle.plan;

/** What kind of yearly target an agency wrote, which decides how its achievement is judged. */
public enum TargetKind {
    /** A number or percentage to reach: {@code 500}, {@code 95%}, {@code ≧1200}, {@code 10件以上}. */
    NUMBER,
    /** A ceiling, lower is better: {@code ≦5%}, {@code < 10分鐘}. */
    CEILING,
    /** A day by which something is done: {@code 7/31}. */
    DATE,
    /** How often something is done: {@code 每年一次}, {@code 一年二次}, {@code 每年至少3項}. */
    FREQUENCY,
    /** Free text judged by a person: {@code 依限完成}, {@code 美術館籌備中}. */
    COMPLETION,
    /** Several counts in one target: {@code 6A 84B 45C}. */
    COMPOUND,
    /** No target that year: {@code -}, {@code --}, blank. */
    NONE
}
