package io.plancycle.cycle;

import io.plancycle.step.Stage;
import io.plancycle.support.DeadlineClock;
import io.plancycle.support.DeadlineClock.Mail;
import io.plancycle.support.SignIn;
import io.plancycle.problem.InvalidInputException;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.plancycle.support.ExpectedMail.DRAFTING;
import static io.plancycle.support.ExpectedMail.REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The planning office moves a step's due date mid-cycle: the reminders follow the new date (none comes on the days of
 * the old one), the change is on record with who and why, the open tasks and the plans show the new date, and whoever
 * works on those tasks is told. Moved later once the old date has passed, the notices start again for the new date.
 */
class DeadlineMoveTest extends DeadlineTestSupport {

    private static final String EDUCATION = "education";
    private static final String POLICE = "police";
    private static final String FIRE = "fire";
    private static final String DRAFTING_TIMER = "Timer_DailyNoticeDrafting";

    /**
     * The drafting step moves from Tuesday 24 February to Tuesday 10 March, on 9 February (after the first reminder of
     * the old date). On the 115 office calendar, for 10 March: 7 working days before are 9, 6, 5, 4, 3, 2 March and 26
     * February (27 February is a holiday) → reminder 26 February; 3 before: 9, 6, 5 March → 5 March; 1 before: 9 March;
     * overdue Wednesday 11 March; escalation 3 working days later (12, 13, 16 March) on Monday 16 March. The old days —
     * 12 and 23 February, 25 February, 3 March — bring nothing.
     */
    @Test
    void movingTheDraftingDueDateMovesTheRemindersTheTasksAndThePlansAndTellsTheAgencies() {
        LocalDate movedOn = LocalDate.of(2026, 2, 9);
        LocalDate newDue = LocalDate.of(2026, 3, 10);
        String reason = "配合春節連假，草擬期限延至3月10日。";
        open115(EDUCATION, POLICE, FIRE);

        // 消防局 is done drafting before the move: its review step (due 13 March) is not touched by it.
        LocalDate fireSubmits = LocalDate.of(2026, 2, 3);
        Map<LocalDate, List<String>> expected = new LinkedHashMap<>();
        LocalDate feb6 = LocalDate.of(2026, 2, 6);
        expected.put(feb6, concat(
                to(MAIL.reminder("教育處", DRAFTING, DRAFTING_DUE, feb6), contact(EDUCATION)),
                to(MAIL.reminder("警察局", DRAFTING, DRAFTING_DUE, feb6), contact(POLICE))));
        assertMornings(OPENING_DAY, movedOn, expected, (day, arrived) -> {
            if (day.equals(fireSubmits)) {
                clock.set(day, TEN);
                draftAndSubmit(YEAR, FIRE);
                assertDelivered(clock.tick(), to(MAIL.submitted("消防局", day, TEN), REVIEWER), "at " + clock.now());
            }
        });

        // Only the planning office moves a due date, and only with a reason and to another date.
        clock.set(movedOn, TEN);
        SignIn.asAgency(EDUCATION);
        assertThatThrownBy(() -> deadlineMover.move(YEAR, Stage.DRAFTING, new MoveDeadlineRequest(newDue, reason)))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.asAdmin();
        assertThatThrownBy(() -> deadlineMover.move(YEAR, Stage.DRAFTING, new MoveDeadlineRequest(newDue, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.getErrors()).extracting(InvalidInputException.FieldError::field).containsExactly("reason"));
        assertThatThrownBy(() -> deadlineMover.move(YEAR, Stage.DRAFTING, new MoveDeadlineRequest(DRAFTING_DUE, reason)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.getErrors()).extracting(InvalidInputException.FieldError::field).containsExactly("dueOn"));
        assertThat(deadlineMover.changes(YEAR)).isEmpty();
        assertThat(clock.tick()).isEmpty();

        CycleView moved = deadlineMover.move(YEAR, Stage.DRAFTING, new MoveDeadlineRequest(newDue, reason));
        assertThat(moved.warnings()).as("Tuesday 10 March is a working day of the published 115 calendar").isEmpty();

        // The calendar, the record of changes, the plans and the open tasks show the new date.
        assertThat(moved.calendar()).containsEntry(Stage.DRAFTING, newDue).containsEntry(Stage.REVIEW, REVIEW_DUE);
        assertThat(deadlineMover.changes(YEAR)).singleElement().satisfies(change -> {
            assertThat(change.stage()).isEqualTo(Stage.DRAFTING);
            assertThat(change.before()).isEqualTo(DRAFTING_DUE);
            assertThat(change.after()).isEqualTo(newDue);
            assertThat(change.reason()).isEqualTo(reason);
            assertThat(change.changedBy()).isEqualTo("admin");
        });
        Map<String, LocalDate> dueOn = new LinkedHashMap<>();
        moved.agencies().forEach(a -> dueOn.put(a.code(), a.dueOn()));
        assertThat(dueOn).containsExactlyInAnyOrderEntriesOf(Map.of(EDUCATION, newDue, POLICE, newDue, FIRE, REVIEW_DUE));
        for (String agency : List.of(EDUCATION, POLICE)) {
            ProcessInstance instance = agencyProcess(YEAR, agency);
            assertThat(openTask(instance, DRAFT).getDueDate()).isEqualTo(endOfDayInTaipei("2026-03-10"));
            assertThat(plan(YEAR, agency).stageDueOn()).isEqualTo(newDue);
            assertThat(tasksInCycle(YEAR)).singleElement().satisfies(t -> assertThat(t.dueOn()).isEqualTo(newDue));
        }
        assertThat(openTask(agencyProcess(YEAR, FIRE), WRITTEN_REVIEW).getDueDate()).isEqualTo(endOfDayInTaipei("2026-03-13"));

        // The agencies still drafting are told, at once; 消防局, done drafting, is not.
        List<Mail> told = clock.tick();
        assertDelivered(told, concat(
                to(MAIL.moved(DRAFTING, newDue, movedOn, TEN), contact(EDUCATION)),
                to(MAIL.moved(DRAFTING, newDue, movedOn, TEN), contact(POLICE))), "when the due date moves");
        assertThat(told).allSatisfy(m -> assertThat(m.text())
                .contains("115年度「草擬施政計畫」之期限已由民國115年2月24日變更為民國115年3月10日", "變更理由：" + reason));
        assertThat(told).filteredOn(m -> m.address().equals(contact(EDUCATION))).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("機　　關：教育處"));

        // From then on, the notices of the new date, and on the days of the old one nothing.
        expected.clear();
        for (LocalDate on : List.of(LocalDate.of(2026, 2, 26), LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 9))) {
            expected.put(on, concat(
                    to(MAIL.reminder("教育處", DRAFTING, newDue, on), contact(EDUCATION)),
                    to(MAIL.reminder("警察局", DRAFTING, newDue, on), contact(POLICE))));
        }
        LocalDate mar11 = LocalDate.of(2026, 3, 11);
        LocalDate mar16 = LocalDate.of(2026, 3, 16);
        expected.put(mar11, concat(
                to(MAIL.overdue("教育處", DRAFTING, newDue, mar11), contact(EDUCATION), head(EDUCATION), ADMIN),
                to(MAIL.overdue("警察局", DRAFTING, newDue, mar11), contact(POLICE), head(POLICE), ADMIN)));
        // 消防局's review, due 13 March as before: reminders to the evaluation team on 4, 10 and 12 March, overdue 16 March.
        for (LocalDate on : List.of(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12))) {
            expected.put(on, concat(expected.getOrDefault(on, List.of()), to(MAIL.reminder("消防局", REVIEW, REVIEW_DUE, on), REVIEWER)));
        }
        expected.put(mar16, concat(
                to(MAIL.escalation("教育處", DRAFTING, newDue, mar16), contact(EDUCATION), head(EDUCATION), ADMIN),
                to(MAIL.escalation("警察局", DRAFTING, newDue, mar16), contact(POLICE), head(POLICE), ADMIN),
                to(MAIL.overdue("消防局", REVIEW, REVIEW_DUE, mar16), REVIEWER, ADMIN)));
        assertMornings(movedOn.plusDays(1), mar16, expected, (day, arrived) -> {
            assertThat(overdueByAgency()).as("overdue on %s", day)
                    .containsEntry(EDUCATION, day.isAfter(newDue)).containsEntry(POLICE, day.isAfter(newDue))
                    .containsEntry(FIRE, day.isAfter(REVIEW_DUE));
        });
    }

    /**
     * Due 24 February, 教育處 has had its three reminders and, on 25 February, the overdue notice. On 26 February the
     * planning office gives it until Friday 20 March: the escalation of the old date (3 March) never comes; instead the
     * reminders of the new date — 7 working days before: 19, 18, 17, 16, 13, 12, 11 March → 11 March; 3 before: 17
     * March; 1 before: 19 March — then overdue Monday 23 March and the escalation Thursday 26 March.
     */
    @Test
    void movedLaterAfterTheOverdueNoticeTheRemindersStartAgainForTheNewDate() {
        open115(EDUCATION);
        LocalDate feb25 = LocalDate.of(2026, 2, 25);
        Map<LocalDate, List<String>> expected = draftingNoticesDueFeb24();
        assertMornings(OPENING_DAY, feb25, expected);
        assertThat(overdueByAgency()).containsEntry(EDUCATION, true);

        LocalDate movedOn = LocalDate.of(2026, 2, 26);
        assertDelivered(clock.morningOf(movedOn), List.of(), "at 09:00 on " + movedOn);
        moveDraftingTo20March(movedOn);
        assertThat(overdueByAgency()).containsEntry(EDUCATION, false);

        expectNoticesDue20March(movedOn.plusDays(1));
    }

    /**
     * As above, but moved on 4 March, when the escalation has gone out too: the agency hears of the new date as if it
     * had been the date all along.
     */
    @Test
    void movedLaterAfterTheEscalationTheEndedNoticesStartAgain() {
        open115(EDUCATION);
        LocalDate mar3 = LocalDate.of(2026, 3, 3);
        Map<LocalDate, List<String>> expected = draftingNoticesDueFeb24();
        assertMornings(OPENING_DAY, mar3, expected);

        LocalDate movedOn = LocalDate.of(2026, 3, 4);
        assertDelivered(clock.morningOf(movedOn), List.of(), "at 09:00 on " + movedOn);
        moveDraftingTo20March(movedOn);

        expectNoticesDue20March(movedOn.plusDays(1));
    }

    /**
     * The planning office moves the date at 09:01 on a reminder day while the job executor is still working through the
     * morning's notices: 教育處's timer is due, it has not fired yet. The reminder of the old date is not sent (the date
     * it was about is gone), the agency is told of the new one, and each notice of the new date comes once, on its
     * day.
     */
    @Test
    void aMoveWhileANoticeIsOnItsWaySendsOnlyTheNoticesOfTheNewDate() {
        open115(EDUCATION);
        ProcessInstance instance = agencyProcess(YEAR, EDUCATION);
        LocalDate feb6 = LocalDate.of(2026, 2, 6);
        LocalDate newDue = LocalDate.of(2026, 3, 10);
        assertMornings(OPENING_DAY, feb6.minusDays(1), Map.of());
        clock.set(feb6, DeadlineClock.NINE);
        assertThat(noticeTimers(instance, DRAFTING_TIMER)).extracting(Job::getDuedate).as("the reminder's timer, due")
                .containsExactly(Date.from(clock.now().toInstant()));

        LocalTime nineOhOne = LocalTime.of(9, 1);
        clock.set(feb6, nineOhOne);
        SignIn.asAdmin();
        deadlineMover.move(YEAR, Stage.DRAFTING, new MoveDeadlineRequest(newDue, "配合春節連假，草擬期限延至3月10日。"));
        assertDelivered(clock.tick(), to(MAIL.moved(DRAFTING, newDue, feb6, nineOhOne), contact(EDUCATION)), "at 09:01");

        Map<LocalDate, List<String>> expected = new LinkedHashMap<>();
        for (LocalDate on : List.of(LocalDate.of(2026, 2, 26), LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 9))) {
            expected.put(on, to(MAIL.reminder("教育處", DRAFTING, newDue, on), contact(EDUCATION)));
        }
        LocalDate mar11 = LocalDate.of(2026, 3, 11);
        LocalDate mar16 = LocalDate.of(2026, 3, 16);
        expected.put(mar11, to(MAIL.overdue("教育處", DRAFTING, newDue, mar11), contact(EDUCATION), head(EDUCATION), ADMIN));
        expected.put(mar16, to(MAIL.escalation("教育處", DRAFTING, newDue, mar16), contact(EDUCATION), head(EDUCATION), ADMIN));
        assertMornings(feb6.plusDays(1), LocalDate.of(2026, 3, 20), expected, (day, arrived) -> {
            assertThat(noticeTimers(instance, DRAFTING_TIMER)).as("notice timers on %s", day).hasSize(1);
        });
    }

    /**
     * Moving a due date changes the calendar and the open tasks, not the processes: every process instance has the
     * same activities, executions and jobs — the same ids, the same due dates — before and after the move, and the
     * notices follow the new date all the same. 教育處 drafts, 消防局 (submitted on 3 February) is in review; drafting
     * moves from 24 February to 10 March on 9 February: 教育處's reminders come on 26 February, 5 and 9 March and its
     * overdue notice on 11 March; 消防局's review reminders (due 13 March) on 4 and 10 March as before.
     */
    @Test
    void movingADueDateTouchesNoProcessInstanceAndTheNoticesFollowTheNewDate() {
        open115(EDUCATION, FIRE);
        LocalDate fireSubmits = LocalDate.of(2026, 2, 3);
        LocalDate feb6 = LocalDate.of(2026, 2, 6);
        LocalDate movedOn = LocalDate.of(2026, 2, 9);
        LocalDate newDue = LocalDate.of(2026, 3, 10);
        assertMornings(OPENING_DAY, movedOn, Map.of(feb6, to(MAIL.reminder("教育處", DRAFTING, DRAFTING_DUE, feb6), contact(EDUCATION))),
                (day, arrived) -> {
                    if (day.equals(fireSubmits)) {
                        clock.set(day, TEN);
                        draftAndSubmit(YEAR, FIRE);
                        assertDelivered(clock.tick(), to(MAIL.submitted("消防局", day, TEN), REVIEWER), "at " + clock.now());
                    }
                });

        clock.set(movedOn, TEN);
        List<String> before = engineState();
        assertThat(before).as("a notice timer for each open task").filteredOn(line -> line.contains("Timer_DailyNotice")).hasSize(2);
        SignIn.asAdmin();
        deadlineMover.move(YEAR, Stage.DRAFTING, new MoveDeadlineRequest(newDue, "配合春節連假，草擬期限延至3月10日。"));
        assertThat(engineState()).as("the process instances, their executions and their jobs").isEqualTo(before);
        assertDelivered(clock.tick(), to(MAIL.moved(DRAFTING, newDue, movedOn, TEN), contact(EDUCATION)), "when the due date moves");

        Map<LocalDate, List<String>> expected = new LinkedHashMap<>();
        for (LocalDate on : List.of(LocalDate.of(2026, 2, 26), LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 9))) {
            expected.put(on, to(MAIL.reminder("教育處", DRAFTING, newDue, on), contact(EDUCATION)));
        }
        for (LocalDate on : List.of(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 10))) {
            expected.put(on, to(MAIL.reminder("消防局", REVIEW, REVIEW_DUE, on), REVIEWER));
        }
        LocalDate mar11 = LocalDate.of(2026, 3, 11);
        expected.put(mar11, to(MAIL.overdue("教育處", DRAFTING, newDue, mar11), contact(EDUCATION), head(EDUCATION), ADMIN));
        assertMornings(movedOn.plusDays(1), mar11, expected);
    }

    /** Every process instance's activity tree, every execution and every job (with the activity it waits in), sorted. */
    private List<String> engineState() {
        List<String> state = new ArrayList<>();
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().orderByProcessInstanceId().asc().list()) {
            state.add(tree(runtimeService.getActivityInstance(instance.getId()), ""));
        }
        runtimeService.createExecutionQuery().list().stream()
                .map(e -> "execution " + e.getId() + " of " + e.getProcessInstanceId() + (e.isEnded() ? " ended" : ""))
                .sorted().forEach(state::add);
        managementService.createJobQuery().list().stream()
                .map(j -> "job " + j.getId() + " at " + j.getExecutionId() + " definition " + j.getJobDefinitionId()
                        + " activity " + activityOf(j) + " due " + j.getDuedate() + " retries " + j.getRetries())
                .sorted().forEach(state::add);
        return state;
    }

    private String activityOf(Job job) {
        return managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId();
    }

    private static String tree(ActivityInstance activity, String indent) {
        StringBuilder s = new StringBuilder(indent + activity.getActivityId() + " " + activity.getId() + " "
                + Arrays.toString(activity.getExecutionIds()) + "\n");
        for (ActivityInstance child : activity.getChildActivityInstances()) {
            s.append(tree(child, indent + "  "));
        }
        for (TransitionInstance transition : activity.getChildTransitionInstances()) {
            s.append(indent).append("  → ").append(transition.getActivityId()).append(' ').append(transition.getId()).append('\n');
        }
        return s.toString();
    }

    /**
     * Moving the review's due date tells the evaluation team, whose task it is, and its notices follow: 教育處's review
     * moves from 13 to 20 March on 4 February; the team's reminders come on 11, 17 and 19 March, the overdue notice on
     * 23 March, to the team and the planning office.
     */
    @Test
    void movingTheReviewDueDateTellsTheEvaluationTeam() {
        open115(EDUCATION);
        LocalDate submittedOn = LocalDate.of(2026, 2, 3);
        clock.set(submittedOn, TEN);
        draftAndSubmit(YEAR, EDUCATION);
        assertDelivered(clock.tick(), to(MAIL.submitted("教育處", submittedOn, TEN), REVIEWER), "at submission");

        LocalDate movedOn = LocalDate.of(2026, 2, 4);
        LocalDate newDue = LocalDate.of(2026, 3, 20);
        clock.set(movedOn, TEN);
        SignIn.asAdmin();
        deadlineMover.move(YEAR, Stage.REVIEW, new MoveDeadlineRequest(newDue, "評估小組委員改聘，審查期限延後一週。"));
        List<Mail> told = clock.tick();
        assertDelivered(told, to(MAIL.moved(REVIEW, newDue, movedOn, TEN), REVIEWER), "when the review's due date moves");
        assertThat(told.get(0).text()).contains("機　　關：教育處", "已由民國115年3月13日變更為民國115年3月20日");
        assertThat(openTask(agencyProcess(YEAR, EDUCATION), WRITTEN_REVIEW).getDueDate()).isEqualTo(endOfDayInTaipei("2026-03-20"));

        Map<LocalDate, List<String>> expected = new LinkedHashMap<>();
        for (LocalDate on : List.of(LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 19))) {
            expected.put(on, to(MAIL.reminder("教育處", REVIEW, newDue, on), REVIEWER));
        }
        LocalDate mar23 = LocalDate.of(2026, 3, 23);
        expected.put(mar23, to(MAIL.overdue("教育處", REVIEW, newDue, mar23), REVIEWER, ADMIN));
        assertMornings(movedOn.plusDays(1), mar23, expected);
    }

    /**
     * A due date moved onto a holiday, into 116年 (its office calendar only computed from the holiday rules) or into
     * 117年 (not on file) is moved all the same, and the answer says why to look again, in plain words.
     */
    @Test
    void movingADueDateOntoAHolidayOrIntoAYearWithoutAPublishedCalendarMovesItAndWarnsInPlainWords() {
        LocaleContextHolder.setLocale(Locale.TRADITIONAL_CHINESE);
        try {
            CycleView opened = open115(EDUCATION);
            assertThat(opened.warnings()).as("the 115 calendar of the tests is on working days").isEmpty();
            clock.set(LocalDate.of(2026, 2, 4), TEN);
            SignIn.asAdmin();
            String reason = "配合市府年度行事調整核定期限。";

            CycleView onHoliday = deadlineMover.move(YEAR, Stage.APPROVAL,
                    new MoveDeadlineRequest(LocalDate.of(2026, 12, 25), reason));
            assertThat(onHoliday.calendar()).containsEntry(Stage.APPROVAL, LocalDate.of(2026, 12, 25));
            assertThat(onHoliday.warnings()).singleElement().satisfies(w -> {
                assertThat(w.kind()).isEqualTo(CalendarWarning.Kind.HOLIDAY);
                assertThat(w.message()).isEqualTo("115年12月25日是行憲紀念日（放假），不是辦公日。");
            });

            CycleView computed = deadlineMover.move(YEAR, Stage.APPROVAL,
                    new MoveDeadlineRequest(LocalDate.of(2027, 6, 30), reason));
            assertThat(computed.calendar()).containsEntry(Stage.APPROVAL, LocalDate.of(2027, 6, 30));
            assertThat(computed.warnings()).extracting(CalendarWarning::message).containsExactly(
                    "116年（2027年）的辦公日曆尚未公布，放假日是依紀念日及節日規定推算的，正式公布後可能不同。");

            CycleView missing = deadlineMover.move(YEAR, Stage.APPROVAL,
                    new MoveDeadlineRequest(LocalDate.of(2028, 4, 1), reason));
            assertThat(missing.warnings()).extracting(CalendarWarning::kind, CalendarWarning::message).containsExactly(
                    tuple(CalendarWarning.Kind.WEEKEND, "117年4月1日是星期六（週末），不是辦公日。"),
                    tuple(CalendarWarning.Kind.CALENDAR_MISSING,
                            "117年（2028年）的辦公日曆尚未收錄，到期日只扣除週末，未扣除國定假日。"));

            CycleView back = deadlineMover.move(YEAR, Stage.APPROVAL, new MoveDeadlineRequest(APPROVAL_DUE, reason));
            assertThat(back.warnings()).isEmpty();
            assertThat(cycleView(YEAR).warnings()).as("reading the cycle warns of nothing").isEmpty();
            assertThat(deadlineMover.changes(YEAR)).hasSize(4);
            assertThat(clock.tick()).as("nobody works on the approval yet").isEmpty();
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    // --- the two "moved later" cases ------------------------------------------------------------------------------

    /** 教育處's notices for drafting due 24 February (worked out in {@link DueNoticesTest}). */
    private static Map<LocalDate, List<String>> draftingNoticesDueFeb24() {
        Map<LocalDate, List<String>> expected = new LinkedHashMap<>();
        for (LocalDate on : List.of(LocalDate.of(2026, 2, 6), LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 23))) {
            expected.put(on, to(MAIL.reminder("教育處", DRAFTING, DRAFTING_DUE, on), contact(EDUCATION)));
        }
        LocalDate feb25 = LocalDate.of(2026, 2, 25);
        LocalDate mar3 = LocalDate.of(2026, 3, 3);
        expected.put(feb25, to(MAIL.overdue("教育處", DRAFTING, DRAFTING_DUE, feb25), contact(EDUCATION), head(EDUCATION), ADMIN));
        expected.put(mar3, to(MAIL.escalation("教育處", DRAFTING, DRAFTING_DUE, mar3), contact(EDUCATION), head(EDUCATION), ADMIN));
        return expected;
    }

    private void moveDraftingTo20March(LocalDate movedOn) {
        LocalDate newDue = LocalDate.of(2026, 3, 20);
        clock.set(movedOn, TEN);
        SignIn.asAdmin();
        CycleView moved = deadlineMover.move(YEAR, Stage.DRAFTING, new MoveDeadlineRequest(newDue, "教育處因故申請延期，經核准延至3月20日。"));
        assertThat(moved.agencies()).singleElement().satisfies(a -> {
            assertThat(a.dueOn()).isEqualTo(newDue);
            assertThat(a.overdue()).isFalse();
        });
        assertDelivered(clock.tick(), to(MAIL.moved(DRAFTING, newDue, movedOn, TEN), contact(EDUCATION)), "when the due date moves");
    }

    /** From {@code from} to the end of March: exactly the notices of drafting due Friday 20 March. */
    private void expectNoticesDue20March(LocalDate from) {
        LocalDate newDue = LocalDate.of(2026, 3, 20);
        Map<LocalDate, List<String>> expected = new LinkedHashMap<>();
        for (LocalDate on : List.of(LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 19))) {
            expected.put(on, to(MAIL.reminder("教育處", DRAFTING, newDue, on), contact(EDUCATION)));
        }
        LocalDate mar23 = LocalDate.of(2026, 3, 23);
        LocalDate mar26 = LocalDate.of(2026, 3, 26);
        expected.put(mar23, to(MAIL.overdue("教育處", DRAFTING, newDue, mar23), contact(EDUCATION), head(EDUCATION), ADMIN));
        expected.put(mar26, to(MAIL.escalation("教育處", DRAFTING, newDue, mar26), contact(EDUCATION), head(EDUCATION), ADMIN));
        assertMornings(from, LocalDate.of(2026, 3, 31), expected, (day, arrived) -> {
            assertThat(overdueByAgency()).as("overdue on %s", day).containsEntry(EDUCATION, day.isAfter(newDue));
        });
    }

    private static Date nineOn(LocalDate day) {
        return Date.from(ZonedDateTime.of(day, DeadlineClock.NINE, DeadlineClock.TAIPEI).toInstant());
    }
}
