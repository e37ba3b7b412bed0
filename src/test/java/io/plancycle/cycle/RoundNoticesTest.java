package io.plancycle.cycle;

import io.plancycle.review.ReviewRequest;
import io.plancycle.security.PlanCycleUser;
import io.plancycle.support.DeadlineClock;
import io.plancycle.support.DeadlineClock.Mail;
import io.plancycle.support.SignIn;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.plancycle.support.ExpectedMail.APPROVAL;
import static io.plancycle.support.ExpectedMail.APPROVAL_REVISION;
import static io.plancycle.support.ExpectedMail.CONSOLIDATION;
import static io.plancycle.support.ExpectedMail.REVIEW;
import static io.plancycle.support.ExpectedMail.REVISION;
import static io.plancycle.support.ExpectedMail.roc;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps whose due date is not simply the calendar's, or comes late in the year: a second round of written review,
 * the revision the approver asks for, consolidation and final approval. Each is reminded and warned by its own date and
 * never by another step's, to the people who do it. Worked out by hand on the 115 office calendar (weekdays off from
 * February to June: 16–20 and 27 February, 3 and 6 April, 1 May); as in {@link DueNoticesTest} the clock is stepped
 * morning by morning, and at 09:00 exactly the mail stated arrives, or nothing.
 */
class RoundNoticesTest extends DeadlineTestSupport {

    private static final String EDUCATION = "education";
    private static final String POLICE = "police";
    private static final String PERSONNEL = "personnel";
    private static final LocalDate FEB_3 = date(2, 3);

    @Autowired
    ProgressBoard progressBoard;

