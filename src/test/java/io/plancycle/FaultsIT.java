package io.plancycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plancycle.support.CycleState;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanCycleApi.Comment;
import io.plancycle.support.PlanCycleApp;
import io.plancycle.support.PlanCycleProcess;
import io.plancycle.support.PlanJson;
import io.plancycle.support.PlanJson.Actual;
import io.plancycle.support.PlanJson.Place;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What goes wrong in production: PlanCycle killed with SIGKILL in the middle of a cycle (a JVM of its own with the
 * production heap, -Xmx512m), a mail server that does not answer, and a second process on the same database file.
 */
class FaultsIT {

    private static final int YEAR = 110;
    private static final int REPORT_YEAR = 109;
    /** Saved its draft with a 109 actual, not submitted. */
    private static final String DRAFT_SAVED = "civil-affairs";
    /** Submitted, waiting for the evaluation team. */
    private static final String IN_REVIEW = "construction";
    /** Returned by the evaluation team with a comment on a KPI. */
    private static final String RETURNED = "education";
    /** Approved at review, its report to file. */
    private static final String REPORTING = "land-administration";
    /** Submits its plan a moment before the kill: a task completion in the engine, a new task, a new timer. */
    private static final String SUBMITS_LAST = "police";
    /** Saves its draft as the very last write before the kill. */
    private static final String SAVES_LAST = "fire";

    private static final Place FESTIVAL_ATTENDANCE = Place.of(1, 1);
    private static final Place EDUCATION_KPI = Place.of(1, 1);

    /** The PlanCycle of the mail and lock tests, on a mail server that refuses connections. */
    private static PlanCycleApp mailDown;
    @TempDir
    static Path mailDownDir;

    private final List<AutoCloseable> running = new ArrayList<>();

    @TempDir
    Path dataDir;

    @AfterEach
    void stopWhatRuns() throws Exception {
        for (AutoCloseable planCycle : running) {
            planCycle.close();
        }
    }

    @AfterAll
    static void killShared() {
        if (mailDown != null) {
            mailDown.close();
        }
    }

    // ---- killed, not shut down -----------------------------------------------------------------------------------

