package io.plancycle.cycle;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A step's new due date and why it moves; with an agency (by code), only that agency's open task of the step moves
 * (a later round of review, a revision the approver asked for), the calendar unchanged.
 */
public record MoveDeadlineRequest(@NotNull LocalDate dueOn, @Size(max = 5000) String reason, @Size(max = 64) String agency) {

    public MoveDeadlineRequest(LocalDate dueOn, String reason) {
        this(dueOn, reason, null);
    }
}