    /**
     * 教育處 submits on Tuesday 3 February. The first review is due on the calendar's Friday 13 March: the evaluation
     * team is reminded on 4, 10 and 12 March and returns the plan on Thursday 12 March at 10:00. The revision is due on
     * the calendar's Tuesday 31 March: its first reminder, 7 working days before (30, 27, 26, 25, 24, 23, 20 March), on
     * Friday 20 March; 教育處 resubmits on Monday 23 March, before the second (26 March).
     * <p>The second round is due 15 working days after the return (13, 16–20, 23–27, 30, 31 March, 1, 2 April):
     * Thursday 2 April, not the calendar's 13 March, which had passed and would have made it overdue at once. Its
     * reminders: 7 working days before (1 April, 31, 30, 27, 26, 25, 24 March) on Tuesday 24 March, 3 before on Monday
     * 30 March, 1 before on Wednesday 1 April; overdue on the next working day, 3 and 6 April being holidays, Tuesday 7
     * April; the escalation 3 working days later (8, 9, 10 April) on Friday 10 April. Approved on Monday 13 April; the
     * report's first reminder is not before 21 April.
     */
    @Test
    void aSecondReviewRoundIsDueFifteenWorkingDaysAfterTheReturnAndItsNoticesFollowThatDate() {
        open115(EDUCATION);
        LocalDate returnedOn = date(3, 12);
        LocalDate resubmittedOn = date(3, 23);
        LocalDate roundDue = date(4, 2);
        LocalDate reviewedOn = date(4, 13);
        Map<LocalDate, List<String>> expected = new LinkedHashMap<>();
        for (LocalDate on : List.of(date(3, 4), date(3, 10), date(3, 12))) {
            expected.put(on, to(MAIL.reminder("教育處", REVIEW, REVIEW_DUE, on), REVIEWER));
        }
        expected.put(date(3, 20), to(MAIL.reminder("教育處", REVISION, REVISION_DUE, date(3, 20)), contact(EDUCATION)));
        for (LocalDate on : List.of(date(3, 24), date(3, 30), date(4, 1))) {
            expected.put(on, to(MAIL.reminder("教育處", REVIEW, roundDue, on), REVIEWER));
        }
        expected.put(date(4, 7), to(MAIL.overdue("教育處", REVIEW, roundDue, date(4, 7)), REVIEWER, ADMIN));
        expected.put(date(4, 10), to(MAIL.escalation("教育處", REVIEW, roundDue, date(4, 10)), REVIEWER, ADMIN));

        List<Mail> all = assertMornings(OPENING_DAY, date(4, 20), expected, (day, arrived) -> {
            assertAboutTheOpenTask(day, arrived, () -> agencyProcess(YEAR, EDUCATION));
            clock.set(day, TEN);
            if (day.equals(FEB_3)) {
                draftAndSubmit(YEAR, EDUCATION);
                assertDelivered(clock.tick(), to(MAIL.submitted("教育處", day, TEN), REVIEWER), "as 教育處 submits");
            } else if (day.equals(returnedOn)) {
                Long kpi = plan(YEAR, EDUCATION).goals().get(0).kpis().get(0).id();
                review(YEAR, EDUCATION, Decision.RETURN, "請檢討目標值", new ReviewRequest.CommentRequest(kpi, "目標值未見成長"));
                List<Mail> told = clock.tick();
                assertDelivered(told, to(MAIL.returned("教育處", day, TEN), contact(EDUCATION)), "as the plan is returned");
                assertReads(told.get(0), "目標值未見成長", "並於民國115年3月31日前", "（尚餘19日）");
            } else if (day.equals(resubmittedOn)) {
                revise(YEAR, EDUCATION);
                resubmit(YEAR, EDUCATION);
                List<Mail> told = clock.tick();
                assertDelivered(told, to(MAIL.submitted("教育處", day, TEN), REVIEWER), "as 教育處 resubmits: not overdue");
                assertReads(told.get(0), "期限為民國115年4月2日", "（尚餘10日）");
            } else if (day.equals(reviewedOn)) {
                review(YEAR, EDUCATION, Decision.APPROVE, "修正後同意");
                assertDelivered(clock.tick(), to(MAIL.reviewApproved("教育處", day, TEN), contact(EDUCATION)), "as it passes");
            }
            assertThat(board(EDUCATION)).as("教育處 on the board on %s", day).isEqualTo(
                    day.isBefore(FEB_3) ? due("DRAFTING 0", DRAFTING_DUE, day)
                            : day.isBefore(returnedOn) ? due("REVIEW 1", REVIEW_DUE, day)
                            : day.isBefore(resubmittedOn) ? due("REVISION 1", REVISION_DUE, day)
                            : day.isBefore(reviewedOn) ? due("REVIEW 2", roundDue, day) : due("REPORT 2", REPORT_DUE, day));
            if (!day.isBefore(resubmittedOn) && day.isBefore(reviewedOn)) {
                assertThat(tasksOf(SignIn.asReviewer())).containsExactly(due("REVIEW education", roundDue, day));
            }
        });
        assertThat(mailOf(all, contact(EDUCATION), date(3, 20)).text())
                .contains("教育處115年度「滾動修正」將於民國115年3月31日到期，尚餘11日");
        assertThat(mailOf(all, REVIEWER, date(3, 30)).text()).contains("將於民國115年4月2日到期，尚餘3日", "（第2次提醒）");
        assertThat(mailOf(all, ADMIN, date(4, 7)).text()).contains("「書面審查」已於民國115年4月2日到期，目前已逾期5日");
        assertThat(mailOf(all, ADMIN, date(4, 10)).text()).contains("之期限為民國115年4月2日，經提醒後仍未完成，目前已逾期8日");
        assertThat(all).filteredOn(m -> m.arrived().toLocalDate().isAfter(resubmittedOn)).hasSize(3 + 2 + 2)
                .allSatisfy(m -> assertThat(m.text() + m.html()).as(m.line()).doesNotContain(roc(REVIEW_DUE)));
    }

