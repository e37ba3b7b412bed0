package io.plancycle.cycle;

import io.plancycle.plan.SubmissionStage;
import io.plancycle.support.DeadlineClock;
import io.plancycle.support.DeadlineClock.Mail;
import io.plancycle.step.Step;
import io.plancycle.support.SignIn;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.plancycle.support.ExpectedMail.APPROVAL;
import static io.plancycle.support.ExpectedMail.DRAFTING;
import static io.plancycle.support.ExpectedMail.REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The notices around a step's due date, as the people concerned get them: reminders 7, 3 and 1 working days before it
 * to whoever does the work, the overdue notice on the first working day after it and the second escalation 3 working
 * days later, to the agency's head and the planning office as well; all at 09:00 Taipei time, never on a weekend or a
 * holiday of the office calendar, never for work that is done. The clock is stepped day by day through the period;
 * every morning nothing arrives at 08:59, and at 09:00 exactly what the calendar says, or nothing.
 */
class DueNoticesTest extends DeadlineTestSupport {

    private static final String EDUCATION = "education";
    private static final String POLICE = "police";
    private static final String FIRE = "fire";
    private static final String PERSONNEL = "personnel";
    private static final String DRAFTING_TIMER = "Timer_DailyNoticeDrafting";

    private static final LocalDate FEB_6 = LocalDate.of(2026, 2, 6);
    private static final LocalDate FEB_12 = LocalDate.of(2026, 2, 12);
    private static final LocalDate FEB_23 = LocalDate.of(2026, 2, 23);
    private static final LocalDate FEB_25 = LocalDate.of(2026, 2, 25);
    private static final LocalDate MAR_3 = LocalDate.of(2026, 3, 3);

    /**
     * The drafting step due Tuesday 24 February 2026, worked out by hand on the 115 office calendar, where 16–20
     * February are the Lunar New Year holidays and 27 February is a holiday too:
     * <ul>
     *   <li>7 working days before: 23, 13, 12, 11, 10, 9, 6 February → reminder 1 on Friday 6 February;</li>
     *   <li>3 working days before: 23, 13, 12 February → reminder 2 on Thursday 12 February;</li>
     *   <li>1 working day before → reminder 3 on Monday 23 February;</li>
     *   <li>first working day after → the overdue notice on Wednesday 25 February;</li>
     *   <li>3 working days after that: 26 February, 2 and 3 March → the escalation on Tuesday 3 March.</li>
     * </ul>
     */
    @Test
    void theDraftingRemindersTheOverdueNoticeAndTheEscalationArriveOnTheirWorkingDaysAtNine() {
        open115(EDUCATION);
        Task drafting = openTask(agencyProcess(YEAR, EDUCATION), DRAFT);
        String contact = contact(EDUCATION);
        String head = head(EDUCATION);

        Map<LocalDate, List<String>> expected = new LinkedHashMap<>();
        expected.put(FEB_6, to("2026-02-06 09:00 REMINDER 【PlanCycle】提醒：教育處115年度「草擬施政計畫」將於民國115年2月24日到期（尚餘18日）", contact));
        expected.put(FEB_12, to("2026-02-12 09:00 REMINDER 【PlanCycle】提醒：教育處115年度「草擬施政計畫」將於民國115年2月24日到期（尚餘12日）", contact));
        expected.put(FEB_23, to("2026-02-23 09:00 REMINDER 【PlanCycle】提醒：教育處115年度「草擬施政計畫」將於民國115年2月24日到期（尚餘1日）", contact));
        expected.put(FEB_25, to("2026-02-25 09:00 OVERDUE 【PlanCycle】逾期通知：教育處115年度「草擬施政計畫」已逾期1日", contact, head, ADMIN));
        expected.put(MAR_3, to("2026-03-03 09:00 ESCALATION 【PlanCycle】逾期陳報：教育處115年度「草擬施政計畫」已逾期7日，請督促辦理", contact, head, ADMIN));

        // Through the whole period and ten days beyond the escalation: nothing else ever arrives.
        List<Mail> all = assertMornings(OPENING_DAY, LocalDate.of(2026, 3, 13), expected, (day, arrived) -> {
            if (!arrived.isEmpty()) {
                assertThat(isWeekendOrHoliday(day)).as("%s is a working day", day).isFalse();
            }
            assertThat(overdueByAgency()).as("education overdue on %s", day).containsEntry(EDUCATION, day.isAfter(DRAFTING_DUE));
        });
        assertThat(all).hasSize(3 + 3 + 3);

        // What each says, as its readers see it.
        for (Mail mail : all) {
            ZonedDateTime nine = ZonedDateTime.of(mail.arrived().toLocalDate(), DeadlineClock.NINE, DeadlineClock.TAIPEI);
            assertThat(mail.sentAt()).as("Date of %s", mail.line()).isEqualTo(nine.toInstant());
            assertReads(mail, "教育處", "115年度", "草擬施政計畫", "民國115年2月24日");
            assertThat(mail.text().lines().filter(line -> line.startsWith("辦理連結："))).as("the link to the task")
                    .singleElement().asString().contains(drafting.getId());
            if (mail.kind().equals("REMINDER")) {
                assertThat(mail.to()).as("a reminder goes to the agency's contact only").containsExactly(contact);
            } else {
                assertThat(mail.to()).as("%s goes to the contact, the head and the planning office", mail.kind())
                        .containsExactlyInAnyOrder(contact, head, ADMIN);
            }
        }
        assertThat(mailOf(all, contact, FEB_6).text()).contains("將於民國115年2月24日到期，尚餘18日").doesNotContain("次提醒");
        assertThat(mailOf(all, contact, FEB_12).text()).contains("尚餘12日", "（第2次提醒）");
        assertThat(mailOf(all, contact, FEB_23).text()).contains("尚餘1日", "（第3次提醒）");
        assertThat(mailOf(all, head, FEB_25).text()).contains("已於民國115年2月24日到期，目前已逾期1日，尚未完成");
        assertThat(mailOf(all, ADMIN, MAR_3).text()).contains("之期限為民國115年2月24日，經提醒後仍未完成，目前已逾期7日，特此陳報");

        // The task is still the agency's to do, and its daily notice timer waits for the next morning.
        ProcessInstance instance = agencyProcess(YEAR, EDUCATION);
        assertThat(noticeTimers(instance, DRAFTING_TIMER)).singleElement().extracting(Job::getDuedate)
                .isEqualTo(Date.from(ZonedDateTime.of(LocalDate.of(2026, 3, 14), DeadlineClock.NINE, DeadlineClock.TAIPEI).toInstant()));
        assertThat(openTask(instance, DRAFT).getId()).isEqualTo(drafting.getId());
        SignIn.asAgency(EDUCATION);
        assertThat(tasksInCycle(YEAR)).singleElement().satisfies(t -> {
            assertThat(t.dueOn()).isEqualTo(DRAFTING_DUE);
            assertThat(t.overdue()).isTrue();
        });
    }

