package io.plancycle.cycle;

import io.plancycle.PlanCycleProperties;
import io.plancycle.step.Stage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * Due dates of user tasks, from the cycle's calendar. A calendar date means the end of that day in the users'
 * time zone. The BPMN calls it as {@code ${deadlines.dueOf(cycleYear, 'REVIEW')}}.
 */
@Component("deadlines")
public class Deadlines {

    private final CycleRepository cycles;
    private final PlanCycleProperties properties;

    Deadlines(CycleRepository cycles, PlanCycleProperties properties) {
        this.cycles = cycles;
        this.properties = properties;
    }

    public Date dueOf(int year, String stage) {
        LocalDate day = cycles.findByYear(year).orElseThrow().dueOn(Stage.valueOf(stage));
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
