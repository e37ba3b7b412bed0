package io.plancycle.cycle;

import io.plancycle.plan.Direction;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.plan.TargetKind;
import io.plancycle.review.ReviewRequest;
import io.plancycle.review.ReviewView;
import io.plancycle.plan.RevisionKind;
import io.plancycle.revision.RevisionRequest;
import io.plancycle.revision.RevisionView;
import io.plancycle.support.SignIn;
import io.plancycle.problem.WrongStageException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static io.plancycle.cycle.ProcessAssertions.assertThat;
import static io.plancycle.cycle.ProcessAssertions.task;

/**
 * One agency's submission (agencySubmission) when the written review returns it: the agency revises its targets,
 * each change with a reason, and resubmits, as many rounds as the evaluation team needs.
 */
class AgencySubmissionProcessTest extends ProcessTestSupport {

    private static final String EDUCATION = "education";
    private static final String FIRE = "fire";

    @Test
    void returnedOnceRevisedAndResubmittedThenApproved() {
        open(111, calendar("2022-03-31", "2022-04-29", "2022-05-31", "2022-06-30", "2022-07-15", "2022-07-29"), EDUCATION);
        ProcessInstance cycle = cycleProcess(111);
        ProcessInstance education = agencyProcess(111, EDUCATION);
        PlanView submitted = draftAndSubmit(111, EDUCATION);
        assertThat(education).isWaitingAt(WRITTEN_REVIEW);
        assertThat(submitted.reviewRound()).isEqualTo(1);
        PlanView.KpiView kpi = kpiToRaise(submitted, 111);

        // Round 1: the evaluation team returns it, with a comment on one KPI.
        String comment = "110年目標值未見成長，請檢討111年目標";
        review(111, EDUCATION, Decision.RETURN, "請依意見滾動修正目標值",
                new ReviewRequest.CommentRequest(kpi.id(), comment));
        assertThat(education).isWaitingAt(REVISE);
        assertThat(task(education)).hasDueDate(endOfDayInTaipei("2022-05-31"));
        assertThat(candidateGroups(task(education))).containsExactly(EDUCATION);
        PlanView returned = plan(111, EDUCATION);
        assertThat(returned.stage()).isEqualTo(SubmissionStage.REVISION);
        assertThat(returned.reviewRound()).isEqualTo(1);
        assertThat(returned.stageDueOn()).isEqualTo(LocalDate.parse("2022-05-31"));

        // The agency raises the KPI's 111 target, with its reason, and resubmits: round 2.
        String before = kpi.targets().get(111).raw();
        String after = raised(kpi.targets().get(111));
        List<RevisionView> recorded = revise(111, EDUCATION, targetChange(kpi, 111, after, "依審查意見提高111年目標值"));
        assertThat(recorded).extracting(RevisionView::round, RevisionView::kind, RevisionView::kpiId,
                        RevisionView::year, RevisionView::before, RevisionView::after, RevisionView::author)
                .containsExactly(tuple(1, RevisionKind.TARGET_CHANGE, kpi.id(), 111, before, after, EDUCATION));
        assertThat(education).as("revising does not resubmit").isWaitingAt(REVISE);
        resubmit(111, EDUCATION);
        assertThat(education).isWaitingAt(WRITTEN_REVIEW);
        LocalDate roundDue = workingDays.workingDaysAfter(deadlines.today(), 15);
        assertThat(task(education)).as("round 2 is due 15 working days after the return, not on the calendar's 2022-04-29")
                .hasDueDate(endOfDayInTaipei(roundDue.toString()));
        assertThat(candidateGroups(task(education))).containsExactly("evaluation-team");
        PlanView resubmitted = plan(111, EDUCATION);
        assertThat(resubmitted.stage()).isEqualTo(SubmissionStage.REVIEW);
        assertThat(resubmitted.reviewRound()).isEqualTo(2);
        assertThat(target(resubmitted, kpi.id(), 111)).isEqualTo(after);

        // Under review, the agency cannot submit again.
        assertThatThrownBy(() -> resubmit(111, EDUCATION)).isInstanceOf(WrongStageException.class);
        assertThat(education).isWaitingAt(WRITTEN_REVIEW);

        // Round 2: approved; the agency files its performance report and is done.
        review(111, EDUCATION, Decision.APPROVE, "已依意見修正，同意");
        assertThat(education).isWaitingAt(PERFORMANCE_REPORT);
        assertThat(task(education)).hasDueDate(endOfDayInTaipei("2022-06-30"));
        assertThat(candidateGroups(task(education))).containsExactly(EDUCATION);
        assertThat(plan(111, EDUCATION).stage()).isEqualTo(SubmissionStage.REPORT);
        fileReport(111, EDUCATION);
        assertThat(education).isEnded()
                .hasPassedInOrder(DRAFT, WRITTEN_REVIEW, REVISE, WRITTEN_REVIEW, PERFORMANCE_REPORT, SUBMISSION_DONE);
        assertThat(timesPassed(education, REVISE)).isEqualTo(1);
        assertThat(timesPassed(education, WRITTEN_REVIEW)).isEqualTo(2);

        PlanView done = plan(111, EDUCATION);
        assertThat(done.stage()).isEqualTo(SubmissionStage.DONE);
        assertThat(done.reviewRound()).isEqualTo(2);
        assertThat(target(done, kpi.id(), 111)).isEqualTo(after);
        assertThat(reviewRounds(111, EDUCATION))
                .extracting(ReviewView::round, ReviewView::decision, ReviewView::reviewer)
                .containsExactly(tuple(1, Decision.RETURN, "reviewer"), tuple(2, Decision.APPROVE, "reviewer"));
        assertThat(reviewRounds(111, EDUCATION).get(0).comments())
                .extracting(ReviewView.CommentView::kpiId, ReviewView.CommentView::text)
                .containsExactly(tuple(kpi.id(), comment));

        // The only agency of the cycle is done: on to consolidation.
        assertThat(cycle).isWaitingAt(CONSOLIDATE);
        assertThat(cycleView(111).stage()).isEqualTo(CycleStage.CONSOLIDATION);
    }

