package io.plancycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanCycleApp;
import io.plancycle.support.PlanCycleApi.Change;
import io.plancycle.support.PlanCycleApi.Comment;
import io.plancycle.support.PlanJson;
import io.plancycle.support.PlanJson.Actual;
import io.plancycle.support.PlanJson.Place;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application is stopped in the middle of the 109 cycle and started again on the same database file: the cycle
 * goes on where it was, with every agency's task, stage, review round and draft as they were.
 */
class RestartIT {

    private static final int YEAR = 109;
    private static final int REPORT_YEAR = 108;
    /** Saved its draft, not submitted yet. */
    private static final String DRAFTING = "civil-affairs";
    /** Submitted, waiting for the evaluation team. */
    private static final String IN_REVIEW = "construction";
    /** Returned by the evaluation team, one target revised so far. */
    private static final String REVISING = "education";
    /** Approved at review, its report still to file. */
    private static final String REPORTING = "land-administration";
    private static final List<String> AGENCIES = List.of(DRAFTING, IN_REVIEW, REVISING, REPORTING);
    private static final List<String> USERS = List.of("admin", "reviewer", "approver", DRAFTING, IN_REVIEW, REVISING, REPORTING);

    /** 民政處 一/1: its 108 actual is in the saved draft. */
    private static final Place FESTIVAL_ATTENDANCE = Place.of(1, 1);
    /** 教育處 一/1, the KPI the evaluation team commented on. */
    private static final Place EDUCATION_KPI = Place.of(1, 1);

    @TempDir
    Path dataDir;

    private PlanCycleApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theCycleContinuesWhereItWasAfterARestart() {
        PlanCycleApi api = start();
        CycleSteps steps = new CycleSteps(api, YEAR);

        // Before the restart: four agencies at four different steps of the 109 cycle.
        steps.open(AGENCIES);
        steps.saveDraft(DRAFTING, Map.of(FESTIVAL_ATTENDANCE, Actual.of("520")));
        steps.draftAndSubmit(IN_REVIEW);
        steps.draftAndSubmit(REVISING);
        steps.draftAndSubmit(REPORTING);
        steps.approveReview(REPORTING);
        long educationKpi = PlanJson.kpiId(api.as(REVISING).plan(YEAR, REVISING).ok(), EDUCATION_KPI);
        api.as("reviewer").review(YEAR, REVISING, "RETURN", "請檢討目標值。",
                new Comment(educationKpi, "目標值宜再提高。")).ok();
        JsonNode educationPlan = api.as(REVISING).plan(YEAR, REVISING).ok();
        String before = PlanJson.kpi(educationPlan, EDUCATION_KPI).path("targets").path("110").path("raw").asText();
        String raised = raise(before);
        api.as(REVISING).revise(YEAR, REVISING, Change.target(educationKpi, 110, raised, "依審查意見提高110年目標值。")).ok();

        Map<String, String> stagesBefore = CycleSteps.stages(api.as("admin").cycle(YEAR).ok());
        assertThat(stagesBefore).containsExactly(Map.entry(DRAFTING, "DRAFTING"), Map.entry(IN_REVIEW, "REVIEW"),
                Map.entry(REVISING, "REVISION"), Map.entry(REPORTING, "REPORT"));
        Snapshot beforeRestart = snapshot(api);

        // The application stops and starts again on the same database file.
        app.close();
        app = null;
        api = start();
        steps = new CycleSteps(api, YEAR);

        // Everything is where it was: the cycle, every agency's stage and review round, every user's tasks (the same
        // tasks, not new ones), the drafts with their actuals, the review comments and the revision.
        Snapshot afterRestart = snapshot(api);
        assertThat(afterRestart.cycle()).isEqualTo(beforeRestart.cycle());
        assertThat(afterRestart.tasks()).isEqualTo(beforeRestart.tasks());
        assertThat(afterRestart.plans()).isEqualTo(beforeRestart.plans());
        assertThat(afterRestart.reviews()).isEqualTo(beforeRestart.reviews());
        assertThat(afterRestart.revisions()).isEqualTo(beforeRestart.revisions());
        assertThat(api.as("admin").cycleYears().ok().toString()).isEqualTo("[" + YEAR + "]");
        assertThat(PlanJson.actual(afterRestart.plans().get(DRAFTING), FESTIVAL_ATTENDANCE, REPORT_YEAR).path("value").asText())
                .isEqualTo("520");
        assertThat(afterRestart.reviews().get(REVISING).get(0).path("comments").get(0).path("kpiId").asLong())
                .isEqualTo(educationKpi);
        assertThat(afterRestart.revisions().get(REVISING)).hasSize(1);

        // … and every agency's path goes on from there to the end of the cycle.
        steps.submit(DRAFTING);
        steps.approveReview(DRAFTING);
        steps.approveReview(IN_REVIEW);
        steps.replyToEveryComment(REVISING);
        JsonNode resubmitted = steps.submit(REVISING);
        assertThat(resubmitted.path("reviewRound").asInt()).isEqualTo(2);
        assertThat(PlanJson.kpi(resubmitted, EDUCATION_KPI).path("targets").path("110").path("raw").asText()).isEqualTo(raised);
        steps.approveReview(REVISING);
        for (String agency : AGENCIES) {
            steps.fileReport(agency);
        }
        JsonNode consolidation = steps.awaitConsolidation();
        assertThat(CycleSteps.stages(consolidation).values()).hasSize(AGENCIES.size()).containsOnly("DONE");
        assertThat(CycleSteps.agencies(consolidation).get(REVISING).path("reviewRound").asInt()).isEqualTo(2);
        steps.consolidateAndApprove();
        assertThat(api.as("admin").revisionSummary(YEAR).ok().path("rows")).hasSize(1);
    }

    /** What every user sees of the cycle. */
    private record Snapshot(JsonNode cycle, Map<String, JsonNode> tasks, Map<String, JsonNode> plans,
                            Map<String, JsonNode> reviews, Map<String, JsonNode> revisions) {
    }

    private static Snapshot snapshot(PlanCycleApi api) {
        Map<String, JsonNode> tasks = new LinkedHashMap<>();
        USERS.forEach(user -> tasks.put(user, api.as(user).tasks().ok()));
        Map<String, JsonNode> plans = new LinkedHashMap<>();
        Map<String, JsonNode> reviews = new LinkedHashMap<>();
        Map<String, JsonNode> revisions = new LinkedHashMap<>();
        for (String agency : AGENCIES) {
            PlanCycleApi.User user = api.as(agency);
            plans.put(agency, user.plan(YEAR, agency).ok());
            reviews.put(agency, user.reviews(YEAR, agency).ok());
            revisions.put(agency, user.revisions(YEAR, agency).ok());
        }
        assertThat(tasks.get(DRAFTING)).hasSize(1);
        assertThat(tasks.get("reviewer")).hasSize(1);
        return new Snapshot(api.as("admin").cycle(YEAR).ok(), tasks, plans, reviews, revisions);
    }

    /** A target a little more challenging than the one written: the number raised by one, its unit kept. */
    private static String raise(String target) {
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("\\d+").matcher(target);
        assertThat(number.find()).as("a number in the target %s", target).isTrue();
        return target.substring(0, number.start()) + (Integer.parseInt(number.group()) + 1) + target.substring(number.end());
    }

    /** Starts the application as its operators do, on this test's data folder, and signs in against it. */
    private PlanCycleApi start() {
        app = PlanCycleApp.start(dataDir);
        return app.api();
    }
}
