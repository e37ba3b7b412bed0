package io.plancycle.demo;

import io.plancycle.cycle.CycleService;
import io.plancycle.cycle.Deadlines;
import io.plancycle.cycle.DeadlineMover;
import io.plancycle.cycle.Decision;
import io.plancycle.cycle.MoveDeadlineRequest;
import io.plancycle.cycle.OpenCycleRequest;
import io.plancycle.cycle.SubmissionService;
import io.plancycle.cycle.WorkingDays;
import io.plancycle.notification.RocDates;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanView;
import io.plancycle.report.ReportService;
import io.plancycle.review.PanelAssignments;
import io.plancycle.review.PanelRequest;
import io.plancycle.review.ReviewRequest;
import io.plancycle.review.ReviewService;
import io.plancycle.plan.RevisionKind;
import io.plancycle.review.ReviewView;
import io.plancycle.revision.RevisionRequest;
import io.plancycle.revision.RevisionService;
import io.plancycle.security.ActingUser;
import io.plancycle.step.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo cycle: on the first start, with the demo users, the planning office opens the current ROC year's cycle and
 * the agencies, the evaluation team and the planning office take their steps through PlanCycle's own services, each
 * signed in as its demo user, so that every role's home has something to show ({@link DemoStory}).
 * <p>
 * Due dates in working days from today: drafting the next working day (due soon), review in 5, revision in 10,
 * approval in 20. The report was due in 15 until, once three agencies had filed theirs, the planning office brought it
 * forward to two working days ago: the one agency approved after that (警察局) begins its report overdue, and its
 * overdue notice is queued at once, as for any step that begins after its due date.
 */
@Component
public class DemoCycle {

    private static final Logger log = LoggerFactory.getLogger(DemoCycle.class);

    private final CycleService cycles;
    private final DeadlineMover deadlineMover;
    private final PlanService plans;
    private final SubmissionService submissions;
    private final ReviewService reviews;
    private final RevisionService revisions;
    private final ReportService reports;
    private final ActingUser acting;
    private final Deadlines deadlines;
    private final WorkingDays workingDays;
    private final PanelAssignments panel;
    private final String adminId;

    DemoCycle(CycleService cycles, DeadlineMover deadlineMover, PlanService plans, SubmissionService submissions,
              ReviewService reviews, RevisionService revisions, ReportService reports, ActingUser acting,
              Deadlines deadlines, WorkingDays workingDays, PanelAssignments panel,
              @Value("${camunda.bpm.admin-user.id:admin}") String adminId) {
        this.panel = panel;
        this.cycles = cycles;
        this.deadlineMover = deadlineMover;
        this.plans = plans;
        this.submissions = submissions;
        this.reviews = reviews;
        this.revisions = revisions;
        this.reports = reports;
        this.acting = acting;
        this.deadlines = deadlines;
        this.workingDays = workingDays;
        this.adminId = adminId;
    }

