package io.plancycle.cycle;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalTime;
import java.util.List;

/**
 * When people hear about a due date (prefix {@code plancycle.deadlines}).
 *
 * @param reminderWorkingDaysBefore   reminders this many working days before the due date
 * @param sendAt                      the time of day notices go out, in the users' time zone
 * @param escalationAfterWorkingDays  the second escalation this many working days after the first
 * @param workingDaysFile             the office calendar: holidays and make-up working days per year
 * @param reviewRoundWorkingDays      a later round of review is due this many working days after the plan's return
 * @param approvalRevisionWorkingDays a revision the approver asked for is due this many working days after the return
 * @param signOffWorkingDays          the head's sign-off is due this many working days after the clerk sent the work
 */
@ConfigurationProperties("plancycle.deadlines")
public record DeadlineProperties(
        @DefaultValue({"7", "3", "1"}) List<Integer> reminderWorkingDaysBefore,
        @DefaultValue("09:00") LocalTime sendAt,
        @DefaultValue("3") int escalationAfterWorkingDays,
        @DefaultValue("classpath:calendar/taiwan-office-calendar.json") String workingDaysFile,
        @DefaultValue("15") int reviewRoundWorkingDays,
        @DefaultValue("7") int approvalRevisionWorkingDays,
        @DefaultValue("3") int signOffWorkingDays) {
}
