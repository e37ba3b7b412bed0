package io.plancycle.cycle;

import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.plan.TargetKind;
import io.plancycle.step.Step;
import io.plancycle.support.SignIn;
import io.plancycle.problem.InvalidInputException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static io.plancycle.cycle.ProcessAssertions.assertThat;
import static io.plancycle.cycle.ProcessAssertions.processInstanceQuery;
import static io.plancycle.cycle.ProcessAssertions.task;
import static io.plancycle.cycle.ProcessAssertions.taskQuery;

/**
 * The year's cycle (annualCycle): every agency's submission runs in its own process; when all are done the planning
 * office consolidates and the approver approves, or returns it with a reason to chosen agencies, which revise before
 * the cycle is consolidated again.
 */
class AnnualCycleProcessTest extends ProcessTestSupport {

    private static final String CIVIL_AFFAIRS = "civil-affairs";
    private static final String POLICE = "police";
    private static final String PERSONNEL = "personnel";

    @Test
    void agenciesApprovedAtOnceReportAndWhenAllAreDoneTheCycleIsConsolidatedAndApproved() {
        // The planning office opens the 110 cycle (2021) for two agencies.
        CycleView opened = open(110, calendar("2021-03-31", "2021-04-30", "2021-05-31", "2021-06-30", "2021-07-15", "2021-07-31"),
                CIVIL_AFFAIRS, POLICE);
        assertThat(opened.stage()).isEqualTo(CycleStage.SUBMISSIONS);
        assertThat(opened.agencies())
                .extracting(CycleView.AgencyProgress::code, CycleView.AgencyProgress::stage,
                        CycleView.AgencyProgress::reviewRound, CycleView.AgencyProgress::dueOn)
                .containsExactly(tuple(CIVIL_AFFAIRS, SubmissionStage.DRAFTING, 0, LocalDate.parse("2021-03-31")),
                        tuple(POLICE, SubmissionStage.DRAFTING, 0, LocalDate.parse("2021-03-31")));
        assertThat(opened.agencies()).as("drafting was due on 2021-03-31, long past: both are late")
                .allMatch(CycleView.AgencyProgress::overdue);
        ProcessInstance cycle = cycleProcess(110);
        assertThat(cycle).isActive().isWaitingAt(AWAIT_SUBMISSIONS);
        assertThat(timesPassed(cycle, START_SUBMISSIONS)).as("two agencies: one batch").isEqualTo(1);
        assertThat(processInstanceQuery().superProcessInstanceId(cycle.getId()).count())
                .as("each agency's submission is a process instance of its own, not called by the cycle's").isZero();
        ProcessInstance civilAffairs = agencyProcess(110, CIVIL_AFFAIRS);
        ProcessInstance police = agencyProcess(110, POLICE);

        // Each agency drafts: its own task, due at the end of the drafting day in Taipei.
        assertThat(civilAffairs).isWaitingAt(DRAFT);
        assertThat(task(civilAffairs)).hasDefinitionKey(DRAFT).hasDueDate(endOfDayInTaipei("2021-03-31"));
        assertThat(candidateGroups(task(civilAffairs))).containsExactly(CIVIL_AFFAIRS);
        assertThat(candidateGroups(task(police))).containsExactly(POLICE);
        SignIn.asAgency(CIVIL_AFFAIRS);
        assertThat(tasksInCycle(110)).as("civil-affairs' task list: its own draft only")
                .extracting(TaskView::agencyCode, TaskView::stage, TaskView::dueOn)
                .containsExactly(tuple(CIVIL_AFFAIRS, Step.DRAFTING, LocalDate.parse("2021-03-31")));
        PlanView draft = plan(110, CIVIL_AFFAIRS);
        assertThat(draft.stage()).isEqualTo(SubmissionStage.DRAFTING);
        assertThat(draft.reviewRound()).isZero();
        assertThat(draft.stageDueOn()).isEqualTo(LocalDate.parse("2021-03-31"));
        assertThat(draft.goals()).as("the draft starts from the published plan").isNotEmpty();

        // civil-affairs submits its draft: the evaluation team's written review, round 1.
        draftAndSubmit(110, CIVIL_AFFAIRS);
        assertThat(civilAffairs).isWaitingAt(WRITTEN_REVIEW);
        assertThat(task(civilAffairs)).hasDueDate(endOfDayInTaipei("2021-04-30"));
        assertThat(candidateGroups(task(civilAffairs))).containsExactly("evaluation-team");
        PlanView submitted = plan(110, CIVIL_AFFAIRS);
        assertThat(submitted.stage()).isEqualTo(SubmissionStage.REVIEW);
        assertThat(submitted.reviewRound()).isEqualTo(1);
        assertThat(submitted.stageDueOn()).isEqualTo(LocalDate.parse("2021-04-30"));
        SignIn.asReviewer();
        assertThat(tasksInCycle(110)).as("the evaluation team's task list")
                .extracting(TaskView::agencyCode, TaskView::stage, TaskView::dueOn)
                .containsExactly(tuple(CIVIL_AFFAIRS, Step.REVIEW, LocalDate.parse("2021-04-30")));

        // The evaluation team approves at once: civil-affairs files its performance report.
        review(110, CIVIL_AFFAIRS, Decision.APPROVE, "內容完整，同意");
        assertThat(civilAffairs).isWaitingAt(PERFORMANCE_REPORT);
        assertThat(task(civilAffairs)).hasDueDate(endOfDayInTaipei("2021-06-30"));
        assertThat(candidateGroups(task(civilAffairs))).containsExactly(CIVIL_AFFAIRS);
        PlanView approved = plan(110, CIVIL_AFFAIRS);
        assertThat(approved.stage()).isEqualTo(SubmissionStage.REPORT);
        assertThat(approved.reviewRound()).isEqualTo(1);
        assertThat(approved.stageDueOn()).isEqualTo(LocalDate.parse("2021-06-30"));

        fileReport(110, CIVIL_AFFAIRS);
        assertThat(civilAffairs).isEnded()
                .hasPassedInOrder(DRAFT, WRITTEN_REVIEW, PERFORMANCE_REPORT, SUBMISSION_DONE)
                .hasNotPassed(REVISE);
        PlanView done = plan(110, CIVIL_AFFAIRS);
        assertThat(done.stage()).isEqualTo(SubmissionStage.DONE);
        assertThat(done.stageDueOn()).isNull();
        var reported = done.goals().stream().flatMap(g -> g.kpis().stream())
                .filter(kpi -> kpi.targets().get(109) != null && kpi.targets().get(109).kind() != TargetKind.NONE).toList();
        assertThat(reported).as("civil-affairs' KPIs with a 109 target").isNotEmpty();
        assertThat(reported).allSatisfy(kpi -> {
            PlanView.ActualView actual = kpi.actuals().get(109);
            assertThat(actual).as("109 actual of 「%s」", kpi.name()).isNotNull();
            assertThat(actual.finalReport()).as("in the performance report: 「%s」", kpi.name()).isTrue();
            assertThat(actual.met()).as("target met: 「%s」", kpi.name()).isTrue();
            TargetKind kind = kpi.targets().get(109).kind();
            if (kind == TargetKind.NUMBER || kind == TargetKind.CEILING) {
                assertThat(actual.rate()).as("achievement rate of 「%s」", kpi.name()).isEqualByComparingTo("100");
            }
        });

        // civil-affairs is done: the cycle still waits for the police.
        assertThat(cycle).isWaitingAt(AWAIT_SUBMISSIONS);
        assertThat(taskQuery().processInstanceId(cycle.getId()).count()).as("no consolidation before the police is done")
                .isZero();
        CycleView halfway = cycleView(110);
        assertThat(halfway.stage()).isEqualTo(CycleStage.SUBMISSIONS);
        assertThat(halfway.agencies()).extracting(CycleView.AgencyProgress::code, CycleView.AgencyProgress::stage,
                        CycleView.AgencyProgress::overdue)
                .containsExactly(tuple(CIVIL_AFFAIRS, SubmissionStage.DONE, false),
                        tuple(POLICE, SubmissionStage.DRAFTING, true));

        // The police goes the same way; with every agency done the planning office consolidates.
        approvedAtOnce(110, POLICE);
        assertThat(police).isEnded().hasNotPassed(REVISE);
        assertThat(cycle).as("the last agency done moves the cycle on").isWaitingAt(CONSOLIDATE);
        assertThat(task(cycle)).hasDueDate(endOfDayInTaipei("2021-07-15"));
        assertThat(candidateGroups(task(cycle))).containsExactly("administrators");
        CycleView consolidating = cycleView(110);
        assertThat(consolidating.stage()).isEqualTo(CycleStage.CONSOLIDATION);
        assertThat(consolidating.agencies()).extracting(CycleView.AgencyProgress::stage)
                .containsOnly(SubmissionStage.DONE);
        SignIn.asAdmin();
        assertThat(tasksInCycle(110)).extracting(TaskView::stage, TaskView::dueOn)
                .containsExactly(tuple(Step.CONSOLIDATION, LocalDate.parse("2021-07-15")));

        // Consolidated, it goes to the approver.
        assertThat(consolidate(110).stage()).isEqualTo(CycleStage.APPROVAL);
        assertThat(cycle).isWaitingAt(FINAL_APPROVAL);
        assertThat(task(cycle)).hasDueDate(endOfDayInTaipei("2021-07-31"));
        assertThat(candidateGroups(task(cycle))).containsExactly("approvers");
        SignIn.asApprover();
        assertThat(tasksInCycle(110)).extracting(TaskView::stage).containsExactly(Step.APPROVAL);

        // The approver approves: the cycle is over.
        CycleView decided = decide(110, Decision.APPROVE, null);
        assertThat(cycle).isEnded()
                .hasPassedInOrder(START_SUBMISSIONS, AWAIT_SUBMISSIONS, CONSOLIDATE, FINAL_APPROVAL, CYCLE_APPROVED);
        assertThat(decided.stage()).isEqualTo(CycleStage.APPROVED);
        CycleView approvedCycle = cycleView(110);
        assertThat(approvedCycle.stage()).isEqualTo(CycleStage.APPROVED);
        assertThat(approvedCycle.approvedAt()).isNotNull();
        assertThat(approvedCycle.approvals()).extracting(CycleView.ApprovalView::decision,
                        CycleView.ApprovalView::reason, CycleView.ApprovalView::approver)
                .containsExactly(tuple("APPROVE", null, "approver"));
    }

