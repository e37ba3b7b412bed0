package io.plancycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.support.CycleState;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.EngineRest;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanJson;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One door for every completion: a task completed by the planning office through the engine's REST API
 * ({@code /engine-rest}, as Camunda's own clients do) runs the same rules and leaves the same records as the same step
 * taken through PlanCycle's API — the stage, the review with its decision and comment, the approval, the notices in the
 * outbox — and an invalid completion is refused with the same message, the task left open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "plancycle.mail.embedded=false", "plancycle.mail.sender-enabled=false"})
class EngineRestCompletionIT {

    private static final String DRAFT = "Task_DraftPlan";
    private static final String REVIEW = "Task_WrittenReview";
    private static final String REVISE = "Task_ReviseTargets";
    private static final String REVISE_FOR_APPROVAL = "Task_ReviseForApproval";
    private static final String REPORT = "Task_PerformanceReport";
    private static final String CONSOLIDATE = "Task_Consolidate";
    private static final String APPROVE = "Task_FinalApproval";

    private static final String RETURNED_BECAUSE = "請補充各關鍵績效指標之衡量標準說明。";

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("plancycle-engine-rest").toString();
        registry.add("plancycle.data-dir", () -> dir);
    }

    @LocalServerPort
    int port;

    /**
     * The 111 cycle for 消防局 and 警察局, each with 110's actuals in its draft: 警察局 takes every step through
     * PlanCycle's API, 消防局 through /engine-rest (the review as its form submits it); both end with the same records.
     */
    @Test
    void everyStepCompletedThroughTheEngineLeavesWhatTheApiLeaves() {
        PlanCycleApi api = new PlanCycleApi(port);
        EngineRest engine = new EngineRest(api);
        CycleSteps steps = new CycleSteps(api, 111);
        PlanCycleApi.User reviewer = api.as("reviewer");
        steps.openAhead(List.of("fire", "police"));
        steps.saveDraft("fire", Map.of());
        steps.saveDraft("police", Map.of());

        steps.submit("police");
        engine.complete("111:fire", DRAFT, Map.of("confirmSubmission", true)).expect(204);
        assertStage(api, 111, "fire", "REVIEW", 1);

        reviewer.review(111, "police", "RETURN", RETURNED_BECAUSE).ok();
        engine.submitForm("111:fire", REVIEW, Map.of("reviewDecision", "RETURN", "overallComment", RETURNED_BECAUSE))
                .expect(204);
        assertStage(api, 111, "fire", "REVISION", 1);

        steps.submit("police");
        engine.complete("111:fire", REVISE, Map.of("confirmResubmission", true)).expect(204);
        assertStage(api, 111, "fire", "REVIEW", 2);

        steps.approveReview("police");
        engine.complete("111:fire", REVIEW, Map.of("reviewDecision", "APPROVE", "overallComment", "內容完整，同意通過。"))
                .expect(204);
        assertStage(api, 111, "fire", "REPORT", 2);
        assertThat(reviews(api, "fire")).isEqualTo(reviews(api, "police"))
                .containsExactly("1 RETURN " + RETURNED_BECAUSE, "2 APPROVE 內容完整，同意通過。");
        assertThat(reviewers(api, "fire")).containsOnly("admin");

        steps.fileReport("police");
        engine.complete("111:fire", REPORT, Map.of("confirmReport", true)).expect(204);
        assertStage(api, 111, "fire", "DONE", 2);
        JsonNode filed = api.as("fire").plan(111, "fire").ok();
        assertThat(PlanJson.kpis(filed)).filteredOn(kpi -> PlanJson.hasTarget(kpi, 110))
                .isNotEmpty().allSatisfy(kpi -> assertThat(kpi.path("actuals").path("110").path("finalReport").asBoolean())
                        .as("「%s」's 110 actual in the report", kpi.path("name").asText()).isTrue());
        assertThat(notices(api, "fire")).isEqualTo(notices(api, "police"))
                .extracting(n -> n.split("\n")[0])
                .containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "REVIEW_APPROVED", "REPORT_FILED");

        // The cycle's own steps: consolidation, a return without a reason (refused as the API refuses it), a return
        // with one (both agencies revise, one through the engine, one through the API), and the approval.
        steps.awaitConsolidation();
        engine.complete("111", CONSOLIDATE, Map.of("confirmConsolidation", true)).expect(204);
        JsonNode noReason = engine.complete("111", APPROVE, Map.of("approvalDecision", "RETURN")).problem(400);
        JsonNode apiNoReason = api.as("approver").decide(111, "RETURN", null).problem(400);
        assertThat(noReason.path("errors")).isEqualTo(apiNoReason.path("errors")).hasSize(1);
        assertThat(noReason.path("errors").get(0).path("field").asText()).isEqualTo("reason");
        engine.complete("111", APPROVE, Map.of("approvalDecision", "RETURN", "approvalReason", "請補充彙整說明。"))
                .expect(204);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertStage(api, 111, "fire", "APPROVAL_REVISION", 2);
            assertStage(api, 111, "police", "APPROVAL_REVISION", 2);
        });
        api.as("police").submit(111, "police").ok();
        engine.complete("111:fire", REVISE_FOR_APPROVAL, Map.of("confirmApprovalRevision", true)).expect(204);
        assertThat(api.as("admin").awaitCycleStage(111, "CONSOLIDATION").path("approvals"))
                .singleElement().satisfies(a -> {
                    assertThat(a.path("decision").asText()).isEqualTo("RETURN");
                    assertThat(a.path("reason").asText()).isEqualTo("請補充彙整說明。");
                    assertThat(a.path("approver").asText()).isEqualTo("admin");
                });
        api.as("admin").consolidate(111).ok();
        engine.complete("111", APPROVE, Map.of("approvalDecision", "APPROVE")).expect(204);
        JsonNode approved = api.as("admin").cycle(111).ok();
        assertThat(approved.path("stage").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("approvals").findValuesAsText("decision")).containsExactly("RETURN", "APPROVE");
        assertThat(notices(api, null)).filteredOn(n -> n.startsWith("CYCLE_DECIDED")).hasSize(2);
    }

    /**
     * 民政處's 110 draft as the cycle opens lacks 109's actuals: submitted through /engine-rest it is refused with every
     * missing field, exactly as through the API, and stays a draft. Submitted complete, its review completed without a
     * decision, or returned without the overall comment, is refused alike; the review stays open and nothing is written.
     */
    @Test
    void anInvalidCompletionIsRefusedWithTheApisMessageAndTheTaskStaysOpen() {
        PlanCycleApi api = new PlanCycleApi(port);
        EngineRest engine = new EngineRest(api);
        CycleSteps steps = new CycleSteps(api, 110);
        steps.openAhead(List.of("civil-affairs"));

        JsonNode apiMissing = api.as("civil-affairs").submit(110, "civil-affairs").problem(400);
        JsonNode engineMissing = engine.complete("110:civil-affairs", DRAFT, Map.of("confirmSubmission", true)).problem(400);
        assertThat(engineMissing.path("errors")).isNotEmpty().isEqualTo(apiMissing.path("errors"));
        assertThat(engineMissing.path("detail").asText()).isEqualTo(apiMissing.path("detail").asText());
        assertThat(engine.tasks("110:civil-affairs", DRAFT)).hasSize(1);
        assertStage(api, 110, "civil-affairs", "DRAFTING", 0);

        steps.saveDraft("civil-affairs", Map.of());
        steps.submit("civil-affairs");
        JsonNode noDecision = engine.complete("110:civil-affairs", REVIEW, Map.of("overallComment", "同意。")).problem(400);
        assertThat(noDecision.path("errors").findValuesAsText("field")).containsExactly("decision");
        Map<String, Object> returnWithoutComment = new HashMap<>();
        returnWithoutComment.put("reviewDecision", "RETURN");
        JsonNode noComment = engine.complete("110:civil-affairs", REVIEW, returnWithoutComment).problem(400);
        JsonNode apiNoComment = api.as("reviewer").review(110, "civil-affairs", "RETURN", null).problem(400);
        assertThat(noComment.path("errors")).isEqualTo(apiNoComment.path("errors"))
                .singleElement().satisfies(e -> assertThat(e.path("field").asText()).isEqualTo("overall"));

        assertThat(engine.tasks("110:civil-affairs", REVIEW)).hasSize(1);
        assertStage(api, 110, "civil-affairs", "REVIEW", 1);
        assertThat(api.as("admin").reviews(110, "civil-affairs").ok()).isEmpty();
        assertThat(notices(api, "civil-affairs")).extracting(n -> n.split("\n")[0]).containsExactly("SUBMITTED");
    }

    private static void assertStage(PlanCycleApi api, int year, String agency, String stage, int round) {
        JsonNode plan = api.as("admin").plan(year, agency).ok();
        assertThat(plan.path("stage").asText()).as("%s's stage", agency).isEqualTo(stage);
        assertThat(plan.path("reviewRound").asInt()).as("%s's round", agency).isEqualTo(round);
    }

    /** Each round's review as "round DECISION overall comment", oldest first. */
    private static List<String> reviews(PlanCycleApi api, String agency) {
        return StreamSupport.stream(api.as("admin").reviews(111, agency).ok().spliterator(), false)
                .map(r -> r.path("round").asInt() + " " + r.path("decision").asText() + " " + r.path("overall").asText())
                .toList();
    }

    private static List<String> reviewers(PlanCycleApi api, String agency) {
        return api.as("admin").reviews(111, agency).ok().findValuesAsText("reviewer");
    }

    /**
     * The agency's notices in the outbox (null: every notice), oldest first, each as its kind, its recipients' roles
     * and its text with the agency's name left out, so that two agencies' notices compare equal when they say the same.
     */
    private static List<String> notices(PlanCycleApi api, String agency) {
        JsonNode page = api.as("admin").get("/api/notifications?size=500" + (agency == null ? "" : "&agency=" + agency)).ok();
        return StreamSupport.stream(page.path("items").spliterator(), false)
                .sorted(Comparator.comparingLong(n -> n.path("id").asLong())).map(n -> n.path("kind").asText() + "\n" + n.path("subject").asText()
                .replace("消防局", "機關").replace("警察局", "機關") + "\n" + n.path("text").asText()
                .replace("消防局", "機關").replace("警察局", "機關")).toList();
    }
}