    /**
     * 警察局 submits on 3 February, before its first reminder: it never gets a drafting notice. 消防局 submits on 10
     * February, between the first and the second: it gets the first only. 教育處 does not submit and gets all three
     * reminders, the overdue notice and the escalation. The evaluation team learns of each submission as it is made.
     */
    @Test
    void workDoneBeforeAReminderIsNotRemindedOf() {
        CycleView opened = open115(EDUCATION, POLICE, FIRE);
        assertThat(opened.agencies()).as("in batches of two, the first two drafting as the cycle opens").hasSize(2);
        assertThat(timesPassed(cycleProcess(YEAR), START_SUBMISSIONS)).as("the third started by a job after").isEqualTo(2);
        assertThat(cycleView(YEAR).agencies()).extracting(CycleView.AgencyProgress::stage)
                .containsExactly(SubmissionStage.DRAFTING, SubmissionStage.DRAFTING, SubmissionStage.DRAFTING);
        Map<LocalDate, List<String>> expected = new LinkedHashMap<>();
        expected.put(FEB_6, concat(
                to(MAIL.reminder("教育處", DRAFTING, DRAFTING_DUE, FEB_6), contact(EDUCATION)),
                to(MAIL.reminder("消防局", DRAFTING, DRAFTING_DUE, FEB_6), contact(FIRE))));
        expected.put(FEB_12, to(MAIL.reminder("教育處", DRAFTING, DRAFTING_DUE, FEB_12), contact(EDUCATION)));
        expected.put(FEB_23, to(MAIL.reminder("教育處", DRAFTING, DRAFTING_DUE, FEB_23), contact(EDUCATION)));
        expected.put(FEB_25, to(MAIL.overdue("教育處", DRAFTING, DRAFTING_DUE, FEB_25), contact(EDUCATION), head(EDUCATION), ADMIN));
        expected.put(MAR_3, to(MAIL.escalation("教育處", DRAFTING, DRAFTING_DUE, MAR_3), contact(EDUCATION), head(EDUCATION), ADMIN));

        List<Mail> all = assertMornings(OPENING_DAY, MAR_3, expected, (day, arrived) -> {
            if (day.equals(LocalDate.of(2026, 2, 3))) {
                clock.set(day, TEN);
                draftAndSubmit(YEAR, POLICE);
                List<Mail> submitted = clock.tick();
                assertDelivered(submitted, to(MAIL.submitted("警察局", day, TEN), REVIEWER), "at " + clock.now());
                assertThat(submitted.get(0).text()).contains("期　　限：民國115年3月13日（尚餘38日）");
                assertThat(noticeTimers(agencyProcess(YEAR, POLICE), DRAFTING_TIMER))
                        .as("police's drafting notices ended with its drafting").isEmpty();
            }
            if (day.equals(LocalDate.of(2026, 2, 10))) {
                clock.set(day, TEN);
                draftAndSubmit(YEAR, FIRE);
                assertDelivered(clock.tick(), to(MAIL.submitted("消防局", day, TEN), REVIEWER), "at " + clock.now());
            }
        });
        assertThat(all).noneMatch(m -> m.address().startsWith(POLICE + "."));
        assertThat(all).filteredOn(m -> m.address().startsWith(FIRE + ".")).hasSize(1);
        assertThat(all).filteredOn(m -> m.address().startsWith(EDUCATION + ".")).hasSize(3 + 2 + 2);
        assertThat(overdueByAgency()).containsExactlyInAnyOrderEntriesOf(Map.of(EDUCATION, true, POLICE, false, FIRE, false));
    }