    @Test
    void theApproverReturnsChosenAgenciesWhichReviseByItsReasonThenTheCycleIsConsolidatedAndApprovedAgain() {
        open(112, calendar("2023-03-31", "2023-04-28", "2023-05-31", "2023-06-30", "2023-07-14", "2023-07-31"),
                PERSONNEL, POLICE);
        ProcessInstance cycle = cycleProcess(112);
        approvedAtOnce(112, PERSONNEL);
        approvedAtOnce(112, POLICE);
        assertThat(cycle).isWaitingAt(CONSOLIDATE);
        assertThat(task(cycle)).as("consolidation is due on its own date").hasDueDate(endOfDayInTaipei("2023-07-14"));
        consolidate(112);
        assertThat(cycle).isWaitingAt(FINAL_APPROVAL);
        assertThat(task(cycle)).hasDueDate(endOfDayInTaipei("2023-07-31"));

        // A return needs its reason, and names only agencies of the cycle: refused, nothing changes.
        assertThatThrownBy(() -> decide(112, Decision.RETURN, " ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> returnTo(112, "理由", "fire")).isInstanceOf(InvalidInputException.class);
        assertThat(cycle).isWaitingAt(FINAL_APPROVAL);
        assertThat(cycleView(112).approvals()).isEmpty();

        // The approver returns the personnel office alone: it revises by the approver's reason; the police waits.
        String reason = "人事處績效報告請補充未達成指標之原因分析";
        CycleView returned = returnTo(112, reason, PERSONNEL);
        assertThat(returned.stage()).isEqualTo(CycleStage.SUBMISSIONS);
        assertThat(cycle).isWaitingAt(AWAIT_SUBMISSIONS);
        ProcessInstance personnel = agencyProcess(112, PERSONNEL);
        assertThat(personnel).isWaitingAt(REVISE_FOR_APPROVAL);
        LocalDate revisionDue = workingDays.workingDaysAfter(deadlines.today(), 7);
        assertThat(task(personnel)).hasDueDate(endOfDayInTaipei(revisionDue.toString()));
        assertThat(candidateGroups(task(personnel))).containsExactly(PERSONNEL);
        assertThat(processInstanceQuery().processInstanceBusinessKey(ProcessModel.businessKey(112, POLICE)).count())
                .as("the police is not returned: no process runs for it").isZero();
        assertThat(cycleView(112).agencies())
                .extracting(CycleView.AgencyProgress::code, CycleView.AgencyProgress::stage, CycleView.AgencyProgress::dueOn)
                .containsExactly(tuple(PERSONNEL, SubmissionStage.APPROVAL_REVISION, revisionDue),
                        tuple(POLICE, SubmissionStage.DONE, null));
        assertThat(cycleView(112).approvals()).extracting(CycleView.ApprovalView::decision,
                        CycleView.ApprovalView::reason, CycleView.ApprovalView::returnedAgencies)
                .containsExactly(tuple("RETURN", reason, java.util.List.of(PERSONNEL)));
        SignIn.asAgency(POLICE);
        assertThat(tasksInCycle(112)).isEmpty();

        // The personnel office sends its plan back: straight back to consolidation, no written review.
        resubmit(112, PERSONNEL);
        assertThat(personnel).isEnded().hasPassed(REVISE_FOR_APPROVAL).hasNotPassed(DRAFT, WRITTEN_REVIEW);
        assertThat(plan(112, PERSONNEL).stage()).isEqualTo(SubmissionStage.DONE);
        assertThat(cycle).isWaitingAt(CONSOLIDATE);
        assertThat(task(cycle)).hasDueDate(endOfDayInTaipei("2023-07-14"));

        // Consolidated again and approved.
        assertThat(consolidate(112).stage()).isEqualTo(CycleStage.APPROVAL);
        decide(112, Decision.APPROVE, null);
        assertThat(cycle).isEnded();
        assertThat(timesPassed(cycle, CONSOLIDATE)).isEqualTo(2);
        assertThat(timesPassed(cycle, FINAL_APPROVAL)).isEqualTo(2);
        CycleView approved = cycleView(112);
        assertThat(approved.stage()).isEqualTo(CycleStage.APPROVED);
        assertThat(approved.approvals()).extracting(CycleView.ApprovalView::decision, CycleView.ApprovalView::reason)
                .containsExactly(tuple("RETURN", reason), tuple("APPROVE", null));
    }
}
