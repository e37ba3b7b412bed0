package io.plancycle.security;

import java.time.LocalDate;

/** A deputy as the API and the pages show it: who acts for whom, with their names, on which days, named by whom. */
public record DeputyView(long id, String principal, String principalName, String deputy, String deputyName,
                         LocalDate startsOn, LocalDate endsOn, String namedBy, boolean activeToday) {
}