    /**
     * 教育處 and 警察局 go as 教育處 in the test above until the second round's review, due Thursday 2 April: submitted on
     * 3 February, returned on 12 March, reminded of the revision on 20 March, resubmitted on 23 March, the evaluation
     * team reminded on 24 and 30 March and 1 April, told it is overdue on 7 April and escalated on 10 April. On Monday
     * 13 April at 10:00 it returns both plans a second time. Their revision keeps the calendar's Tuesday 31 March, whose
     * overdue notice (Wednesday 1 April) and escalation (2, 7, 8 April: Wednesday 8 April) have passed: each agency's
     * contact, its head and the planning office get the overdue notice at once, with the return, 13 days overdue; the
     * escalation follows 3 working days after that day (14, 15, 16 April) on Thursday 16 April at 09:00, 16 days
     * overdue. 警察局 sends its plan back on Wednesday 15 April, before it: its third round is due 15 working days after
     * the second return (14–17, 20–24, 27–30 April, 4 and 5 May; 1 May is a holiday), Tuesday 5 May, and it gets no
     * escalation. 教育處 does not, and hears nothing more through 22 April.
     */
    @Test
    void aRevisionReturnedAfterItsEscalationDayIsOverdueAtOnceAndEscalatedThreeWorkingDaysLater() {
        open115(EDUCATION, POLICE);
        Map<String, String> names = Map.of(EDUCATION, "教育處", POLICE, "警察局");
        LocalDate returnedOn = date(3, 12);
        LocalDate resubmittedOn = date(3, 23);
        LocalDate roundDue = date(4, 2);
        LocalDate returnedAgainOn = date(4, 13);
        LocalDate policeSendsBackOn = date(4, 15);
        LocalDate escalatedOn = date(4, 16);
        Map<LocalDate, List<String>> expected = new LinkedHashMap<>();
        names.forEach((code, name) -> {
            for (LocalDate on : List.of(date(3, 4), date(3, 10), date(3, 12))) {
                expected.merge(on, to(MAIL.reminder(name, REVIEW, REVIEW_DUE, on), REVIEWER), DeadlineTestSupport::concat);
            }
            expected.merge(date(3, 20), to(MAIL.reminder(name, REVISION, REVISION_DUE, date(3, 20)), contact(code)),
                    DeadlineTestSupport::concat);
            for (LocalDate on : List.of(date(3, 24), date(3, 30), date(4, 1))) {
                expected.merge(on, to(MAIL.reminder(name, REVIEW, roundDue, on), REVIEWER), DeadlineTestSupport::concat);
            }
            expected.merge(date(4, 7), to(MAIL.overdue(name, REVIEW, roundDue, date(4, 7)), REVIEWER, ADMIN),
                    DeadlineTestSupport::concat);
            expected.merge(date(4, 10), to(MAIL.escalation(name, REVIEW, roundDue, date(4, 10)), REVIEWER, ADMIN),
                    DeadlineTestSupport::concat);
        });
        expected.put(escalatedOn, to(MAIL.escalation("教育處", REVISION, REVISION_DUE, escalatedOn),
                contact(EDUCATION), head(EDUCATION), ADMIN));

        List<Mail> all = assertMornings(OPENING_DAY, date(4, 22), expected, (day, arrived) -> {
            names.forEach((code, name) -> assertAboutTheOpenTask(day,
                    arrived.stream().filter(m -> m.subject().contains(name)).toList(), () -> agencyProcess(YEAR, code)));
            clock.set(day, TEN);
            if (day.equals(FEB_3) || day.equals(resubmittedOn)) {
                names.keySet().forEach(code -> {
                    if (day.equals(FEB_3)) {
                        draftAndSubmit(YEAR, code);
                    } else {
                        revise(YEAR, code);
                        resubmit(YEAR, code);
                    }
                });
                assertDelivered(clock.tick(), concat(to(MAIL.submitted("教育處", day, TEN), REVIEWER),
                        to(MAIL.submitted("警察局", day, TEN), REVIEWER)), "as both submit");
            } else if (day.equals(returnedOn) || day.equals(returnedAgainOn)) {
                names.keySet().forEach(code -> {
                    Long kpi = plan(YEAR, code).goals().get(0).kpis().get(0).id();
                    review(YEAR, code, Decision.RETURN, "請檢討目標值", new ReviewRequest.CommentRequest(kpi, "目標值未見成長"));
                });
                List<String> told = concat(to(MAIL.returned("教育處", day, TEN), contact(EDUCATION)),
                        to(MAIL.returned("警察局", day, TEN), contact(POLICE)));
                if (day.equals(returnedAgainOn)) {
                    told = concat(told, to(MAIL.overdue("教育處", REVISION, REVISION_DUE, day, TEN),
                                    contact(EDUCATION), head(EDUCATION), ADMIN),
                            to(MAIL.overdue("警察局", REVISION, REVISION_DUE, day, TEN), contact(POLICE), head(POLICE), ADMIN));
                }
                assertDelivered(clock.tick(), told, "as both plans are returned");
            } else if (day.equals(policeSendsBackOn)) {
                revise(YEAR, POLICE);
                resubmit(YEAR, POLICE);
                List<Mail> told = clock.tick();
                assertDelivered(told, to(MAIL.submitted("警察局", day, TEN), REVIEWER), "as 警察局 sends its plan back");
                assertReads(told.get(0), "期限為民國115年5月5日");
            }
            if (!day.isBefore(returnedAgainOn)) {
                assertThat(board(EDUCATION)).as("教育處 on %s", day).isEqualTo(due("REVISION 2", REVISION_DUE, day));
                assertThat(board(POLICE)).as("警察局 on %s", day).isEqualTo(day.isBefore(policeSendsBackOn)
                        ? due("REVISION 2", REVISION_DUE, day) : due("REVIEW 3", date(5, 5), day));
            }
        });
        assertThat(mailOf(all, head(EDUCATION), escalatedOn).text())
                .contains("「滾動修正」之期限為民國115年3月31日，經提醒後仍未完成，目前已逾期16日");
        assertThat(all).filteredOn(m -> m.subject().contains("警察局") && m.kind().equals("ESCALATION"))
                .as("警察局's escalations: its second review's only").hasSize(2);
    }