    /**
     * 人事處 submits at once, but the evaluation team does not review it: the team gets the reminders of the review due
     * 13 March (4, 10 and 12 March), then with the planning office the overdue notice (16 March) and the escalation
     * (19 March); the planning office sees 人事處 overdue at its review. Once reviewed, nothing more.
     */
    @Test
    void theEvaluationTeamIsRemindedOfItsReviewAndToldWhenItIsOverdue() {
        open115(PERSONNEL);
        LocalDate submittedOn = LocalDate.of(2026, 2, 3);
        LocalDate reviewedOn = LocalDate.of(2026, 3, 20);
        Map<LocalDate, List<String>> expected = new LinkedHashMap<>();
        // 7 working days before Friday 13 March: 12, 11, 10, 9, 6, 5, 4 March; 3 before: 12, 11, 10; 1 before: 12.
        expected.put(LocalDate.of(2026, 3, 4), to(MAIL.reminder("人事處", REVIEW, REVIEW_DUE, LocalDate.of(2026, 3, 4)), REVIEWER));
        expected.put(LocalDate.of(2026, 3, 10), to(MAIL.reminder("人事處", REVIEW, REVIEW_DUE, LocalDate.of(2026, 3, 10)), REVIEWER));
        expected.put(LocalDate.of(2026, 3, 12), to(MAIL.reminder("人事處", REVIEW, REVIEW_DUE, LocalDate.of(2026, 3, 12)), REVIEWER));
        // Overdue on Monday 16 March; 3 working days later (17, 18, 19 March) the escalation.
        expected.put(LocalDate.of(2026, 3, 16), to(MAIL.overdue("人事處", REVIEW, REVIEW_DUE, LocalDate.of(2026, 3, 16)), REVIEWER, ADMIN));
        expected.put(LocalDate.of(2026, 3, 19), to(MAIL.escalation("人事處", REVIEW, REVIEW_DUE, LocalDate.of(2026, 3, 19)), REVIEWER, ADMIN));

        assertMornings(OPENING_DAY, LocalDate.of(2026, 3, 31), expected, (day, arrived) -> {
            if (day.equals(submittedOn)) {
                clock.set(day, TEN);
                draftAndSubmit(YEAR, PERSONNEL);
                assertDelivered(clock.tick(), to(MAIL.submitted("人事處", day, TEN), REVIEWER), "at " + clock.now());
            }
            if (day.isAfter(submittedOn) && !day.isAfter(reviewedOn)) {
                CycleView.AgencyProgress progress = cycleView(YEAR).agencies().get(0);
                assertThat(progress.stage().name()).isEqualTo("REVIEW");
                assertThat(progress.dueOn()).isEqualTo(REVIEW_DUE);
                assertThat(progress.overdue()).as("人事處 overdue on %s", day).isEqualTo(day.isAfter(REVIEW_DUE));
                SignIn.asReviewer();
                assertThat(tasksInCycle(YEAR)).singleElement().satisfies(t -> assertThat(t.overdue()).isEqualTo(day.isAfter(REVIEW_DUE)));
            }
            if (day.equals(reviewedOn)) {
                clock.set(day, TEN);
                review(YEAR, PERSONNEL, Decision.APPROVE, "內容完整，同意");
                assertDelivered(clock.tick(), to(MAIL.reviewApproved("人事處", day, TEN), contact(PERSONNEL)), "at " + clock.now());
                assertThat(overdueByAgency()).containsEntry(PERSONNEL, false);
            }
        });
    }

