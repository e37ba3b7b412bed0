package io.plancycle.cycle;

import io.plancycle.step.Stage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One year's cycle in the list of cycles: its stage and calendar, and how its agencies stand (how many take part, how
 * many are done, how many are late with their current step).
 */
public record CycleSummary(int year, CycleStage stage, Map<Stage, LocalDate> calendar, String openedBy, Instant openedAt,
                           Instant approvedAt, int agencies, int done, int overdue) {
}
