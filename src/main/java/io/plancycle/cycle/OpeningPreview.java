package io.plancycle.cycle;

import io.plancycle.plan.MediumTermPlan;
import io.plancycle.step.Stage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * What opening a year's cycle would do, told before it is done: each step's due date with what is wrong with it,
 * how many agencies take part, the notices that would go out the moment it opens (the overdue notices of a
 * drafting due date that has passed) to how many distinct addresses, the year before it still unapproved (null when
 * there is none: opening then needs a reason), where the agencies' drafts start, what the office calendar says
 * about the due dates, in words ({@link CalendarWarnings}): a holiday or weekend, a year whose calendar is missing or
 * only computed; and the medium-term plan the year comes after the end of ({@code planEnded}, else null), which the
 * drafts then run on to the year.
 */
public record OpeningPreview(int year, List<StepDue> steps, int agencies, int noticesAtOnce, int addresses,
                             Integer unapprovedYear, List<DraftSource> sources, List<CalendarWarning> warnings,
                             MediumTermPlan planEnded) {

    /**
     * So many agencies' drafts start from their plan approved in the year ({@code null}: the baseline of the year's
     * medium-term plan as published).
     */
    public record DraftSource(Integer approvedYear, int agencies) {
    }

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

    /**
     * Whether anything needs a second look: a due date, the office calendar, the year before not approved, or the
     * plan's end.
     */
    public boolean warned() {
        return unapprovedYear != null || planEnded != null || !warnings.isEmpty() || steps.stream().anyMatch(StepDue::warned);
    }
}
