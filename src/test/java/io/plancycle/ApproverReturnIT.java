package io.plancycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The approver returns the 123 cycle to two of its three agencies through the API: only those two get the revision
 * task and a mail with the approver's reason, the third gets nothing; when both have sent their plans back the cycle
 * is consolidated again, and the approval then ends it.
 */
@SharedServer
class ApproverReturnIT {

    /** The cycle year this test alone opens in the shared database (124 is kept for it too). */
    private static final int YEAR = 123;
    private static final List<String> AGENCIES = List.of("education", "social-affairs", "personnel");
    private static final List<String> RETURNED = List.of("education", "personnel");
    private static final String REASON = "教育處、人事處績效報告請補充未達成指標之原因分析";

    @LocalServerPort
    int port;

    @Test
    void theApproversReturnReachesTheAgenciesChosenAndTheCycleEndsAfterTheirRevision() {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, YEAR);
        steps.openAhead(AGENCIES);
        for (String code : AGENCIES) {
            steps.draftAndSubmit(code);
            steps.approveReview(code);
            steps.fileReport(code);
        }
        steps.awaitConsolidation();
        api.as("admin").consolidate(YEAR).ok();

        // A return naming an agency of no part in the cycle is refused at that agency; nothing changes.
        JsonNode refused = api.as("approver").returnTo(YEAR, REASON, List.of("education", "fire")).expect(400).json();
        assertThat(refused.toString()).contains("agencies[1]");
        assertThat(api.as("admin").cycle(YEAR).ok().path("stage").asText()).isEqualTo("APPROVAL");

        // Returned to two agencies: they revise, the third waits with nothing to do.
        JsonNode returned = api.as("approver").returnTo(YEAR, REASON, RETURNED).ok();
        assertThat(returned.path("stage").asText()).isEqualTo("SUBMISSIONS");
        assertThat(CycleSteps.stages(returned)).containsEntry("education", "APPROVAL_REVISION")
                .containsEntry("personnel", "APPROVAL_REVISION").containsEntry("social-affairs", "DONE");
        for (String code : RETURNED) {
            assertThat(stepsOf(api.as(code).tasks().ok())).as("%s's tasks", code).containsExactly("APPROVAL_REVISION");
            JsonNode mail = api.as("admin").get("/api/notifications?agency=" + code).ok().path("items");
            assertThat(kinds(mail)).as("%s's notices", code).contains("RETURNED_BY_APPROVER");
            mail.forEach(n -> {
                if (n.path("kind").asText().equals("RETURNED_BY_APPROVER")) {
                    assertThat(n.path("text").asText()).contains(REASON);
                    assertThat(n.path("subject").asText()).contains("經首長退回");
                }
            });
        }
        assertThat(stepsOf(api.as("social-affairs").tasks().ok())).isEmpty();
        assertThat(kinds(api.as("admin").get("/api/notifications?agency=social-affairs").ok().path("items")))
                .doesNotContain("RETURNED_BY_APPROVER");

        // Both send their plans back: the cycle is consolidated again and approved.
        for (String code : RETURNED) {
            api.as(code).submit(YEAR, code).ok();
        }
        steps.awaitConsolidation();
        JsonNode approved = steps.consolidateAndApprove();
        assertThat(CycleSteps.stages(approved).values()).containsOnly("DONE");
    }

    private static List<String> stepsOf(JsonNode tasks) {
        List<String> steps = new ArrayList<>();
        tasks.forEach(t -> {
            if (t.path("cycleYear").asInt() == YEAR) {
                steps.add(t.path("stage").asText());
            }
        });
        return steps;
    }

    private static List<String> kinds(JsonNode notices) {
        List<String> kinds = new ArrayList<>();
        notices.forEach(n -> kinds.add(n.path("kind").asText()));
        return kinds;
    }
}
