package io.plancycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plancycle.support.Calendars;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.OwnServer;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanCycleApi.Change;
import io.plancycle.support.PlanCycleApi.Comment;
import io.plancycle.support.PlanJson;
import io.plancycle.support.PlanJson.Place;
import io.plancycle.support.Steps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cycle after cycle on the Chiayi plan: 109, 110 and 111 each open from the plans approved last, carry forward what
 * was revised and reported, keep their comments and revisions to themselves, and answer their own plan, report and
 * revision summary. 民政處 skips 110 and comes back in 111 with its 109 plan; a year opened before the one ahead of it
 * is approved needs a reason and still starts from the approved plans.
 */
@OwnServer
class YearAfterYearIT {

    private static final String FIRE = "fire";
    private static final String CIVIL = "civil-affairs";
    /** 消防局 三-1 提升網站點閱次數: ≧12,000人 in 110 and 111 as published. */
    private static final Place WEBSITE = Place.of(3, 1);
    /** 消防局 五-2 提高執行胸痛/悶使用心電圖監測率: 65% in 110, dropped from the plan in 111. */
    private static final Place ECG = Place.of(5, 2);
    private static final String WEBSITE_REASON = "109年點閱次數已達13,000人次，110年目標值配合提高。";
    private static final String ECG_REASON = "心電圖監測已納入救護品質指標，自111年度起不再單列。";
    private static final String OPENING_REASON = "配合預算籌編時程，112年度作業須於111年度核定前開始草擬。";

    @RegisterExtension
    final Steps scenario = new Steps();

    @LocalServerPort
    int port;

