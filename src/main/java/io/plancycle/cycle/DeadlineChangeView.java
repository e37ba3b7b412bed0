package io.plancycle.cycle;

import io.plancycle.step.Stage;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded move of a due date. */
public record DeadlineChangeView(Stage stage, LocalDate before, LocalDate after, String reason, String changedBy,
                                 Instant changedAt) {
}