    /**
     * The cycle's own steps: the planning office consolidates at once, the approver does not decide. The approver gets
     * the reminders of the approval due Friday 29 May (20, 26 and 28 May), then with the planning office the overdue
     * notice on Monday 1 June and the escalation on Thursday 4 June; the approver's task list shows the task overdue.
     */
    @Test
    void theApproverIsRemindedOfTheFinalApprovalAndToldWhenItIsOverdue() {
        open115(PERSONNEL);
        LocalDate done = LocalDate.of(2026, 2, 3);
        LocalDate decidedOn = LocalDate.of(2026, 6, 10);
        clock.set(done, TEN);
        approvedAtOnce(YEAR, PERSONNEL);
        consolidate(YEAR);
        assertDelivered(clock.tick(), approvedAtOnceMail("人事處", PERSONNEL, done), "as 人事處 is done");
        assertThat(cycleView(YEAR).stage()).isEqualTo(CycleStage.APPROVAL);

        Map<LocalDate, List<String>> expected = new LinkedHashMap<>();
        // 7 working days before Friday 29 May: 28, 27, 26, 25, 22, 21, 20 May; 3 before: 28, 27, 26; 1 before: 28.
        for (LocalDate on : List.of(LocalDate.of(2026, 5, 20), LocalDate.of(2026, 5, 26), LocalDate.of(2026, 5, 28))) {
            expected.put(on, to(MAIL.reminder(null, APPROVAL, APPROVAL_DUE, on), APPROVER));
        }
        // Overdue on Monday 1 June; 2, 3, 4 June: the escalation on Thursday 4 June.
        expected.put(LocalDate.of(2026, 6, 1), to(MAIL.overdue(null, APPROVAL, APPROVAL_DUE, LocalDate.of(2026, 6, 1)), APPROVER, ADMIN));
        expected.put(LocalDate.of(2026, 6, 4), to(MAIL.escalation(null, APPROVAL, APPROVAL_DUE, LocalDate.of(2026, 6, 4)), APPROVER, ADMIN));

        assertMornings(done.plusDays(1), decidedOn, expected, (day, arrived) -> {
            if (day.equals(LocalDate.of(2026, 5, 29)) || day.equals(LocalDate.of(2026, 6, 1))) {
                SignIn.asApprover();
                assertThat(tasksInCycle(YEAR)).singleElement().satisfies(t -> {
                    assertThat(t.stage()).isEqualTo(Step.APPROVAL);
                    assertThat(t.dueOn()).isEqualTo(APPROVAL_DUE);
                    assertThat(t.overdue()).isEqualTo(day.isAfter(APPROVAL_DUE));
                });
            }
        });
        clock.set(decidedOn, TEN);
        decide(YEAR, Decision.APPROVE, null);
        assertDelivered(clock.tick(), to(MAIL.approved(decidedOn, TEN), ADMIN), "when the approver decides");
        assertThat(managementService.createJobQuery().count()).as("notice timers left once the cycle is approved").isZero();
    }