    @Test
    void eachYearStartsFromThePlansApprovedLastAndKeepsItsOwnRecords() throws Exception {
        PlanCycleApi api = new PlanCycleApi(port);
        PlanCycleApi.User admin = api.as("admin");
        PlanCycleApi.User fire = api.as(FIRE);

        scenario.step("109: the first cycle opens without a reason; 消防局 is returned and raises its 110 target");
        CycleSteps y109 = new CycleSteps(api, 109);
        assertThat(admin.openCycle(109, Calendars.city(109), List.of(FIRE, CIVIL), null).expect(201).json()
                .path("openingReason").isNull()).isTrue();
        y109.draftAndSubmit(FIRE);
        y109.draftAndSubmit(CIVIL);
        y109.approveReview(CIVIL);
        long website = PlanJson.kpiId(fire.plan(109, FIRE).ok(), WEBSITE);
        api.as("reviewer").review(109, FIRE, "RETURN", "請檢討網站點閱次數目標值。",
                new Comment(website, "108年點閱次數遠高於目標，請提高110年目標值。")).ok();
        fire.revise(109, FIRE, Change.target(website, 110, "≧13,000人", WEBSITE_REASON)).ok();
        y109.replyToEveryComment(FIRE);
        y109.submit(FIRE);
        y109.approveReview(FIRE);
        y109.fileReport(FIRE);
        y109.fileReport(CIVIL);
        y109.awaitConsolidation();
        y109.consolidateAndApprove();
        assertThat(reasons(admin.revisionSummary(109).ok())).containsExactly("110年度目標值修正：" + WEBSITE_REASON);
        new CycleDocuments(admin, 109).assertAgencyReport(FIRE, fire.plan(109, FIRE).ok());

        scenario.step("110, for 消防局 alone: its draft is its approved 109 plan, with 108's report, and no 109 records");
        CycleSteps y110 = new CycleSteps(api, 110);
        y110.open(List.of(FIRE));
        JsonNode draft110 = fire.plan(110, FIRE).ok();
        assertThat(PlanJson.kpi(draft110, WEBSITE).path("targets").path("110").path("raw").asText()).isEqualTo("≧13,000人");
        assertThat(PlanJson.actual(draft110, WEBSITE, 108).path("finalReport").asBoolean())
                .as("108's actual, reported in 109, carried forward").isTrue();
        assertThat(PlanJson.kpi(draft110, WEBSITE).path("pageRef").asText())
                .isEqualTo(PlanJson.kpi(fire.plan(109, FIRE).ok(), WEBSITE).path("pageRef").asText());
        assertThat(fire.reviews(110, FIRE).ok()).as("109's comments stay with 109").isEmpty();
        assertThat(fire.revisions(110, FIRE).ok()).as("109's revisions stay with 109").isEmpty();
        assertThat(fire.revisions(109, FIRE).ok()).hasSize(1);

        scenario.step("111 cannot open while 110 is not approved, unless the planning office says why");
        JsonNode refused = admin.openCycle(111, Calendars.city(111), List.of(FIRE, CIVIL), null).problem(400);
        assertThat(refused.path("errors").findValuesAsText("field")).containsExactly("reason");
        assertThat(refused.path("errors").get(0).path("message").asText()).contains("110 cycle is not approved yet");
        admin.cycle(111).expect(404);

        y110.draftAndSubmit(FIRE);
        y110.approveReview(FIRE);
        y110.fileReport(FIRE);
        y110.awaitConsolidation();
        y110.consolidateAndApprove();
        assertThat(admin.revisionSummary(110).ok().path("rows")).as("no revision in 110").isEmpty();
        new CycleDocuments(admin, 110).assertAgencyReport(FIRE, fire.plan(110, FIRE).ok());

        scenario.step("111: 消防局 from its 110 plan, 民政處 from its 109 plan; 消防局 drops a KPI it had a 110 target for");
        CycleSteps y111 = new CycleSteps(api, 111);
        assertThat(y111.open(List.of(FIRE, CIVIL)).path("openingReason").isNull()).isTrue();
        JsonNode draft111 = fire.plan(111, FIRE).ok();
        assertThat(PlanJson.actual(draft111, WEBSITE, 109).path("finalReport").asBoolean())
                .as("109's actual, reported in 110").isTrue();
        assertThat(PlanJson.actual(api.as(CIVIL).plan(111, CIVIL).ok(), Place.of(1, 1), 108).path("finalReport").asBoolean())
                .as("民政處's 108 actual, reported in 109: its draft is its 109 plan, not the one first published").isTrue();
        long ecg = PlanJson.kpiId(draft111, ECG);
        ObjectNode withoutEcg = PlanJson.draftWithActuals(draft111, 110, java.util.Map.of());
        ArrayNode ecgGoal = (ArrayNode) withoutEcg.path("goals").get(4).path("kpis");
        ecgGoal.remove(1);
        withoutEcg.putObject("removedKpis").putObject(String.valueOf(ecg)).put("reason", ECG_REASON);
        JsonNode saved = fire.savePlan(111, FIRE, withoutEcg).ok();
        assertThat(PlanJson.kpis(saved)).extracting(k -> k.path("id").asLong()).doesNotContain(ecg);
        assertThat(withdrawn(saved)).as("still owed to 110's report").extracting(k -> k.path("id").asLong())
                .containsExactly(ecg);
        y111.submit(FIRE);
        y111.approveReview(FIRE);

        scenario.step("110's report still answers for the dropped KPI: left out, the report is refused naming it");
        ObjectNode report = (ObjectNode) y111.reportBody(FIRE, java.util.Map.of());
        int ecgLine = PlanJson.reportIndex(report, ecg);
        ObjectNode partial = report.deepCopy();
        ((ArrayNode) partial.path("actuals")).remove(ecgLine);
        JsonNode missing = fire.report(111, FIRE, partial).problem(400);
        assertThat(missing.path("errors").findValuesAsText("message")).singleElement().asString()
                .contains("提高執行胸痛/悶使用心電圖監測率", "110");
        fire.report(111, FIRE, report).ok();
        JsonNode reported = fire.plan(111, FIRE).ok();
        assertThat(withdrawn(reported).get(0).path("actuals").path("110").path("finalReport").asBoolean()).isTrue();
        new CycleDocuments(admin, 111).assertAgencyReport(FIRE, reported);

        scenario.step("112 opened with a reason while 111 is in progress: 消防局 starts from 110, the KPI still there");
        JsonNode opened112 = admin.openCycle(112, Calendars.city(112), List.of(FIRE), OPENING_REASON).expect(201).json();
        assertThat(opened112.path("openingReason").asText()).isEqualTo(OPENING_REASON);
        JsonNode draft112 = fire.plan(112, FIRE).ok();
        assertThat(PlanJson.kpiId(draft112, ECG)).as("a KPI of 110's approved plan").isPositive();
        assertThat(PlanJson.kpi(draft112, ECG).path("name").asText()).isEqualTo("提高執行胸痛/悶使用心電圖監測率");
        assertThat(PlanJson.actual(draft112, WEBSITE, 110).isMissingNode())
                .as("110's actuals were reported in 111, which is not approved").isTrue();

        scenario.step("a new medium-term plan from the current plans takes 消防局's of 110, not 111's in progress");
        ObjectNode medium = PlanCycleApi.object().put("title", "嘉義市政府中程(113至116年度)施政計畫")
                .put("firstYear", 113).put("lastYear", 116);
        JsonNode preview = admin.post("/api/medium-term-plans/preview", medium).ok();
        JsonNode firePreview = StreamSupport.stream(preview.path("agencies").spliterator(), false)
                .filter(a -> a.path("code").asText().equals(FIRE)).findFirst().orElseThrow();
        assertThat(firePreview.findValuesAsText("name")).as("the KPI 111 dropped, still in 110's approved plan")
                .contains("提高執行胸痛/悶使用心電圖監測率");
    }

    private static List<String> reasons(JsonNode summary) {
        return StreamSupport.stream(summary.path("rows").spliterator(), false).map(r -> r.path("reason").asText()).toList();
    }

    private static List<JsonNode> withdrawn(JsonNode plan) {
        return StreamSupport.stream(plan.path("withdrawn").spliterator(), false)
                .flatMap(g -> StreamSupport.stream(g.path("kpis").spliterator(), false)).toList();
    }
}
