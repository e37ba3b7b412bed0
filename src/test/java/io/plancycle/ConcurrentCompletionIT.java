package io.plancycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.SharedServer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight agencies file their performance reports at the same moment. Each asks, with the cycle's row locked, whether it
 * is the last; none of them fails because another finished at the same time, exactly one moves the cycle on, and
 * each is counted once.
 */
@SharedServer
class ConcurrentCompletionIT {

    /** The cycle year this test alone opens in the shared database. */
    private static final int YEAR = 109;
    /** Eight agencies, in the city's order, whose plans have a target for every KPI in 109 (觀光新聞處 left one blank). */
    private static final List<String> AGENCIES = List.of("education", "public-works", "urban-development",
            "social-affairs", "administration", "transportation", "smart-technology", "personnel");

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @LocalServerPort
    int port;

    @Test
    void agenciesFinishingAtTheSameMomentAreEachCountedOnce() throws Exception {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, YEAR);
        PlanCycleApi.User admin = api.as("admin");

        // The 109 cycle for eight agencies; each drafts, submits and is approved at review.
        JsonNode opened = steps.open(AGENCIES);
        assertThat(CycleSteps.agencies(opened).keySet()).containsExactlyElementsOf(AGENCIES);
        for (String code : AGENCIES) {
            steps.draftAndSubmit(code);
            steps.approveReview(code);
        }
        Map<String, JsonNode> reports = new LinkedHashMap<>();
        for (String code : AGENCIES) {
            reports.put(code, steps.reportBody(code, Map.of()));
        }
        assertThat(CycleSteps.stages(admin.cycle(YEAR).ok()).values()).containsOnly("REPORT");

        // Their last step, the performance report, fired at once.
        List<PlanCycleApi.Response> answers = fireTogether(api, reports);

        assertThat(answers).hasSize(AGENCIES.size()).allSatisfy(answer -> {
            assertThat(answer.status()).as("%s answered %s", answer.call(), answer.text()).isEqualTo(200);
            assertThat(answer.json().path("stage").asText()).as(answer.call()).isEqualTo("DONE");
        });

        // The last of them moves the cycle on to consolidation, with each agency done and counted once.
        JsonNode cycle = steps.awaitConsolidation();
        Map<String, JsonNode> progress = CycleSteps.agencies(cycle);
        assertThat(progress.keySet()).containsExactlyElementsOf(AGENCIES);
        progress.forEach((code, a) -> assertThat(a.path("stage").asText()).as(code).isEqualTo("DONE"));
        assertThat(admin.tasks().ok()).filteredOn(t -> t.path("cycleYear").asInt() == YEAR).singleElement()
                .satisfies(t -> assertThat(t.path("stage").asText()).isEqualTo("CONSOLIDATION"));
        for (String code : AGENCIES) {
            assertThat(api.as(code).tasks().ok()).as("%s's tasks", code).filteredOn(t -> t.path("cycleYear").asInt() == YEAR)
                    .isEmpty();
        }

        // The engine agrees: each agency's submission of this year ended once (and no incident
        // anywhere). Asked through the engine of this context: /engine-rest finds its engine by name in a registry the
        // JVM shares, which the restart tests running in this JVM change.
        assertThat(runtime.createIncidentQuery().count()).isZero();
        for (String code : AGENCIES) {
            String key = YEAR + ":" + code;
            assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("agencySubmission").finished()
                    .processInstanceBusinessKey(key).count()).as("%s's submission ended", code).isEqualTo(1);
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("agencySubmission")
                    .processInstanceBusinessKey(key).count()).as("%s's submission running", code).isZero();
        }

        // And the cycle goes on to its end.
        JsonNode approved = steps.consolidateAndApprove();
        assertThat(CycleSteps.stages(approved).values()).hasSize(AGENCIES.size()).containsOnly("DONE");
    }

    /** Each agency's call waits on one latch; all are released together. */
    private static List<PlanCycleApi.Response> fireTogether(PlanCycleApi api, Map<String, JsonNode> reports)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(reports.size());
        try {
            CountDownLatch ready = new CountDownLatch(reports.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<PlanCycleApi.Response>> calls = new ArrayList<>();
            reports.forEach((code, report) -> {
                PlanCycleApi.User agency = api.as(code);
                calls.add(pool.submit(() -> {
                    ready.countDown();
                    assertThat(go.await(30, TimeUnit.SECONDS)).isTrue();
                    return agency.report(YEAR, code, report);
                }));
            });
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("all callers ready").isTrue();
            go.countDown();
            List<PlanCycleApi.Response> answers = new ArrayList<>();
            for (Future<PlanCycleApi.Response> call : calls) {
                answers.add(call.get(90, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
