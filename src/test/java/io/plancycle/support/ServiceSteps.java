package io.plancycle.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plancycle.cycle.CycleService;
import io.plancycle.cycle.CycleView;
import io.plancycle.cycle.Decision;
import io.plancycle.cycle.DecisionRequest;
import io.plancycle.cycle.OpenCycleRequest;
import io.plancycle.cycle.SubmissionService;
import io.plancycle.plan.PlanDraft;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanView;
import io.plancycle.report.ReportRequest;
import io.plancycle.report.ReportService;
import io.plancycle.review.ReviewRequest;
import io.plancycle.review.ReviewService;
import io.plancycle.review.ReviewView;

import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The steps of one year's cycle through PlanCycle's own services, each signed in ({@link SignIn}) as the user who takes
 * it: the planning office opens the cycle, an agency drafts and submits, the evaluation team reviews, the agency files
 * its report, the planning office consolidates and the approver decides. What an agency sends is what
 * {@link CycleSteps} sends through the API: {@link PlanJson}'s draft and report, built from the plan as the API shows
 * it (the application's own JSON of the {@link PlanView}) and read back as the service takes it.
 */
public final class ServiceSteps {

    private final CycleService cycleService;
    private final PlanService planService;
    private final SubmissionService submissionService;
    private final ReviewService reviewService;
    private final ReportService reportService;
    private final ObjectMapper json;

    /** The steps through the services of this running PlanCycle. */
    public ServiceSteps(ApplicationContext planCycle) {
        this.cycleService = planCycle.getBean(CycleService.class);
        this.planService = planCycle.getBean(PlanService.class);
        this.submissionService = planCycle.getBean(SubmissionService.class);
        this.reviewService = planCycle.getBean(ReviewService.class);
        this.reportService = planCycle.getBean(ReportService.class);
        this.json = planCycle.getBean(ObjectMapper.class);
    }

    /** {@link Calendars#ahead()} as the service takes it: every due date ahead, so no timer fires. */
    public static OpenCycleRequest.Calendar calendarAhead() {
        Map<String, String> days = Calendars.ahead();
        return new OpenCycleRequest.Calendar(LocalDate.parse(days.get("drafting")), LocalDate.parse(days.get("review")),
                LocalDate.parse(days.get("revision")), LocalDate.parse(days.get("report")),
                LocalDate.parse(days.get("consolidation")), LocalDate.parse(days.get("approval")));
    }

    /** The planning office opens the year's cycle for these agencies only. */
    public CycleView open(int year, OpenCycleRequest.Calendar calendar, List<String> agencies) {
        SignIn.asAdmin();
        return cycleService.open(new OpenCycleRequest(year, calendar, agencies,
                PlanCycleApi.OTHER_YEARS_RUNNING));
    }

    /** The agency reads its draft, adds last year's actuals and saves it (it has not submitted yet). */
    public PlanView saveDraft(int year, String agency) {
        SignIn.asAgency(agency);
        JsonNode draft = PlanJson.draftWithActuals(json.valueToTree(planService.read(year, agency)), year - 1, Map.of());
        return planService.saveDraft(year, agency, as(draft, PlanDraft.class));
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
        return reviewService.review(year, agency, new ReviewRequest(decision, overall, List.of(comments), null));
    }

    /** The agency files its performance report for last year: every KPI that had a target, on target. */
    public PlanView fileReport(int year, String agency) {
        SignIn.asAgency(agency);
        JsonNode report = PlanJson.report(json.valueToTree(planService.read(year, agency)), year - 1, Map.of());
        return reportService.file(year, agency, as(report, ReportRequest.class));
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

    /** A request body as the API would read it. */
    private <T> T as(JsonNode body, Class<T> type) {
        try {
            return json.treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a " + type.getSimpleName() + ": " + body, e);
        }
    }
}
