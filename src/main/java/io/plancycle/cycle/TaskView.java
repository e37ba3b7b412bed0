package io.plancycle.cycle;

import java.time.LocalDate;

/** An open task the signed-in user may work on. */
public record TaskView(String id, String name, int cycleYear, String agencyCode, String agencyName, String stage,
                       LocalDate dueOn, boolean overdue) {
}
