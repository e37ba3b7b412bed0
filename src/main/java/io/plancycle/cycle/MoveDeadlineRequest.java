package io.plancycle.cycle;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A step's new due date and why it moves. */
public record MoveDeadlineRequest(@NotNull LocalDate dueOn, @Size(max = 5000) String reason) {
}
