package io.plancycle.cycle;

import io.plancycle.PlanCycleProperties;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanRepository;
import io.plancycle.step.Stage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * Due dates of user tasks: from the cycle's calendar, or for a round that follows a return, counted in working days
 * from the return. A date means the end of that day in the users' time zone. The BPMN calls it as
 * {@code ${deadlines.dueOf(cycleYear, 'DRAFTING')}}, {@code ${deadlines.reviewDue(cycleYear, agencyCode)}} and
 * {@code ${deadlines.approvalRevisionDue()}}.
 */
@Component("deadlines")
public class Deadlines {

    private final CycleRepository cycles;
    private final PlanRepository plans;
    private final WorkingDays workingDays;
    private final DeadlineProperties rounds;
    private final PlanCycleProperties properties;

    Deadlines(CycleRepository cycles, PlanRepository plans, WorkingDays workingDays, DeadlineProperties rounds,
              PlanCycleProperties properties) {
        this.cycles = cycles;
        this.plans = plans;
        this.workingDays = workingDays;
        this.rounds = rounds;
        this.properties = properties;
    }

    public Date dueOf(int year, String stage) {
        return endOfDay(cycles.findByYear(year).orElseThrow().dueOn(Stage.valueOf(stage)));
    }

    /**
     * The written review's due date: the calendar's for the first round; after the evaluation team returned the plan,
     * the return day plus {@code plancycle.deadlines.review-round-working-days}, so that a later round is not held to
     * the calendar's date, long passed. It counts from the return, not the resubmission: a plan sent back later than
     * that begins its review overdue.
     */
    public Date reviewDue(int year, String agencyCode) {
        LocalDate returnedOn = plans.findInCycle(year, agencyCode).map(Plan::getReturnedOn).orElse(null);
        return returnedOn == null ? dueOf(year, Stage.REVIEW.name())
                : endOfDay(workingDays.workingDaysAfter(returnedOn, rounds.reviewRoundWorkingDays()));
    }

    /**
     * A revision the approver asked for, beginning now as the approver returns the cycle: due
     * {@code plancycle.deadlines.approval-revision-working-days} working days from today.
     */
    public Date approvalRevisionDue() {
        return endOfDay(workingDays.workingDaysAfter(today(), rounds.approvalRevisionWorkingDays()));
    }

    /**
     * The head's sign-off, beginning now as the clerk sends the work: due {@code plancycle.deadlines.sign-off-working-days}
     * working days from today.
     */
    public Date signOffDue() {
        return endOfDay(workingDays.workingDaysAfter(today(), rounds.signOffWorkingDays()));
    }

    private Date endOfDay(LocalDate day) {
        return Date.from(endOf(day).toInstant());
    }

    /** The last moment of a calendar day in the users' time zone. */
    public ZonedDateTime endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(properties.zone()).minusSeconds(1);
    }

    public LocalDate dayOf(Date due) {
        return due == null ? null : due.toInstant().atZone(properties.zone()).toLocalDate();
    }

    /** Today in the users' time zone, by the engine's clock (which tests move). */
    public LocalDate today() {
        return now().atZone(properties.zone()).toLocalDate();
    }

    /** Now, by the engine's clock: the time its timers and tasks are stamped with. */
    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
