package io.plancycle.cycle;

import io.plancycle.plan.MediumTermPlan;
import io.plancycle.step.Stage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * What opening a year's cycle would do, told before it is done: each step's due date with what is wrong with it,
 * how many agencies take part, and the notices that would go out the moment it opens (the overdue notices of a
 * drafting due date that has passed), to how many distinct addresses; and the medium-term plan the year comes after
 * the end of ({@code planEnded}, else null), which the drafts then run on to the year.
 */
public record OpeningPreview(int year, List<StepDue> steps, int agencies, int noticesAtOnce, int addresses,
                             MediumTermPlan planEnded) {

    /**
     * A step's due date: whether it has passed (the step begins overdue), and whether it falls on a day the offices
     * do not work (a weekend, or the holiday named).
     */
    public record StepDue(Stage stage, LocalDate dueOn, boolean passed, boolean workingDay, String holiday) {

        public DayOfWeek weekday() {
            return dueOn.getDayOfWeek();
        }

        public boolean warned() {
            return passed || !workingDay;
        }
    }

    /** Whether any due date, or the plan's end, needs a second look. */
    public boolean warned() {
        return planEnded != null || steps.stream().anyMatch(StepDue::warned);
    }
}