    /**
     * 人事處 is done on Tuesday 3 February, so the consolidation waits from then, due on the calendar's Friday 15 May:
     * the planning office is reminded 7 working days before (14, 13, 12, 11, 8, 7, 6 May) on Wednesday 6 May, 3 before
     * on Tuesday 12 May, 1 before on Thursday 14 May, told it is overdue on Monday 18 May and again 3 working days later
     * (19, 20, 21 May) on Thursday 21 May; it does the work, so no one else is told. It consolidates on Friday 22 May.
     * The approval is due on the calendar's Friday 29 May: its reminder 7 working days before (28, 27, 26, 25, 22, 21,
     * 20 May) fell on Wednesday 20 May, before the approver had it, and is never sent; then 26 and 28 May, the overdue
     * notice to the approver and the planning office on Monday 1 June. The approver approves on Tuesday 2 June.
     */
    @Test
    void theConsolidationAndTheApprovalAreEachRemindedByTheirOwnDate() {
        open115(PERSONNEL);
        clock.set(FEB_3, TEN);
        approvedAtOnce(YEAR, PERSONNEL);
        assertDelivered(clock.tick(), approvedAtOnceMail("人事處", PERSONNEL, FEB_3), "as 人事處 is done");
        LocalDate consolidatedOn = date(5, 22);
        LocalDate decidedOn = date(6, 2);
        Map<LocalDate, List<String>> expected = new LinkedHashMap<>();
        for (LocalDate on : List.of(date(5, 6), date(5, 12), date(5, 14))) {
            expected.put(on, to(MAIL.reminder(null, CONSOLIDATION, CONSOLIDATION_DUE, on), ADMIN));
        }
        expected.put(date(5, 18), to(MAIL.overdue(null, CONSOLIDATION, CONSOLIDATION_DUE, date(5, 18)), ADMIN));
        expected.put(date(5, 21), to(MAIL.escalation(null, CONSOLIDATION, CONSOLIDATION_DUE, date(5, 21)), ADMIN));
        for (LocalDate on : List.of(date(5, 26), date(5, 28))) {
            expected.put(on, to(MAIL.reminder(null, APPROVAL, APPROVAL_DUE, on), APPROVER));
        }
        expected.put(date(6, 1), to(MAIL.overdue(null, APPROVAL, APPROVAL_DUE, date(6, 1)), APPROVER, ADMIN));

        List<Mail> all = assertMornings(FEB_3.plusDays(1), date(6, 5), expected, (day, arrived) -> {
            assertAboutTheOpenTask(day, arrived, () -> cycleProcess(YEAR));
            clock.set(day, TEN);
            if (day.equals(consolidatedOn)) {
                assertThat(consolidate(YEAR).stage()).isEqualTo(CycleStage.APPROVAL);
                assertThat(clock.tick()).as("mail as the planning office consolidates").isEmpty();
            } else if (day.equals(decidedOn)) {
                decide(YEAR, Decision.APPROVE, null);
                assertDelivered(clock.tick(), to(MAIL.approved(day, TEN), ADMIN), "as the approver approves");
            }
            boolean consolidating = day.isBefore(consolidatedOn);
            assertThat(tasksOf(SignIn.asAdmin())).as("the planning office's tasks on %s", day)
                    .isEqualTo(consolidating ? List.of(due("CONSOLIDATION", CONSOLIDATION_DUE, day)) : List.of());
            assertThat(tasksOf(SignIn.asApprover())).as("the approver's tasks on %s", day).isEqualTo(
                    !consolidating && day.isBefore(decidedOn) ? List.of(due("APPROVAL", APPROVAL_DUE, day)) : List.of());
        });
        assertThat(all).filteredOn(m -> m.subject().contains("「彙整」")).hasSize(5)
                .allSatisfy(m -> assertThat(m.text() + m.html()).as(m.line()).doesNotContain(roc(APPROVAL_DUE)));
        assertThat(all).filteredOn(m -> m.subject().contains("「核定」")).hasSize(4)
                .allSatisfy(m -> assertThat(m.text() + m.html()).as(m.line()).doesNotContain(roc(CONSOLIDATION_DUE)));
        assertThat(mailOf(all, ADMIN, date(5, 6)).text()).contains("115年度「彙整」將於民國115年5月15日到期，尚餘9日");
        assertThat(mailOf(all, ADMIN, date(5, 21)).text()).contains("之期限為民國115年5月15日，經提醒後仍未完成，目前已逾期6日");
        assertThat(mailOf(all, APPROVER, date(6, 1)).text()).contains("115年度「核定」已於民國115年5月29日到期，目前已逾期3日");
        assertThat(managementService.createJobQuery().count()).as("timers left once the cycle is approved").isZero();
    }

