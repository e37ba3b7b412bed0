package io.plancycle.cycle;

import io.plancycle.step.Stage;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded move of a due date: the calendar's, or (agency not null) that agency's own. */
public record DeadlineChangeView(Stage stage, String agency, LocalDate before, LocalDate after, String reason, String changedBy,
                                 Instant changedAt) {
}
