package io.plancycle.review;

/** A KPI as a review page names it: its place in the plan (goal 一 = 1, then its number) and its name. */
public record KpiRef(Long id, int goalNo, int no, String name) {
}
