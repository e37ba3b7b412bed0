package io.plancycle.cycle;

import io.plancycle.notification.Notifications;
import io.plancycle.notification.Recipient;
import io.plancycle.notification.RocDates;
import io.plancycle.plan.Agency;
import io.plancycle.plan.DraftStarter;
import io.plancycle.plan.MediumTermPlan;
import io.plancycle.step.Stage;
import io.plancycle.step.Step;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Before a cycle opens: the calendar to suggest for it, and what opening it with a given calendar would do. The
 * notices counted are those {@link DueNotices} would queue as the drafting tasks begin, by the same rule.
 */
@Component
public class OpeningCheck {

    /** The city's usual calendar: 31 March, 30 April, 31 May, 30 June, 15 July, 31 July. */
    private static final Map<Stage, MonthDay> USUAL = Map.of(Stage.DRAFTING, MonthDay.of(3, 31),
            Stage.REVIEW, MonthDay.of(4, 30), Stage.REVISION, MonthDay.of(5, 31), Stage.REPORT, MonthDay.of(6, 30),
            Stage.CONSOLIDATION, MonthDay.of(7, 15), Stage.APPROVAL, MonthDay.of(7, 31));

    private final CycleRepository cycles;
    private final NoticeSchedule schedule;
    private final DueNotices dueNotices;
    private final Deadlines deadlines;
    private final DraftStarter draftStarter;
    private final CalendarWarnings calendarWarnings;

    OpeningCheck(CycleRepository cycles, NoticeSchedule schedule, DueNotices dueNotices, Deadlines deadlines,
                 DraftStarter draftStarter, CalendarWarnings calendarWarnings) {
        this.cycles = cycles;
        this.draftStarter = draftStarter;
        this.schedule = schedule;
        this.dueNotices = dueNotices;
        this.deadlines = deadlines;
        this.calendarWarnings = calendarWarnings;
    }

    /** A year and its calendar, as the form to open a cycle suggests them. */
    public record Suggestion(int year, Map<Stage, LocalDate> calendar) {
    }

    /**
     * The first year from this one that has no cycle, comes after every cycle opened, and whose usual drafting date is
     * still ahead; its usual dates, each moved on to the next working day when the offices do not work on it.
     */
    @Transactional(readOnly = true)
    public Suggestion suggestion() {
        LocalDate today = deadlines.today();
        int year = RocDates.year(today);
        Set<Integer> taken = new HashSet<>();
        cycles.findAllByOrderByYearDesc().forEach(c -> taken.add(c.getYear()));
        if (taken.contains(year)) {
            year = taken.stream().mapToInt(Integer::intValue).max().orElse(year) + 1;
        }
        while (taken.contains(year) || !usual(year, Stage.DRAFTING).isAfter(today)) {
            year++;
        }
        Map<Stage, LocalDate> calendar = new EnumMap<>(Stage.class);
        WorkingDays days = schedule.workingDays();
        for (Stage stage : Stage.values()) {
            LocalDate day = usual(year, stage);
            calendar.put(stage, days.isWorkingDay(day) ? day : days.workingDaysAfter(day, 1));
        }
        return new Suggestion(year, calendar);
    }

    private static LocalDate usual(int rocYear, Stage stage) {
        return USUAL.get(stage).atYear(RocDates.gregorianYear(rocYear));
    }

    /** The latest cycle before the year, when it is not yet approved: opening the year then needs a reason. */
    Optional<Integer> unapprovedBefore(int year) {
        return cycles.findTopByYearLessThanOrderByYearDesc(year).filter(c -> c.getApprovedAt() == null).map(Cycle::getYear);
    }

    /** The ids of the approved cycles before the year, newest first: where the year's drafts start from. */
    List<Long> approvedBefore(int year) {
        return cycles.findByYearLessThanAndApprovedAtIsNotNullOrderByYearDesc(year).stream().map(Cycle::getId).toList();
    }

    /**
     * Where the agencies' drafts would start ({@link DraftStarter}): per approved year (null: the baseline of the year's
     * medium-term plan as published), how many.
     */
    private List<OpeningPreview.DraftSource> sources(int year, List<Agency> taking) {
        List<Cycle> approved = cycles.findByYearLessThanAndApprovedAtIsNotNullOrderByYearDesc(year);
        Map<Long, Integer> yearOf = approved.stream().collect(Collectors.toMap(Cycle::getId, Cycle::getYear));
        Map<Integer, Long> counted = draftStarter.sources(year, approved.stream().map(Cycle::getId).toList(), taking).values()
                .stream().collect(Collectors.groupingBy(p -> p.getCycleId() == null ? 0 : yearOf.get(p.getCycleId()),
                        TreeMap::new, Collectors.counting()));
        return counted.entrySet().stream().sorted(Map.Entry.<Integer, Long>comparingByKey().reversed())
                .map(e -> new OpeningPreview.DraftSource(e.getKey() == 0 ? null : e.getKey(), e.getValue().intValue()))
                .toList();
    }

    /**
     * What opening the cycle for these agencies would do, with the office calendar's warnings about its due dates; the
     * request has been checked as opening checks it.
     */
    OpeningPreview preview(OpenCycleRequest request, List<Agency> taking) {
        LocalDate today = deadlines.today();
        WorkingDays days = schedule.workingDays();
        List<OpeningPreview.StepDue> steps = request.calendar().byStage().entrySet().stream()
                .map(e -> new OpeningPreview.StepDue(e.getKey(), e.getValue(), e.getValue().isBefore(today),
                        days.isWorkingDay(e.getValue()), days.holidayName(e.getValue()).orElse(null)))
                .toList();
        LocalDate draftingDue = request.calendar().drafting();
        int notices = 0;
        Set<String> addresses = new HashSet<>();
        for (Agency agency : taking) {
            List<Recipient> to = dueNotices.lateNoticeRecipients(Step.DRAFTING, agency.getCode(), draftingDue)
                    .orElse(List.of());
            Set<String> reached = Notifications.deliverable(to).keySet();
            if (!reached.isEmpty()) {
                notices++;
                addresses.addAll(reached);
            }
        }
        MediumTermPlan ended = draftStarter.planOf(request.year()).filter(p -> request.year() > p.getLastYear())
                .orElse(null);
        return new OpeningPreview(request.year(), steps, taking.size(), notices, addresses.size(),
                unapprovedBefore(request.year()).orElse(null), sources(request.year(), taking),
                warnings(request.calendar()), ended);
    }

    /** What the office calendar says about a cycle's due dates: holidays, weekends, years missing or computed. */
    List<CalendarWarning> warnings(OpenCycleRequest.Calendar calendar) {
        return calendarWarnings.about(calendar.byStage().values());
    }
}