    @Test
    void killedMidCycleItStartsAgainWithNothingLost() {
        PlanCycleProcess first = PlanCycleProcess.start(running, "killed", dataDir);
        PlanCycleApi api = first.api();
        CycleSteps steps = new CycleSteps(api, YEAR);

        // The 110 cycle for all 20 agencies, every due date ahead: one reminder timer per agency, none due yet.
        steps.openAhead(null);
        List<JsonNode> opened = CycleState.timers(api);
        assertThat(opened).hasSizeGreaterThanOrEqualTo(20);
        assertAllAhead(opened);

        // Agencies at different steps.
        steps.saveDraft(DRAFT_SAVED, Map.of(FESTIVAL_ATTENDANCE, Actual.of("580")));
        steps.draftAndSubmit(IN_REVIEW);
        steps.draftAndSubmit(RETURNED);
        steps.draftAndSubmit(REPORTING);
        steps.approveReview(REPORTING);
        long educationKpi = PlanJson.kpiId(api.as(RETURNED).plan(YEAR, RETURNED).ok(), EDUCATION_KPI);
        api.as("reviewer").review(YEAR, RETURNED, "RETURN", "請檢討目標值。", new Comment(educationKpi, "目標值宜再提高。")).ok();
        steps.saveDraft(SUBMITS_LAST, Map.of());

        CycleState before = CycleState.read(api, YEAR);
        assertThat(CycleSteps.stages(before.cycle())).containsEntry(DRAFT_SAVED, "DRAFTING").containsEntry(IN_REVIEW, "REVIEW")
                .containsEntry(RETURNED, "REVISION").containsEntry(REPORTING, "REPORT")
                .containsEntry(SUBMITS_LAST, "DRAFTING").containsEntry(SAVES_LAST, "DRAFTING");
        assertAllAhead(before.timers());
        JsonNode draftOfLast = PlanJson.draftWithActuals(before.plans().get(SAVES_LAST), REPORT_YEAR, Map.of());

        // Two writes and, the moment the second is answered, SIGKILL: nothing is closed or flushed.
        JsonNode lastSubmission = api.as(SUBMITS_LAST).submit(YEAR, SUBMITS_LAST).ok();
        JsonNode lastSave = api.as(SAVES_LAST).savePlan(YEAR, SAVES_LAST, draftOfLast).ok();
        first.kill();

        PlanCycleApp second = PlanCycleApp.start(dataDir);
        running.add(second);
        api = second.api();
        steps = new CycleSteps(api, YEAR);
        CycleState after = CycleState.read(api, YEAR);

        // The two last writes are there: the submitted plan is under review, the saved draft has its actuals …
        JsonNode submittedPlan = after.plans().get(SUBMITS_LAST);
        assertThat(submittedPlan.path("stage").asText()).isEqualTo("REVIEW").isEqualTo(lastSubmission.path("stage").asText());
        assertThat(submittedPlan.path("reviewRound").asInt()).isEqualTo(1).isEqualTo(lastSubmission.path("reviewRound").asInt());
        assertThat(submittedPlan.path("stageDueOn")).isEqualTo(lastSubmission.path("stageDueOn"));
        assertThat(without(submittedPlan, "stage", "reviewRound", "stageDueOn", "version"))
                .isEqualTo(without(before.plans().get(SUBMITS_LAST), "stage", "reviewRound", "stageDueOn", "version"));
        JsonNode savedPlan = after.plans().get(SAVES_LAST);
        assertThat(lastSave.path("stage").asText()).isEqualTo("DRAFTING");
        assertThat(savedPlan.path("version").asLong()).isGreaterThan(before.plans().get(SAVES_LAST).path("version").asLong());
        assertThat(actualValues(savedPlan)).isNotEmpty().isEqualTo(actualValues(draftOfLast));
        assertThat(withoutActuals(savedPlan)).isEqualTo(withoutActuals(before.plans().get(SAVES_LAST)));

        // … and everything else is exactly as before: every agency's plan (draft data, actuals, version) and reviews …
        for (String agency : before.agencies()) {
            if (!agency.equals(SUBMITS_LAST) && !agency.equals(SAVES_LAST)) {
                assertThat(after.plans().get(agency)).as("%s's plan", agency).isEqualTo(before.plans().get(agency));
            }
        }
        assertThat(after.reviews()).isEqualTo(before.reviews());
        assertThat(after.reviews().get(RETURNED).get(0).path("comments").get(0).path("kpiId").asLong()).isEqualTo(educationKpi);
        assertThat(PlanJson.actual(after.plans().get(DRAFT_SAVED), FESTIVAL_ATTENDANCE, REPORT_YEAR).path("value").asText())
                .isEqualTo("580");

        // … the cycle: every agency's stage, review round and due date …
        assertSameCycleBut(after.cycle(), before.cycle(), SUBMITS_LAST, lastSubmission);

        // … every user's open tasks (the same task ids): only the last submission moved a task to the reviewer …
        for (String user : before.tasks().keySet()) {
            if (!user.equals(SUBMITS_LAST) && !user.equals("reviewer")) {
                assertThat(after.tasks().get(user)).as("%s's tasks", user).isEqualTo(before.tasks().get(user));
            }
        }
        assertThat(before.tasks().get(SUBMITS_LAST)).hasSize(1);
        assertThat(after.tasks().get(SUBMITS_LAST)).isEmpty();
        List<JsonNode> reviewerBefore = list(before.tasks().get("reviewer"));
        List<JsonNode> reviewerAfter = list(after.tasks().get("reviewer"));
        assertThat(reviewerAfter).containsAll(reviewerBefore).hasSize(reviewerBefore.size() + 1);
        JsonNode newReview = reviewerAfter.stream().filter(t -> !reviewerBefore.contains(t)).findFirst().orElseThrow();
        assertThat(newReview.path("agencyCode").asText()).isEqualTo(SUBMITS_LAST);
        assertThat(newReview.path("stage").asText()).isEqualTo("REVIEW");

        // … and the pending timers, with their due dates: only the last submission's drafting reminder gave way to its
        // review reminder, in the same process instance.
        assertThat(after.timers()).hasSameSizeAs(before.timers());
        List<JsonNode> gone = before.timers().stream().filter(t -> !after.timers().contains(t)).toList();
        List<JsonNode> added = after.timers().stream().filter(t -> !before.timers().contains(t)).toList();
        assertThat(gone).hasSize(1);
        assertThat(added).hasSize(1);
        assertThat(added.get(0).path("processInstanceId").asText()).isEqualTo(gone.get(0).path("processInstanceId").asText());
        assertAllAhead(after.timers());

        // The cycle goes on: the agency that had saved its draft submits it, the evaluation team approves another.
        steps.submit(DRAFT_SAVED);
        steps.approveReview(IN_REVIEW);
        Map<String, String> stages = CycleSteps.stages(api.as("admin").cycle(YEAR).ok());
        assertThat(stages).containsEntry(DRAFT_SAVED, "REVIEW").containsEntry(IN_REVIEW, "REPORT");
        assertThat(list(api.as("reviewer").tasks().ok())).anySatisfy(task -> {
            assertThat(task.path("agencyCode").asText()).isEqualTo(DRAFT_SAVED);
            assertThat(task.path("stage").asText()).isEqualTo("REVIEW");
        });
    }

    // ---- the mail server does not answer ------------------------------------------------------------------------