    /**
     * 警察局 and 人事處 are done on Tuesday 3 February and consolidated. On Tuesday 31 March at 10:00 the approver returns
     * 警察局 alone: its contact is told at once, with the reason and the due date, 7 working days later (1, 2, 7, 8, 9, 10,
     * 13 April): Monday 13 April; the planning office learns of the return; 人事處 gets nothing, then or later. The
     * reminder 7 working days before the due date fell at 09:00 that morning, before the return; 3 before (10, 9, 8
     * April) on Wednesday 8 April, 1 before on Friday 10 April; overdue on Tuesday 14 April, to the head and the planning
     * office as well; escalation (15, 16, 17 April) on Friday 17 April. 警察局 sends its plan back on Monday 20 April:
     * the cycle is consolidated again on 21 April and approved on 22 April, and nothing is left to remind of. While it
     * revises, the progress board lists against 警察局 the return and each notice of its revision, as its contact got
     * them.
     */
    @Test
    void theApproversReturnIsMailedToTheAgencyReturnedWhoseRevisionIsRemindedByItsOwnDate() {
        open115(POLICE, PERSONNEL);
        clock.set(FEB_3, TEN);
        approvedAtOnce(YEAR, POLICE);
        approvedAtOnce(YEAR, PERSONNEL);
        consolidate(YEAR);
        assertDelivered(clock.tick(), concat(approvedAtOnceMail("警察局", POLICE, FEB_3),
                approvedAtOnceMail("人事處", PERSONNEL, FEB_3)), "as both are done");
        LocalDate returnedOn = date(3, 31);
        LocalDate revisionDue = date(4, 13);
        LocalDate sentBackOn = date(4, 20);
        String reason = "警察局未達成指標之原因分析過簡，請補充說明並檢討116年目標值";
        Map<LocalDate, List<String>> expected = new LinkedHashMap<>();
        for (LocalDate on : List.of(date(4, 8), date(4, 10))) {
            expected.put(on, to(MAIL.reminder("警察局", APPROVAL_REVISION, revisionDue, on), contact(POLICE)));
        }
        expected.put(date(4, 14), to(MAIL.overdue("警察局", APPROVAL_REVISION, revisionDue, date(4, 14)),
                contact(POLICE), head(POLICE), ADMIN));
        expected.put(date(4, 17), to(MAIL.escalation("警察局", APPROVAL_REVISION, revisionDue, date(4, 17)),
                contact(POLICE), head(POLICE), ADMIN));

        List<String> toPoliceSinceTheReturn = new ArrayList<>();
        List<Mail> all = assertMornings(FEB_3.plusDays(1), date(4, 22), expected, (day, arrived) -> {
            assertAboutTheOpenTask(day, arrived, () -> agencyProcess(YEAR, POLICE));
            arrived.stream().filter(m -> m.address().equals(contact(POLICE))).map(Mail::kind)
                    .forEach(toPoliceSinceTheReturn::add);
            clock.set(day, TEN);
            if (day.equals(returnedOn)) {
                assertThat(returnTo(YEAR, reason, POLICE).stage()).isEqualTo(CycleStage.SUBMISSIONS);
                List<Mail> told = clock.tick();
                assertDelivered(told, concat(to(MAIL.returnedByApprover("警察局", revisionDue, day, TEN), contact(POLICE)),
                        to(MAIL.approverReturned(day, TEN), ADMIN)), "as the approver returns 警察局");
                Mail toPolice = mailOf(told, contact(POLICE), day);
                toPoliceSinceTheReturn.add(toPolice.kind());
                assertThat(toPolice.to()).containsExactly(contact(POLICE));
                assertReads(toPolice, "警察局", "施政計畫經首長", reason, "並於民國115年4月13日前", "（尚餘13日）",
                        APPROVAL_REVISION);
                assertReads(mailOf(told, ADMIN, day), "已通知退回之1個機關依核定意見修正", reason);
            } else if (day.equals(sentBackOn)) {
                resubmit(YEAR, POLICE);
                assertThat(clock.tick()).as("mail as 警察局 sends its plan back").isEmpty();
                assertThat(cycleView(YEAR).stage()).isEqualTo(CycleStage.CONSOLIDATION);
                assertThat(tasksOf(SignIn.asAdmin())).containsExactly(due("CONSOLIDATION", CONSOLIDATION_DUE, day));
            } else if (day.equals(sentBackOn.plusDays(1))) {
                assertThat(consolidate(YEAR).stage()).isEqualTo(CycleStage.APPROVAL);
                assertThat(clock.tick()).isEmpty();
                assertThat(tasksOf(SignIn.asApprover())).containsExactly(due("APPROVAL", APPROVAL_DUE, day));
            } else if (day.equals(sentBackOn.plusDays(2))) {
                decide(YEAR, Decision.APPROVE, null);
                assertDelivered(clock.tick(), to(MAIL.approved(day, TEN), ADMIN), "as the approver approves");
            }
            boolean revising = !day.isBefore(returnedOn) && day.isBefore(sentBackOn);
            assertThat(board(POLICE)).as("警察局 on the board on %s", day)
                    .isEqualTo(revising ? due("APPROVAL_REVISION 1", revisionDue, day) : "DONE 1");
            if (revising) {
                assertThat(boardNotices(POLICE)).as("the notices of 警察局's revision on the board on %s", day)
                        .isEqualTo(toPoliceSinceTheReturn);
            }
            assertThat(tasksOf(SignIn.asAgency(POLICE))).as("警察局's tasks on %s", day)
                    .isEqualTo(revising ? List.of(due("APPROVAL_REVISION police", revisionDue, day)) : List.of());
            assertThat(board(PERSONNEL)).isEqualTo("DONE 1");
            assertThat(tasksOf(SignIn.asAgency(PERSONNEL))).isEmpty();
        });
        assertThat(all).noneMatch(m -> m.address().startsWith(PERSONNEL + "."));
        assertThat(mailOf(all, contact(POLICE), date(4, 8)).text())
                .contains("警察局115年度「依核定意見修正」將於民國115年4月13日到期，尚餘5日");
        assertThat(mailOf(all, head(POLICE), date(4, 14)).text()).contains("已於民國115年4月13日到期，目前已逾期1日，尚未完成");
        assertThat(mailOf(all, ADMIN, date(4, 17)).text()).contains("之期限為民國115年4月13日，經提醒後仍未完成，目前已逾期4日");
        assertThat(cycleView(YEAR).stage()).isEqualTo(CycleStage.APPROVED);
        assertThat(managementService.createJobQuery().count()).as("timers left once the cycle is approved").isZero();
    }

