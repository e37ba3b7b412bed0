package io.plancycle.support;

import io.plancycle.cycle.CycleService;
import io.plancycle.cycle.CycleView;
import io.plancycle.cycle.Decision;
import io.plancycle.cycle.DecisionRequest;
import io.plancycle.cycle.OpenCycleRequest;
import io.plancycle.cycle.SubmissionService;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanView;
import io.plancycle.report.ReportService;
import io.plancycle.review.ReviewRequest;
import io.plancycle.review.ReviewService;
import io.plancycle.review.ReviewView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The steps of one year's cycle through PlanCycle's own services, each signed in ({@link SignIn}) as the user who takes
 * it: the planning office opens the cycle, an agency drafts and submits, the evaluation team reviews, the agency files
 * its report, the planning office consolidates and the approver decides.
 */
public final class ServiceSteps {

    private final CycleService cycleService;
    private final PlanService planService;
    private final SubmissionService submissionService;
    private final ReviewService reviewService;
    private final ReportService reportService;

    public ServiceSteps(CycleService cycleService, PlanService planService, SubmissionService submissionService,
                        ReviewService reviewService, ReportService reportService) {
        this.cycleService = cycleService;
        this.planService = planService;
        this.submissionService = submissionService;
        this.reviewService = reviewService;
        this.reportService = reportService;
    }

    /** {@link CycleState#calendarAhead()} as the service takes it: every due date ahead, so no timer fires. */
    public static OpenCycleRequest.Calendar calendarAhead() {
        Map<String, String> days = CycleState.calendarAhead();
        return new OpenCycleRequest.Calendar(LocalDate.parse(days.get("drafting")), LocalDate.parse(days.get("review")),
                LocalDate.parse(days.get("revision")), LocalDate.parse(days.get("report")),
                LocalDate.parse(days.get("approval")));
    }

    /** The planning office opens the year's cycle for these agencies only. */
    public CycleView open(int year, OpenCycleRequest.Calendar calendar, List<String> agencies) {
        SignIn.asAdmin();
        return cycleService.open(new OpenCycleRequest(year, calendar, agencies));
    }

    /** The agency reads its draft, adds last year's actuals and saves it (it has not submitted yet). */
    public PlanView saveDraft(int year, String agency) {
        SignIn.asAgency(agency);
        return planService.saveDraft(year, agency, Drafts.withLastYearsActuals(planService.read(year, agency)));
    }

    /** The agency reads its draft, adds last year's actuals, saves it and submits it for written review. */
    public PlanView draftAndSubmit(int year, String agency) {
        saveDraft(year, agency);
        return submissionService.submit(year, agency);
    }

    /** The evaluation team approves or returns the submission, with an overall comment and comments per KPI. */
    public ReviewView review(int year, String agency, Decision decision, String overall,
                             ReviewRequest.CommentRequest... comments) {
        SignIn.asReviewer();
        return reviewService.review(year, agency, new ReviewRequest(decision, overall, List.of(comments)));
    }

    /** The agency files its performance report for last year: every KPI that had a target, on target. */
    public PlanView fileReport(int year, String agency) {
        SignIn.asAgency(agency);
        return reportService.file(year, agency, Drafts.finalReport(planService.read(year, agency)));
    }

    public CycleView consolidate(int year) {
        SignIn.asAdmin();
        return cycleService.consolidate(year);
    }

    public CycleView decide(int year, Decision decision, String reason) {
        SignIn.asApprover();
        return cycleService.decide(year, new DecisionRequest(decision, reason));
    }

    /** The cycle at a glance, as the planning office sees it. */
    public CycleView cycleView(int year) {
        SignIn.asAdmin();
        return cycleService.read(year);
    }
}