    @Test
    void withTheMailServerDownTheActionSucceedsAndTheMailWaits() {
        PlanCycleApi api = mailDown().api();
        CycleSteps steps = new CycleSteps(api, YEAR);
        steps.openAhead(List.of(DRAFT_SAVED));

        JsonNode submitted = steps.draftAndSubmit(DRAFT_SAVED);
        assertThat(submitted.path("stage").asText()).isEqualTo("REVIEW");
        assertThat(list(api.as("reviewer").tasks().ok())).extracting(t -> t.path("agencyCode").asText()).contains(DRAFT_SAVED);

        // The sender (every second here) tried the mail server, failed, and keeps the mail for a later attempt.
        JsonNode waiting = await("the SUBMITTED mail tried once").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> submittedMail(api), mail -> mail != null && mail.path("attempts").asInt() >= 1
                        && !mail.path("lastError").isNull());
        assertThat(waiting.path("status").asText()).isEqualTo("PENDING");
        assertThat(waiting.path("lastError").asText()).containsIgnoringCase("connect");
        assertThat(Instant.parse(waiting.path("nextAttemptAt").asText())).isAfter(Instant.parse(waiting.path("createdAt").asText()));
        assertThat(waiting.path("sentAt").isNull()).isTrue();
    }

    private static JsonNode submittedMail(PlanCycleApi api) {
        JsonNode page = api.as("admin").get("/api/notifications?agency=" + DRAFT_SAVED).ok();
        return list(page.path("items")).stream().filter(n -> "SUBMITTED".equals(n.path("kind").asText())).findFirst().orElse(null);
    }

    // ---- the database file in use ---------------------------------------------------------------------------------

    @Test
    void aSecondProcessOnTheSameDatabaseSaysSoAndExits() {
        PlanCycleApp first = mailDown();
        try (PlanCycleProcess second = PlanCycleProcess.launch("second-on-same-folder", first.dataDir())) {
            Integer status = second.awaitExit(Duration.ofSeconds(60));
            assertThat(status).as("exit status of the second PlanCycle (null: still running after 60 s)\n%s", second.tail(4000))
                    .isNotNull().isNotZero();
            String database = first.dataDir().toAbsolutePath().resolve("plancycle.mv.db").toString();
            assertThat(second.output())
                    .contains("PlanCycle cannot open its database " + database
                            + ": another PlanCycle (or another program) is using it.")
                    .contains("Stop it, or set plancycle.data-dir to another folder.");
        }
        // The first one never noticed.
        assertThat(first.isRunning()).isTrue();
        first.api().as("admin").tasks().ok();
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** Started on first use, for the mail and the lock tests: its mail server is a port nothing listens on. */
    private static synchronized PlanCycleApp mailDown() {
        if (mailDown == null) {
            int closedPort = PlanCycleProcess.freePort();
            mailDown = PlanCycleApp.start(mailDownDir,
                    "spring.mail.host=localhost",
                    "spring.mail.port=" + closedPort,
                    "plancycle.mail.sender-enabled=true",
                    "plancycle.mail.poll-interval=PT1S");
        }
        return mailDown;
    }

    private static void assertAllAhead(List<JsonNode> timers) {
        Instant now = Instant.now();
        assertThat(timers).allSatisfy(timer -> assertThat(CycleState.dueDate(timer))
                .as("due date of timer %s", timer.path("id").asText()).isAfter(now));
    }

    /** The cycle view is as before, but for one agency whose stage, round and due date are the ones its plan shows. */
    private static void assertSameCycleBut(JsonNode after, JsonNode before, String agency, JsonNode plan) {
        ObjectNode expected = before.deepCopy();
        expected.remove("agencies");
        ObjectNode actual = after.deepCopy();
        actual.remove("agencies");
        assertThat(actual).isEqualTo(expected);
        Map<String, JsonNode> agenciesBefore = CycleSteps.agencies(before);
        Map<String, JsonNode> agenciesAfter = CycleSteps.agencies(after);
        assertThat(agenciesAfter.keySet()).containsExactlyElementsOf(agenciesBefore.keySet());
        Set<String> others = agenciesBefore.keySet().stream().filter(code -> !code.equals(agency)).collect(Collectors.toSet());
        others.forEach(code -> assertThat(agenciesAfter.get(code)).as("agency %s", code).isEqualTo(agenciesBefore.get(code)));
        JsonNode moved = agenciesAfter.get(agency);
        assertThat(moved.path("stage").asText()).isEqualTo(plan.path("stage").asText());
        assertThat(moved.path("reviewRound").asInt()).isEqualTo(plan.path("reviewRound").asInt());
        assertThat(moved.path("dueOn").asText()).isEqualTo(plan.path("stageDueOn").asText());
    }

    private static JsonNode without(JsonNode plan, String... fields) {
        ObjectNode copy = plan.deepCopy();
        copy.remove(List.of(fields));
        return copy;
    }

    /** The plan without its version and its KPIs' actuals. */
    private static JsonNode withoutActuals(JsonNode plan) {
        ObjectNode copy = (ObjectNode) without(plan, "version");
        copy.path("goals").forEach(goal -> goal.path("kpis").forEach(kpi -> ((ObjectNode) kpi).remove("actuals")));
        return copy;
    }

    /** Per KPI id, the value of each actual of the report year, in a plan as read or a draft as saved. */
    private static Map<Long, String> actualValues(JsonNode plan) {
        Map<Long, String> values = new LinkedHashMap<>();
        plan.path("goals").forEach(goal -> goal.path("kpis").forEach(kpi -> {
            JsonNode actual = kpi.path("actuals").path(String.valueOf(REPORT_YEAR));
            if (!actual.isMissingNode()) {
                values.put(kpi.path("id").asLong(), actual.path("value").asText());
            }
        }));
        return values;
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