    /** Opens this year's cycle for every agency and drives each agency to its step of the story. */
    public void open() {
        LocalDate today = deadlines.today();
        int year = RocDates.year(today);
        acting.as(adminId, () -> cycles.open(new OpenCycleRequest(year, calendar(today), null, null)));
        acting.as(adminId, () -> panel.assign(year, new PanelRequest(DemoStory.PANEL_AGENCIES.stream()
                .map(agency -> new PanelRequest.Assignment(agency, DemoStory.PANEL)).toList())));
        DemoStory.DONE.forEach(agency -> {
            approved(year, agency);
            acting.as(agency, () -> reports.file(year, agency, DemoDrafts.report(plans.read(year, agency))));
        });
        acting.as(adminId, () -> deadlineMover.move(year, Stage.REPORT, new MoveDeadlineRequest(
                workingDays.workingDaysBefore(today, 2), text(DemoStory.REPORT_BROUGHT_FORWARD, year))));
        approved(year, DemoStory.REPORTING_OVERDUE);
        returned(year, DemoStory.RETURNED, DemoStory.RETURNED_ACTUALS, DemoStory.RETURNED_OVERALL,
                DemoStory.RETURNED_COMMENTS);
        PlanView revising = returned(year, DemoStory.REVISING, DemoStory.REVISING_ACTUALS, DemoStory.REVISING_OVERALL,
                DemoStory.REVISING_COMMENTS);
        List<RevisionRequest.Reply> replies = replies(year, DemoStory.REVISING, revising);
        acting.as(DemoStory.REVISING, () -> revisions.revise(year, DemoStory.REVISING, new RevisionRequest(
                DemoStory.REVISIONS.stream().map(r -> new RevisionRequest.Change(RevisionKind.TARGET_CHANGE,
                        r.kpi().in(revising).id(), null, null, year + r.yearAfterCycle(), r.value(), null, null, null, null,
                        text(r.reason(), year), DemoStory.BELOW_ACTUAL_CAUSE,
                        DemoStory.BELOW_ACTUAL_COUNTERMEASURE)).toList(), replies)));
        DemoStory.SUBMITTED.forEach(agency -> submitted(year, agency, Map.of()));
        DemoStory.DRAFT_SAVED.forEach(agency -> saveDraft(year, agency, Map.of()));
        submitted(year, DemoStory.AWAITING_SIGN_OFF, Map.of());
        log.warn("Demo cycle {} opened and driven through every step (demo data: never in production)", year);
    }

    /**
     * Drafting due the next working day (at most three days ahead, else today), then 5, 10, 15, 18 (consolidation) and
     * 20 working days.
     */
    private OpenCycleRequest.Calendar calendar(LocalDate today) {
        LocalDate next = workingDays.workingDaysAfter(today, 1);
        LocalDate drafting = ChronoUnit.DAYS.between(today, next) <= 3 ? next : today;
        return new OpenCycleRequest.Calendar(drafting, workingDays.workingDaysAfter(today, 5),
                workingDays.workingDaysAfter(today, 10), workingDays.workingDaysAfter(today, 15),
                workingDays.workingDaysAfter(today, 18), workingDays.workingDaysAfter(today, 20));
    }

    private PlanView saveDraft(int year, String agency, Map<KpiPlace, String> actuals) {
        return acting.as(agency, () -> plans.saveDraft(year, agency, DemoDrafts.draft(plans.read(year, agency), actuals)));
    }

    private PlanView submitted(int year, String agency, Map<KpiPlace, String> actuals) {
        saveDraft(year, agency, actuals);
        return acting.as(agency, () -> submissions.submit(year, agency));
    }

    private void approved(int year, String agency) {
        submitted(year, agency, Map.of());
        review(year, agency, Decision.APPROVE, text(DemoStory.APPROVED, year), List.of());
    }

    private PlanView returned(int year, String agency, Map<KpiPlace, String> actuals, String overall,
                              List<Map.Entry<KpiPlace, String>> comments) {
        PlanView plan = submitted(year, agency, actuals);
        review(year, agency, Decision.RETURN, text(overall, year), comments.stream()
                .map(c -> new ReviewRequest.CommentRequest(c.getKey().in(plan).id(), text(c.getValue(), year))).toList());
        return plan;
    }

    private void review(int year, String agency, Decision decision, String overall,
                        List<ReviewRequest.CommentRequest> comments) {
        acting.as("reviewer", () -> reviews.review(year, agency, new ReviewRequest(decision, overall, comments, null)));
    }

    /** The agency's reply to each comment of its latest round, by the KPI it is about. */
    private List<RevisionRequest.Reply> replies(int year, String agency, PlanView plan) {
        Map<Long, String> byKpi = new HashMap<>();
        DemoStory.REVISING_REPLIES.forEach(r -> byKpi.put(r.getKey().in(plan).id(), text(r.getValue(), year)));
        List<ReviewView> rounds = acting.as(agency, () -> reviews.rounds(year, agency));
        return rounds.get(rounds.size() - 1).comments().stream()
                .map(c -> new RevisionRequest.Reply(c.id(), byKpi.get(c.kpiId()))).toList();
    }

    /** A story text with last year and the cycle's year in place. */
    private static String text(String template, int year) {
        return String.format(template, year - 1, year);
    }
}
