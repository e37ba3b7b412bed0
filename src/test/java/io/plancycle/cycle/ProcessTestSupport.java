package io.plancycle.cycle;

import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanView;
import io.plancycle.report.ReportService;
import io.plancycle.review.ReviewRequest;
import io.plancycle.review.ReviewService;
import io.plancycle.review.ReviewView;
import io.plancycle.revision.RevisionRequest;
import io.plancycle.revision.RevisionService;
import io.plancycle.revision.RevisionView;
import io.plancycle.step.Step;
import io.plancycle.support.ServiceSteps;
import io.plancycle.support.SignIn;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static io.plancycle.cycle.ProcessAssertions.init;
import static io.plancycle.cycle.ProcessAssertions.reset;
import static io.plancycle.cycle.ProcessAssertions.execute;
import static io.plancycle.cycle.ProcessAssertions.historyService;
import static io.plancycle.cycle.ProcessAssertions.jobQuery;
import static io.plancycle.cycle.ProcessAssertions.processInstanceQuery;
import static io.plancycle.cycle.ProcessAssertions.taskService;

/**
 * Drives the two processes through the real engine, the real H2 file database and the Chiayi demo data, one step at
 * a time through PlanCycle's own services, each step signed in as the user who takes it. Every test opens a cycle
 * of its own year with one to three agencies, so the tests share one Spring context and do not depend on each other.
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class ProcessTestSupport {

    // The BPMN elements the tests walk through (bpmn/agency-submission.bpmn, bpmn/annual-cycle.bpmn).
    static final String DRAFT = Step.DRAFTING.taskId();
    static final String WRITTEN_REVIEW = Step.REVIEW.taskId();
    static final String REVISE = Step.REVISION.taskId();
    static final String REVISE_FOR_APPROVAL = Step.APPROVAL_REVISION.taskId();
    static final String PERFORMANCE_REPORT = Step.REPORT.taskId();
    static final String SUBMISSION_DONE = "EndEvent_SubmissionDone";
    static final String START_SUBMISSIONS = "Task_StartAgencySubmissions";
    static final String AWAIT_SUBMISSIONS = "Event_AllSubmissionsDone";
    static final String CONSOLIDATE = Step.CONSOLIDATION.taskId();
    static final String FINAL_APPROVAL = Step.APPROVAL.taskId();
    static final String CYCLE_APPROVED = "EndEvent_CycleApproved";

    @Autowired
    ApplicationContext context;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    CycleService cycleService;
    @Autowired
    Inbox inbox;
    @Autowired
    SubmissionService submissionService;
    @Autowired
    ReviewService reviewService;
    @Autowired
    RevisionService revisionService;
    @Autowired
    ReportService reportService;
    @Autowired
    PlanService planService;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    Deadlines deadlines;

    /** The steps through the services, each signed in as the user who takes it. */
    ServiceSteps steps() {
        return new ServiceSteps(context);
    }

    @BeforeEach
    void useThisEngineForAssertions() {
        init(processEngine);
    }

    @AfterEach
    void signOut() {
        SignIn.clear();
        reset();
    }

    // --- the calendar -------------------------------------------------------------------------------------------

    /**
     * A cycle's calendar: drafting, review, revision, report, consolidation and approval due dates, as the administrator
     * enters them.
     */
    static OpenCycleRequest.Calendar calendar(String drafting, String review, String revision, String report,
                                              String consolidation, String approval) {
        return new OpenCycleRequest.Calendar(LocalDate.parse(drafting), LocalDate.parse(review),
                LocalDate.parse(revision), LocalDate.parse(report), LocalDate.parse(consolidation),
                LocalDate.parse(approval));
    }

    /** What a due date on the calendar means: the last second of that day in Taiwan (UTC+8, no daylight saving). */
    static Date endOfDayInTaipei(String day) {
        return Date.from(OffsetDateTime.parse(day + "T23:59:59+08:00").toInstant());
    }

    // --- the steps, each as the user who takes it ----------------------------------------------------------------

    /** The planning office opens the year's cycle for these agencies only; the cycle starts every batch of them. */
    CycleView open(int year, OpenCycleRequest.Calendar calendar, String... agencies) {
        CycleView opened = steps().open(year, calendar, List.of(agencies));
        startEveryBatch(year);
        return opened;
    }

    /** The agency reads its draft, adds last year's actuals, saves it and submits it for written review. */
    PlanView draftAndSubmit(int year, String agency) {
        return steps().draftAndSubmit(year, agency);
    }

    /** The evaluation team approves or returns the submission, with an overall comment and comments per KPI. */
    ReviewView review(int year, String agency, Decision decision, String overall,
                      ReviewRequest.CommentRequest... comments) {
        return steps().review(year, agency, decision, overall, comments);
    }

    /**
     * The agency records its changes, each with its reason, and replies to every comment of the round its plan was
     * returned in (it has not resubmitted yet).
     */
    List<RevisionView> revise(int year, String agency, RevisionRequest.Change... changes) {
        SignIn.asAgency(agency);
        List<ReviewView> rounds = reviewService.rounds(year, agency);
        List<RevisionRequest.Reply> replies = rounds.get(rounds.size() - 1).comments().stream()
                .map(c -> new RevisionRequest.Reply(c.id(), "遵照辦理，已依審查意見修正。")).toList();
        return revisionService.revise(year, agency, new RevisionRequest(List.of(changes), replies));
    }

    /** The agency sends its revised plan back to the evaluation team. */
    PlanView resubmit(int year, String agency) {
        SignIn.asAgency(agency);
        return submissionService.submit(year, agency);
    }

    /** The agency files its performance report for last year: every KPI that had a target, on target. */
    PlanView fileReport(int year, String agency) {
        return steps().fileReport(year, agency);
    }

    /** Draft, written review approved at once, performance report: the agency's shortest way through. */
    void approvedAtOnce(int year, String agency) {
        draftAndSubmit(year, agency);
        review(year, agency, Decision.APPROVE, "內容完整，同意");
        fileReport(year, agency);
    }

    CycleView consolidate(int year) {
        return steps().consolidate(year);
    }

    CycleView decide(int year, Decision decision, String reason) {
        return steps().decide(year, decision, reason);
    }

    /** The approver returns the cycle with a reason to these agencies (none: all of them). */
    CycleView returnTo(int year, String reason, String... agencies) {
        SignIn.asApprover();
        CycleView returned = cycleService.decide(year, new DecisionRequest(Decision.RETURN, reason, List.of(agencies)));
        startEveryBatch(year);
        return returned;
    }

    /** The cycle at a glance, as the planning office sees it. */
    CycleView cycleView(int year) {
        return steps().cycleView(year);
    }

    /** The agency's plan as the agency itself reads it. */
    PlanView plan(int year, String agency) {
        SignIn.asAgency(agency);
        return planService.read(year, agency);
    }

    /** The tasks the signed-in user's groups may work on in the year's cycle, as their task list shows them. */
    List<TaskView> tasksInCycle(int year) {
        return inbox.myTasks().stream().filter(t -> t.cycleYear() == year).toList();
    }

    // --- the engine's side -----------------------------------------------------------------------------------------

    ProcessInstance cycleProcess(int year) {
        ProcessInstance instance = processInstanceQuery().processDefinitionKey(ProcessModel.CYCLE_PROCESS)
                .processInstanceBusinessKey(String.valueOf(year)).singleResult();
        assertThat(instance).as("the %s cycle's process", year).isNotNull();
        return instance;
    }

    ProcessInstance agencyProcess(int year, String agency) {
        ProcessInstance instance = processInstanceQuery().processDefinitionKey(ProcessModel.AGENCY_PROCESS)
                .processInstanceBusinessKey(ProcessModel.businessKey(year, agency)).singleResult();
        assertThat(instance).as("%s's submission process in the %s cycle", agency, year).isNotNull();
        return instance;
    }

    /**
     * The cycle starts its agencies' submissions in batches, the first at once and each next one in a job after the
     * one before; no job executor runs in the tests, so the test executes those jobs, as the job executor would at
     * once. The cycle then waits for its agencies (or goes on, when they are all done already).
     */
    void startEveryBatch(int year) {
        ProcessInstance cycle = cycleProcess(year);
        for (Job next = batchJob(cycle); next != null; next = batchJob(cycle)) {
            execute(next);
        }
    }

    /** The cycle's job that starts its next batch of agencies, or goes on once the last batch is started. */
    private static Job batchJob(ProcessInstance cycle) {
        return jobQuery().processInstanceId(cycle.getId()).activityId(START_SUBMISSIONS).singleResult();
    }

    /** The groups a task is offered to, sorted. */
    static List<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).sorted().toList();
    }

    /** How often the process instance went through the element (from its history). */
    static long timesPassed(ProcessInstance instance, String activityId) {
        return historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(activityId).finished().count();
    }
}