    /**
     * 教育處 submits on Monday 16 March, after the review's due date (Friday 13 March) has passed: the evaluation team's
     * mail gives the review's due date as 3 days overdue, the review's overdue notice goes out at once to the
     * evaluation team and the planning office, and the planning office sees 教育處 overdue at its review from the moment
     * it gets there. The review's escalation follows on its day, and nothing else.
     */
    @Test
    void aPlanSubmittedAfterTheReviewDueDateReachesTheEvaluationTeamAsOverdue() {
        open115(EDUCATION);
        LocalDate mar16 = LocalDate.of(2026, 3, 16);
        List<Mail> drafting = new ArrayList<>();
        for (LocalDate day : DeadlineClock.days(OPENING_DAY, mar16)) {
            drafting.addAll(clock.morningOf(day));
        }
        assertThat(drafting).as("the drafting notices (3 reminders, overdue and escalation to 3)").hasSize(3 + 3 + 3);

        clock.set(mar16, TEN);
        draftAndSubmit(YEAR, EDUCATION);
        List<Mail> told = clock.tick();
        assertDelivered(told, concat(to(MAIL.submitted("教育處", mar16, TEN), REVIEWER),
                to(MAIL.overdue("教育處", REVIEW, REVIEW_DUE, mar16, TEN), REVIEWER, ADMIN)),
                "when 教育處 submits");
        Mail submitted = told.stream().filter(m -> m.kind().equals("SUBMITTED")).findFirst().orElseThrow();
        assertThat(submitted.text()).contains("期限為民國115年3月13日", "期　　限：民國115年3月13日（已逾期3日）")
                .doesNotContain("今日到期");
        assertThat(submitted.html()).contains("（已逾期3日）").doesNotContain("今日到期");
        assertThat(clock.tick()).as("the overdue notice is sent once").isEmpty();
        // Review due Friday 13 March; overdue notice day Monday 16 March; escalation three working days later.
        LocalDate mar19 = LocalDate.of(2026, 3, 19);
        assertMornings(mar16.plusDays(1), LocalDate.of(2026, 3, 31), Map.of(mar19,
                to(MAIL.escalation("教育處", REVIEW, REVIEW_DUE, mar19), REVIEWER, ADMIN)));
        assertThat(cycleView(YEAR).agencies()).singleElement().satisfies(a -> {
            assertThat(a.stage().name()).isEqualTo("REVIEW");
            assertThat(a.dueOn()).isEqualTo(REVIEW_DUE);
            assertThat(a.overdue()).isTrue();
        });
    }

    /**
     * On 6 February at 09:00 教育處's first reminder cannot be queued (the notifications table is away for the
     * moment): the daily timer's job fails and waits ten minutes for its retry, and the next morning's timer is set all
     * the same. The retry at 09:10 sends the reminder, once; the second comes on its day.
     */
    @Test
    void aNoticeThatFailsIsRetriedAndTheDailyTimerGoesOn() {
        open115(EDUCATION);
        ProcessInstance instance = agencyProcess(YEAR, EDUCATION);
        assertMornings(OPENING_DAY, FEB_6.minusDays(1), Map.of());
        clock.set(FEB_6, DeadlineClock.NINE);
        Job timer = noticeTimers(instance, DRAFTING_TIMER).get(0);
        jdbc.execute("alter table notification rename to notification_away");
        try {
            assertThatThrownBy(() -> managementService.executeJob(timer.getId()))
                    .hasStackTraceContaining("NOTIFICATION");
        } finally {
            jdbc.execute("alter table notification_away rename to notification");
        }
        Job failed = managementService.createJobQuery().jobId(timer.getId()).singleResult();
        assertThat(failed.getRetries()).as("retries left of R5/PT10M").isEqualTo(4);
        assertThat(failed.getDuedate()).as("retried ten minutes later")
                .isEqualTo(Date.from(clock.now().plusMinutes(10).toInstant()));
        assertThat(noticeTimers(instance, DRAFTING_TIMER)).extracting(Job::getDuedate).as("and the next morning's timer")
                .contains(Date.from(ZonedDateTime.of(FEB_6.plusDays(1), DeadlineClock.NINE, DeadlineClock.TAIPEI).toInstant()));
        assertThat(clock.tick()).as("mail before the retry").isEmpty();

        LocalTime retried = LocalTime.of(9, 10);
        clock.set(FEB_6, retried);
        assertDelivered(clock.tick(), to(MAIL.reminder("教育處", DRAFTING, DRAFTING_DUE, FEB_6, retried),
                contact(EDUCATION)), "at 09:10, the retry");
        assertMornings(FEB_6.plusDays(1), FEB_12, Map.of(FEB_12,
                to(MAIL.reminder("教育處", DRAFTING, DRAFTING_DUE, FEB_12), contact(EDUCATION))));
    }
}