    private static LocalDate date(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    /** A piece of work as the lists below write it: what it is, its due date, and whether it is overdue on {@code day}. */
    private static String due(String what, LocalDate due, LocalDate day) {
        return what + " " + due + (day.isAfter(due) ? " overdue" : "");
    }

    /** The agency's line on the planning office's progress board: step, round, due date (none when done), overdue. */
    private String board(String agency) {
        CycleView.AgencyProgress a = cycleView(YEAR).agencies().stream().filter(p -> p.code().equals(agency))
                .findFirst().orElseThrow();
        SignIn.clear();
        return a.stage() + " " + a.reviewRound() + (a.dueOn() == null ? "" : " " + a.dueOn()) + (a.overdue() ? " overdue" : "");
    }

    /** The kinds of the notices the progress board lists against the agency, as of its current step, oldest first. */
    private List<String> boardNotices(String agency) {
        SignIn.asAdmin();
        List<String> kinds = progressBoard.read(YEAR).notices().get(agency).stream()
                .map(n -> n.kind().name()).toList();
        SignIn.clear();
        return kinds;
    }

    /** The user's task list in the 115 cycle: step, agency (for an agency's step), due date, overdue. */
    private List<String> tasksOf(PlanCycleUser signedIn) {
        List<String> tasks = tasksInCycle(YEAR).stream().map(t -> Stream.of(t.stage(), t.agencyCode(), t.dueOn())
                .filter(Objects::nonNull).map(String::valueOf).collect(Collectors.joining(" "))
                + (t.overdue() ? " overdue" : "")).toList();
        SignIn.clear();
        return tasks;
    }

    /**
     * The morning's notices are about the one open task of the process: sent at 09:00 on a working day, naming the
     * task's due date and linking to the task, in the text and in the HTML.
     */
    private void assertAboutTheOpenTask(LocalDate day, List<Mail> arrived, Supplier<ProcessInstance> process) {
        if (arrived.isEmpty()) {
            return;
        }
        assertThat(isWeekendOrHoliday(day)).as("%s is a working day", day).isFalse();
        Task task = engineTasks.createTaskQuery().processInstanceId(process.get().getId()).singleResult();
        for (Mail mail : arrived) {
            assertThat(mail.sentAt()).as("Date of %s", mail.line())
                    .isEqualTo(ZonedDateTime.of(day, DeadlineClock.NINE, DeadlineClock.TAIPEI).toInstant());
            assertReads(mail, roc(deadlines.dayOf(task.getDueDate())), "/tasks/" + task.getId());
        }
    }
}
