package io.plancycle.cycle;

import io.plancycle.step.Step;

import java.time.LocalDate;

/** An open task the signed-in user may work on. */
public record TaskView(String id, String name, int cycleYear, String agencyCode, String agencyName, Step stage,
                       LocalDate dueOn, boolean overdue) {
}