    @Test
    void returnedTwiceTwoRevisionRoundsThenApprovedInTheThirdRound() {
        open(109, calendar("2020-03-31", "2020-04-30", "2020-05-29", "2020-06-30", "2020-07-15", "2020-07-31"), FIRE);
        ProcessInstance cycle = cycleProcess(109);
        ProcessInstance fire = agencyProcess(109, FIRE);
        PlanView submitted = draftAndSubmit(109, FIRE);
        PlanView.KpiView kpi = kpiToRaise(submitted, 109);
        String original = kpi.targets().get(109).raw();

        // Round 1: returned; the agency raises the 109 target and resubmits.
        review(109, FIRE, Decision.RETURN, "目標值過於保守，請提高",
                new ReviewRequest.CommentRequest(kpi.id(), "請提高109年目標值"));
        assertThat(fire).isWaitingAt(REVISE);
        assertThat(plan(109, FIRE)).extracting(PlanView::stage, PlanView::reviewRound)
                .containsExactly(SubmissionStage.REVISION, 1);
        String first = raised(kpi.targets().get(109));
        revise(109, FIRE, targetChange(kpi, 109, first, "依第1次審查意見提高目標值"));
        resubmit(109, FIRE);
        assertThat(fire).isWaitingAt(WRITTEN_REVIEW);
        assertThat(plan(109, FIRE)).extracting(PlanView::stage, PlanView::reviewRound)
                .containsExactly(SubmissionStage.REVIEW, 2);

        // Round 2: returned again; the agency raises it once more and resubmits.
        review(109, FIRE, Decision.RETURN, "仍請再提高目標值",
                new ReviewRequest.CommentRequest(kpi.id(), "請再提高109年目標值"));
        assertThat(fire).isWaitingAt(REVISE);
        assertThat(task(fire)).hasDueDate(endOfDayInTaipei("2020-05-29"));
        assertThat(candidateGroups(task(fire))).containsExactly(FIRE);
        assertThat(plan(109, FIRE)).extracting(PlanView::stage, PlanView::reviewRound, PlanView::stageDueOn)
                .containsExactly(SubmissionStage.REVISION, 2, LocalDate.parse("2020-05-29"));
        PlanView.TargetView firstRevision = plan(109, FIRE).goals().stream().flatMap(g -> g.kpis().stream())
                .filter(k -> k.id().equals(kpi.id())).findFirst().orElseThrow().targets().get(109);
        String second = raised(firstRevision);
        revise(109, FIRE, targetChange(kpi, 109, second, "依第2次審查意見再提高目標值"));
        resubmit(109, FIRE);
        assertThat(fire).isWaitingAt(WRITTEN_REVIEW);
        LocalDate roundDue = workingDays.workingDaysAfter(deadlines.today(), 15);
        assertThat(task(fire)).as("a later round is due 15 working days after the return, not on the calendar's 2020-04-30")
                .hasDueDate(endOfDayInTaipei(roundDue.toString()));
        assertThat(plan(109, FIRE).stageDueOn()).isEqualTo(roundDue);
        assertThat(candidateGroups(task(fire))).containsExactly("evaluation-team");
        assertThat(plan(109, FIRE)).extracting(PlanView::stage, PlanView::reviewRound)
                .containsExactly(SubmissionStage.REVIEW, 3);

        // Round 3: approved; the performance report ends the agency's submission.
        review(109, FIRE, Decision.APPROVE, "同意");
        assertThat(fire).isWaitingAt(PERFORMANCE_REPORT);
        fileReport(109, FIRE);
        assertThat(fire).isEnded().hasPassedInOrder(DRAFT, WRITTEN_REVIEW, REVISE, WRITTEN_REVIEW, REVISE,
                WRITTEN_REVIEW, PERFORMANCE_REPORT, SUBMISSION_DONE);
        assertThat(timesPassed(fire, REVISE)).isEqualTo(2);
        assertThat(timesPassed(fire, WRITTEN_REVIEW)).isEqualTo(3);

        PlanView done = plan(109, FIRE);
        assertThat(done.stage()).isEqualTo(SubmissionStage.DONE);
        assertThat(done.reviewRound()).isEqualTo(3);
        assertThat(target(done, kpi.id(), 109)).isEqualTo(second);
        assertThat(revisionHistory(109, FIRE))
                .extracting(RevisionView::round, RevisionView::kpiId, RevisionView::before, RevisionView::after)
                .containsExactly(tuple(1, kpi.id(), original, first), tuple(2, kpi.id(), first, second));
        assertThat(reviewRounds(109, FIRE)).extracting(ReviewView::round, ReviewView::decision)
                .containsExactly(tuple(1, Decision.RETURN), tuple(2, Decision.RETURN), tuple(3, Decision.APPROVE));

        assertThat(cycle).isWaitingAt(CONSOLIDATE);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** A KPI to make more challenging in the year: higher is better, a plain number or percentage below 100%. */
    private static PlanView.KpiView kpiToRaise(PlanView plan, int year) {
        return plan.goals().stream().flatMap(g -> g.kpis().stream())
                .filter(k -> k.direction() == Direction.HIGHER_IS_BETTER)
                .filter(k -> {
                    PlanView.TargetView t = k.targets().get(year);
                    return t != null && t.kind() == TargetKind.NUMBER && ("=".equals(t.op()) || ">=".equals(t.op()))
                            && !("%".equals(t.unit()) && t.value().compareTo(BigDecimal.valueOf(99)) >= 0);
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError(plan.agencyCode() + " has no numeric higher-is-better target for " + year));
    }

    /** The target one higher, in its unit: 27 → 28, 80% → 81%. */
    private static String raised(PlanView.TargetView target) {
        return target.value().add(BigDecimal.ONE).stripTrailingZeros().toPlainString() + Objects.toString(target.unit(), "");
    }

    private static RevisionRequest.Change targetChange(PlanView.KpiView kpi, int year, String value, String reason) {
        return new RevisionRequest.Change(RevisionKind.TARGET_CHANGE, kpi.id(), null, null, year, value, null, null, null,
                null, reason, null, null);
    }

    private static String target(PlanView plan, Long kpiId, int year) {
        return plan.goals().stream().flatMap(g -> g.kpis().stream()).filter(k -> k.id().equals(kpiId)).findFirst()
                .orElseThrow().targets().get(year).raw();
    }

    private List<ReviewView> reviewRounds(int year, String agency) {
        SignIn.asAgency(agency);
        return reviewService.rounds(year, agency);
    }

    private List<RevisionView> revisionHistory(int year, String agency) {
        SignIn.asAgency(agency);
        return revisionService.history(year, agency);
    }
}
