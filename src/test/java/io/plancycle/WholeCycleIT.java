package io.plancycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.DocumentFiles;
import io.plancycle.support.OwnServer;
import io.plancycle.support.PageSession;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanCycleApi.Change;
import io.plancycle.support.PlanCycleApi.Comment;
import io.plancycle.support.PlanJson;
import io.plancycle.support.PlanJson.Actual;
import io.plancycle.support.PlanJson.Place;
import io.plancycle.support.Steps;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 110 cycle of Chiayi City Government from opening to final approval, on the real 108–111 plan of its 20 agencies,
 * through the HTTP API only: the server on a random port, the H2 file in a temporary folder, the job executor running.
 */
@OwnServer
class WholeCycleIT {

    private static final int YEAR = 110;
    private static final int REPORT_YEAR = 109;
    private static final String CIVIL_AFFAIRS = "civil-affairs";

    // Real KPIs of the published plan, by their place in their agency's plan (goal 一 = 1, KPI 1 = 1).
    /** 民政處 一/1 提高市民參加原住民歲時祭儀及客家節慶活動之參與度: 109 target 550 (persons per event). */
    private static final Place FESTIVAL_ATTENDANCE = Place.of(1, 1);
    /** 民政處 三/1 辦理市民集團結婚: 109 target 20 (couples). */
    private static final Place GROUP_WEDDING = Place.of(3, 1);
    /** 民政處 五/2 執行新住民相關措施及活動: 109 target 94%. */
    private static final Place NEW_RESIDENTS = Place.of(5, 2);
    /** 民政處 六/1 辦理役男體檢作業: 109 target 73 sessions, 110 target 74. */
    private static final Place CONSCRIPT_EXAMS = Place.of(6, 1);
    /** 民政處 七/1 策訂本市全民防衛動員準備綜合執行計畫: 109 target the date 7/30. */
    private static final Place DEFENCE_PLAN = Place.of(7, 1);
    /** 建設處 三/1 豬瘟及口蹄疫發生率: target 0, lower is better. */
    private static final Place SWINE_FEVER = Place.of(3, 1);
    /** 建設處 三/2 不合格農產品藥物殘留率: ceiling ≦5%. */
    private static final Place PESTICIDE_RESIDUE = Place.of(3, 2);
    /** 地政處 一/1 提供民眾上網查閱地籍資料或申領電子謄本天數比率: ceiling ≦8.5. */
    private static final Place LAND_RECORDS_DOWNTIME = Place.of(1, 1);
    /** 地政處 三/1 地政士 (inspections of land administration agents): 96%. */
    private static final Place AGENT_INSPECTIONS = Place.of(3, 1);
    /** 警察局 七/1: strict ceiling {@code < 10分鐘}. */
    private static final Place POLICE_RESPONSE = Place.of(7, 1);

    private static final String NEW_RESIDENTS_SHORTFALL = "受新冠肺炎疫情影響，部分新住民活動停辦或縮減規模，服務人數未達預期。";

    /** The actuals of 109 that are not simply on target; every other KPI reports its target. */
    private static final Map<String, Map<Place, Actual>> ACTUALS_109 = Map.of(
            CIVIL_AFFAIRS, Map.of(
                    FESTIVAL_ATTENDANCE, Actual.of("605"),
                    GROUP_WEDDING, Actual.of("30"),
                    NEW_RESIDENTS, Actual.missed("90%", NEW_RESIDENTS_SHORTFALL),
                    DEFENCE_PLAN, Actual.judgedMet("7/28")),
            "construction", Map.of(
                    SWINE_FEVER, Actual.of("0"),
                    PESTICIDE_RESIDUE, Actual.of("4%")),
            "land-administration", Map.of(
                    LAND_RECORDS_DOWNTIME, Actual.of("8.5"),
                    AGENT_INSPECTIONS, Actual.of("97.5%")),
            "police", Map.of(
                    POLICE_RESPONSE, Actual.of("8分鐘")));

    private static final String REASON_ATTENDANCE = "109年每場次參與人數605人，達成率110%，111年目標值由650人提高為700人。";
    private static final String REASON_WEDDING = "109年達成率150%，逾130%，依規定調高111年目標值為40對。";
    private static final String REASON_EXAMS = "配合役男人數增加，110年體檢場次由74場提高為80場。";

    @RegisterExtension
    final Steps scenario = new Steps();

    @LocalServerPort
    int port;

    @Test
    void theWholeCycleFromOpeningToApproval() throws Exception {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, YEAR);
        PlanCycleApi.User admin = api.as("admin");
        PlanCycleApi.User reviewer = api.as("reviewer");

        scenario.step("The planning office opens the 110 cycle for every agency, with its calendar.");
        JsonNode opened = steps.open(null);
        List<String> agencies = new ArrayList<>(CycleSteps.agencies(opened).keySet());
        assertThat(agencies).hasSize(20).startsWith(CIVIL_AFFAIRS, "construction", "education").endsWith("police", "fire");
        assertThat(opened.path("calendar").path("DRAFTING").asText()).isEqualTo("2021-03-31");
        assertThat(opened.path("calendar").path("APPROVAL").asText()).isEqualTo("2021-07-31");
        CycleSteps.agencies(opened).values().forEach(a -> {
            assertThat(a.path("reviewRound").asInt()).isZero();
            assertThat(a.path("dueOn").asText()).isEqualTo("2021-03-31");
        });
        scenario.step("… and cannot open it twice.");
        assertThat(admin.openCycle(YEAR, null).problem(409).path("detail").asText()).contains("110");
        assertThat(admin.cycleYears().ok()).filteredOn(y -> y.asInt() == YEAR).hasSize(1);

        scenario.step("Who sees what.");
        assertThat(api.as(CIVIL_AFFAIRS).plan(YEAR, "construction").problem(403).path("detail").asText()).contains("construction");
        api.as(CIVIL_AFFAIRS).cycle(YEAR).problem(403);
        api.anonymous().plan(YEAR, CIVIL_AFFAIRS).expect(401);
        api.anonymous().cycle(YEAR).expect(401);

        scenario.step("A review while the agency is still drafting: refused with the stage it is at, and nothing "
                + "changes.");
        JsonNode wrongStage = reviewer.review(YEAR, CIVIL_AFFAIRS, "APPROVE", "提前審查").problem(409);
        assertThat(wrongStage.path("currentStage").asText()).isEqualTo("DRAFTING");
        assertThat(reviewer.reviews(YEAR, CIVIL_AFFAIRS).ok()).isEmpty();
        assertThat(tasksOfThisCycle(reviewer)).isEmpty();
        JsonNode stillDrafting = api.as(CIVIL_AFFAIRS).plan(YEAR, CIVIL_AFFAIRS).ok();
        assertThat(stillDrafting.path("stage").asText()).isEqualTo("DRAFTING");
        assertThat(stillDrafting.path("reviewRound").asInt()).isZero();

        scenario.step("Every agency finds its drafting task and its draft already filled from the published plan.");
        JsonNode published = publishedPlan();
        for (JsonNode agency : published.path("agencies")) {
            String code = agency.path("code").asText();
            List<JsonNode> tasks = tasksOfThisCycle(api.as(code));
            assertThat(tasks).as("%s's tasks", code).hasSize(1);
            assertThat(tasks.get(0).path("stage").asText()).isEqualTo("DRAFTING");
            assertThat(tasks.get(0).path("agencyCode").asText()).isEqualTo(code);
            assertThat(tasks.get(0).path("cycleYear").asInt()).isEqualTo(YEAR);
            assertDraftIsThePublishedPlan(agency, api.as(code).plan(YEAR, code).ok());
        }

        scenario.step("Every agency adds its 109 actuals, saves (with the version it read) and submits.");
        for (String code : agencies) {
            steps.draftAndSubmit(code, ACTUALS_109.getOrDefault(code, Map.of()));
        }
        JsonNode underReview = admin.cycle(YEAR).ok();
        CycleSteps.agencies(underReview).forEach((code, a) -> {
            assertThat(a.path("stage").asText()).as(code).isEqualTo("REVIEW");
            assertThat(a.path("reviewRound").asInt()).as(code).isEqualTo(1);
            assertThat(a.path("dueOn").asText()).as(code).isEqualTo("2021-04-30");
        });
        assertThat(tasksOfThisCycle(reviewer)).hasSize(20).allSatisfy(t -> assertThat(t.path("stage").asText()).isEqualTo("REVIEW"));

        scenario.step("The evaluation team approves 19 and returns 民政處 with an overall comment and comments on three "
                + "KPIs.");
        JsonNode civilDraft = api.as(CIVIL_AFFAIRS).plan(YEAR, CIVIL_AFFAIRS).ok();
        long attendance = PlanJson.kpiId(civilDraft, FESTIVAL_ATTENDANCE);
        long wedding = PlanJson.kpiId(civilDraft, GROUP_WEDDING);
        long exams = PlanJson.kpiId(civilDraft, CONSCRIPT_EXAMS);
        for (String code : agencies) {
            if (!code.equals(CIVIL_AFFAIRS)) {
                steps.approveReview(code);
            }
        }
        String overall = "部分指標109年達成率偏高，請依實際達成情形滾動修正目標值。";
        JsonNode returned = reviewer.review(YEAR, CIVIL_AFFAIRS, "RETURN", overall,
                new Comment(attendance, "109年達成率110%，請檢討提高111年目標值。"),
                new Comment(wedding, "109年達成率150%，逾130%，請調高目標值。"),
                new Comment(exams, "請依役男人數預估調整110年體檢場次。")).ok();
        assertThat(returned.path("decision").asText()).isEqualTo("RETURN");

        scenario.step("民政處 sees the comments and its plan back for revision; the others are at their report.");
        JsonNode rounds = api.as(CIVIL_AFFAIRS).reviews(YEAR, CIVIL_AFFAIRS).ok();
        assertThat(rounds).hasSize(1);
        assertThat(rounds.get(0).path("round").asInt()).isEqualTo(1);
        assertThat(rounds.get(0).path("decision").asText()).isEqualTo("RETURN");
        assertThat(rounds.get(0).path("overall").asText()).isEqualTo(overall);
        assertThat(rounds.get(0).path("reviewer").asText()).isEqualTo("reviewer");
        assertThat(rounds.get(0).path("comments").findValuesAsText("kpiId"))
                .containsExactly(String.valueOf(attendance), String.valueOf(wedding), String.valueOf(exams));
        Map<String, String> stages = CycleSteps.stages(admin.cycle(YEAR).ok());
        assertThat(stages).containsEntry(CIVIL_AFFAIRS, "REVISION");
        assertThat(stages.values()).filteredOn("REPORT"::equals).hasSize(19);
        assertThat(tasksOfThisCycle(api.as(CIVIL_AFFAIRS))).singleElement().satisfies(t -> assertThat(t.path("stage").asText()).isEqualTo("REVISION"));

        scenario.step("A revision without its reason is refused, the field named, and nothing changes.");
        PlanCycleApi.User civil = api.as(CIVIL_AFFAIRS);
        assertThat(civil.revise(YEAR, CIVIL_AFFAIRS, Change.target(attendance, 111, "700", null)).invalidFields())
                .containsExactly("changes[0].reason");
        assertThat(civil.revisions(YEAR, CIVIL_AFFAIRS).ok()).isEmpty();
        assertThat(target(civil.plan(YEAR, CIVIL_AFFAIRS).ok(), FESTIVAL_ATTENDANCE, 111)).isEqualTo("650");

        scenario.step("民政處 revises two targets, each with its reason …");
        JsonNode firstChanges = civil.revise(YEAR, CIVIL_AFFAIRS,
                Change.target(attendance, 111, "700", REASON_ATTENDANCE),
                Change.target(exams, 110, "80", REASON_EXAMS)).ok();
        assertThat(firstChanges).hasSize(2);
        assertRevision(firstChanges.get(0), attendance, 111, "650", "700", REASON_ATTENDANCE);
        assertRevision(firstChanges.get(1), exams, 110, "74", "80", REASON_EXAMS);
        scenario.step("… and replies to each comment of the evaluation team (回覆說明), with or without a change.");
        Map<Long, String> replies = new LinkedHashMap<>();
        rounds.get(0).path("comments").forEach(c -> replies.put(c.path("id").asLong(), "遵照辦理：" + c.path("text").asText()));
        assertThat(civil.reply(YEAR, CIVIL_AFFAIRS, replies).ok()).isEmpty();
        scenario.step("… but 集團結婚 reached 150% in 109: the resubmission is refused until that target is made more "
                + "challenging.");
        assertThat(civil.submit(YEAR, CIVIL_AFFAIRS).invalidFields()).containsExactly("goals[2].kpis[0].targets.110");
        assertThat(civil.plan(YEAR, CIVIL_AFFAIRS).ok().path("stage").asText()).isEqualTo("REVISION");
        JsonNode thirdChange = civil.revise(YEAR, CIVIL_AFFAIRS,
                Change.target(wedding, 111, "40", REASON_WEDDING).onPage("12")).ok();
        assertRevision(thirdChange.get(0), wedding, 111, "30", "40", REASON_WEDDING);
        JsonNode resubmitted = civil.submit(YEAR, CIVIL_AFFAIRS).ok();
        assertThat(resubmitted.path("stage").asText()).isEqualTo("REVIEW");
        assertThat(resubmitted.path("reviewRound").asInt()).isEqualTo(2);
        assertThat(civil.revisions(YEAR, CIVIL_AFFAIRS).ok()).hasSize(3);

        scenario.step("The evaluation team approves the revised plan.");
        steps.approveReview(CIVIL_AFFAIRS);
        assertThat(civil.reviews(YEAR, CIVIL_AFFAIRS).ok().findValuesAsText("decision")).containsExactly("RETURN", "APPROVE");

        scenario.step("Every agency files its performance report for 109; 民政處 first forgets to explain a missed target.");
        ObjectNode civilReport = (ObjectNode) steps.reportBody(CIVIL_AFFAIRS,
                with(ACTUALS_109.get(CIVIL_AFFAIRS), NEW_RESIDENTS, Actual.missed("90%", null)));
        int line = PlanJson.reportIndex(civilReport, PlanJson.kpiId(civilDraft, NEW_RESIDENTS));
        assertThat(civil.report(YEAR, CIVIL_AFFAIRS, civilReport).invalidFields())
                .containsExactly("actuals[" + line + "].explanation");
        JsonNode notFiled = civil.plan(YEAR, CIVIL_AFFAIRS).ok();
        assertThat(notFiled.path("stage").asText()).isEqualTo("REPORT");
        assertThat(PlanJson.actual(notFiled, FESTIVAL_ATTENDANCE, REPORT_YEAR).path("finalReport").asBoolean()).isFalse();
        steps.fileReport(CIVIL_AFFAIRS, ACTUALS_109.get(CIVIL_AFFAIRS));

        scenario.step("Consolidation before every agency is done is at the wrong stage, and changes nothing.");
        JsonNode early = admin.consolidate(YEAR).problem(409);
        assertThat(early.path("currentStage").asText()).isEqualTo("SUBMISSIONS");
        assertThat(admin.cycle(YEAR).ok().path("stage").asText()).isEqualTo("SUBMISSIONS");

        for (String code : agencies) {
            if (!code.equals(CIVIL_AFFAIRS)) {
                steps.fileReport(code, ACTUALS_109.getOrDefault(code, Map.of()));
            }
        }

        scenario.step("Once every agency is done, the cycle is the planning office's to consolidate.");
        JsonNode consolidation = steps.awaitConsolidation();
        CycleSteps.agencies(consolidation).forEach((code, a) -> {
            assertThat(a.path("stage").asText()).as(code).isEqualTo("DONE");
            assertThat(a.path("overdue").asBoolean()).as(code).isFalse();
            assertThat(a.path("reviewRound").asInt()).as(code).isEqualTo(code.equals(CIVIL_AFFAIRS) ? 2 : 1);
        });
        assertThat(tasksOfThisCycle(admin)).singleElement()
                .satisfies(t -> assertThat(t.path("stage").asText()).isEqualTo("CONSOLIDATION"));
        api.as("approver").approve(YEAR).problem(409);

        scenario.step("The achievement rates as the plans show them.");
        assertAchievements(api);

        scenario.step("Consolidated and approved; only an approved year can be published.");
        assertThat(admin.request(HttpMethod.PUT, "/api/cycles/" + YEAR + "/publication", null, MediaType.APPLICATION_JSON)
                .problem(409).path("detail").asText()).contains("only an approved year can be published");
        JsonNode approved = steps.consolidateAndApprove();
        assertThat(approved.path("approvals")).hasSize(1);
        assertThat(approved.path("approvals").get(0).path("decision").asText()).isEqualTo("APPROVE");
        assertThat(approved.path("approvals").get(0).path("approver").asText()).isEqualTo("approver");
        assertThat(admin.cycle(YEAR).ok().path("stage").asText()).isEqualTo("APPROVED");
        assertThat(tasksOfThisCycle(admin)).isEmpty();

        scenario.step("The KPI rolling revision summary table, row for row, in every format.");
        CycleDocuments documents = new CycleDocuments(admin, YEAR);
        assertRevisionSummary(api, documents);

        scenario.step("The plan book, the performance report and the review-response table of 民政處, in every format.");
        JsonNode civilAffairs = admin.plan(YEAR, CIVIL_AFFAIRS).ok();
        documents.assertAgencyPlanBook(CIVIL_AFFAIRS, civilAffairs);
        documents.assertAgencyReport(CIVIL_AFFAIRS, civilAffairs);
        documents.assertResponseTable(CIVIL_AFFAIRS,
                admin.get("/api/cycles/" + YEAR + "/agencies/" + CIVIL_AFFAIRS + "/review-responses").ok());

        scenario.step("The whole city's plan book and performance report.");
        List<JsonNode> plans = agencies.stream().map(a -> admin.plan(YEAR, a).ok()).toList();
        documents.assertCityPlanBook(plans.stream().map(p -> p.path("agencyName").asText()).toList());
        documents.assertCityReport(plans);

        scenario.step("Published, the approved year is open to anyone without sign-in, and shows nothing but the plans.");
        PageSession anyone = new PageSession(port);
        assertThat(anyone.get("/public/" + YEAR).statusCode()).as("not published yet").isEqualTo(404);
        assertThat(admin.request(HttpMethod.PUT, "/api/cycles/" + YEAR + "/publication", null, MediaType.APPLICATION_JSON)
                .ok().path("publishedAt").isTextual()).isTrue();
        assertThat(anyone.get("/public").body()).contains("/public/" + YEAR);
        String page = anyone.get("/public/" + YEAR).body();
        plans.forEach(p -> assertThat(page).contains(p.path("agencyName").asText()));
        assertThat(page).contains("辦理市民集團結婚", "達成率逾130%", NEW_RESIDENTS_SHORTFALL)
                .doesNotContain(overall, "reviewer", "@plancycle.test", "登出");
        HttpResponse<String> pdf = anyone.get("/public/" + YEAR + "/performance-report?format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        admin.request(HttpMethod.DELETE, "/api/cycles/" + YEAR + "/publication", null, MediaType.APPLICATION_JSON).ok();
        assertThat(anyone.get("/public/" + YEAR).statusCode()).as("withdrawn").isEqualTo(404);
        assertThat(anyone.get("/public/" + YEAR + "/plan-book?format=pdf").statusCode()).isEqualTo(404);
    }

    /**
     * The plan's first cycle, 108, reports on 107, for which the plan set no target: 消防局 has nothing to report, and
     * its empty report is accepted; with targets in the reported year, an empty report names each KPI still missing.
     */
    @Test
    void aReportWithNothingToReportIsAcceptedAndOneMissingActualsIsNot() {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, 108);
        steps.open(List.of("fire"));
        steps.draftAndSubmit("fire");
        steps.approveReview("fire");
        ObjectNode empty = PlanCycleApi.object();
        empty.set("actuals", PlanCycleApi.array());
        JsonNode filed = api.as("fire").report(108, "fire", empty).ok();
        assertThat(filed.path("stage").asText()).isEqualTo("DONE");

        CycleSteps later = new CycleSteps(api, 109);
        later.open(List.of("fire"));
        later.draftAndSubmit("fire");
        later.approveReview("fire");
        List<String> missing = api.as("fire").report(109, "fire", empty).invalidFields();
        assertThat(missing).isNotEmpty().containsOnly("actuals");
    }

    /**
     * Two people of 消防局 open the same draft of the 111 cycle; the first saves 110's actuals, then the second saves
     * what they typed over the version they read: the second is told to reload, and the first one's work stays.
     */
    @Test
    void aDraftSavedOverSomeoneElsesNewerSaveIsRefused() {
        PlanCycleApi api = new PlanCycleApi(port);
        int year = 111;
        Place kpi = Place.of(1, 1);
        api.as("admin").openCycle(year, List.of("fire")).expect(201);
        PlanCycleApi.User fire = api.as("fire");
        JsonNode read = fire.plan(year, "fire").ok();
        String target = PlanJson.onTarget(PlanJson.kpi(read, kpi), year - 1).value();

        JsonNode saved = fire.savePlan(year, "fire", PlanJson.draftWithActuals(read, year - 1, Map.of())).ok();
        assertThat(saved.path("version").asLong()).as("the version the answer names")
                .isEqualTo(fire.plan(year, "fire").ok().path("version").asLong()).isGreaterThan(read.path("version").asLong());
        JsonNode refused = fire.savePlan(year, "fire", PlanJson.draftWithActuals(read, year - 1,
                Map.of(kpi, Actual.missed("1", "第二位承辦人的數字")))).problem(409);

        assertThat(refused.path("detail").asText()).contains("version");
        JsonNode plan = fire.plan(year, "fire").ok();
        assertThat(PlanJson.actual(plan, kpi, year - 1).path("value").asText()).isEqualTo(target);
        assertThat(plan.path("version").asLong()).isEqualTo(saved.path("version").asLong());

        // The first person saves again with the version their save answered: accepted.
        fire.savePlan(year, "fire", PlanJson.draftWithActuals(saved, year - 1, Map.of())).ok();
    }

    @Test
    void anonymousCallsAreRefused() {
        PlanCycleApi.User nobody = new PlanCycleApi(port).anonymous();
        for (PlanCycleApi.Response response : List.of(nobody.cycleYears(), nobody.tasks(), nobody.apiDocs(),
                nobody.openCycle(YEAR + 1, null))) {
            response.expect(401);
            assertThat(response.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        }
        // (A wrong password for a real user would lock that user for a few seconds: the engine's brute-force guard.)
        new PlanCycleApi(port).as("nobody", PlanCycleApi.PASSWORD).cycleYears().expect(401);
    }

    @Test
    void theApiDescriptionListsTheEndpoints() {
        JsonNode paths = new PlanCycleApi(port).as(CIVIL_AFFAIRS).apiDocs().ok().path("paths");
        List<String> listed = new ArrayList<>();
        paths.fieldNames().forEachRemaining(listed::add);
        assertThat(listed).contains(
                "/api/cycles", "/api/cycles/{year}", "/api/cycles/{year}/consolidation", "/api/cycles/{year}/approval",
                "/api/cycles/{year}/revision-summary", "/api/tasks",
                "/api/cycles/{year}/agencies/{code}/plan", "/api/cycles/{year}/agencies/{code}/submission",
                "/api/cycles/{year}/agencies/{code}/review", "/api/cycles/{year}/agencies/{code}/reviews",
                "/api/cycles/{year}/agencies/{code}/revisions", "/api/cycles/{year}/agencies/{code}/report");
        assertThat(paths.path("/api/cycles/{year}/agencies/{code}/plan").has("put")).isTrue();
        assertThat(paths.path("/api/cycles").has("post")).isTrue();
    }

    /**
     * What a developer reading the API description needs, as the Redocly linter checks it in CI (the document is
     * kept in target/openapi.json for that): the product named, HTTP Basic declared, every operation summarised with
     * an id of its own, the problems it answers described, and an example of every request body.
     */
    @Test
    void theApiDescriptionSaysWhatEachOperationDoesAndAnswers() throws Exception {
        String document = new PlanCycleApi(port).as(CIVIL_AFFAIRS).apiDocs().ok().toString();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi.json"), document);
        JsonNode api = PlanCycleApi.JSON.readTree(document);
        assertThat(api.at("/info/title").asText()).isEqualTo("PlanCycle API");
        assertThat(api.at("/info/description").asText()).contains("HTTP Basic", "RFC 9457");
        assertThat(api.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(api.at("/security/0").has("basicAuth")).isTrue();
        Set<String> operationIds = new java.util.HashSet<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            JsonNode operation = method.getValue();
            String at = method.getKey().toUpperCase() + " " + path.getKey();
            assertThat(operation.path("summary").asText()).as(at + " summary").isNotBlank();
            assertThat(operationIds.add(operation.path("operationId").asText())).as(at + " has an id of its own: "
                    + operation.path("operationId")).isTrue();
            assertThat(operation.path("operationId").asText()).as(at).doesNotContain("_");
            for (String status : List.of("401", "403")) {
                assertThat(operation.at("/responses/" + status + "/content").has("application/problem+json"))
                        .as(at + " answers " + status + " as a problem").isTrue();
            }
            if (operation.has("requestBody")) {
                assertThat(operation.at("/responses/400/content").has("application/problem+json")).as(at + " 400").isTrue();
                assertThat(operation.at("/responses/413").isMissingNode()).as(at + " 413").isFalse();
                operation.at("/requestBody/content").forEach(type ->
                        assertThat(type.at("/examples/example/value").isMissingNode()).as(at + " example").isFalse());
            }
        }));
        assertThat(operationIds).contains("openCycle", "saveDraftPlan", "submitPlan", "reviewSubmission", "reviseTargets",
                "filePerformanceReport", "decideFinalApproval");
        assertThat(api.at("/components/schemas/Problem/properties").has("errors")).isTrue();
    }

    // ---- checks ----------------------------------------------------------------------------------------------------

    /** The draft carries the published plan: every goal, KPI, measure and target of the remaining years. */
    private static void assertDraftIsThePublishedPlan(JsonNode published, JsonNode draft) {
        String code = published.path("code").asText();
        assertThat(draft.path("stage").asText()).as(code).isEqualTo("DRAFTING");
        assertThat(draft.path("agencyName").asText()).as(code).isEqualTo(published.path("name").asText());
        assertThat(draft.path("mission").asText()).as(code).isEqualTo(published.path("mission").asText());
        assertThat(draft.path("goals")).as("%s's goals", code).hasSize(published.path("goals").size());
        for (JsonNode goal : published.path("goals")) {
            JsonNode draftGoal = PlanJson.goal(draft, goal.path("no").asInt());
            assertThat(draftGoal.path("title").asText()).isEqualTo(goal.path("title").asText());
            assertThat(draftGoal.path("kpis")).hasSize(goal.path("kpis").size());
            for (JsonNode kpi : goal.path("kpis")) {
                Place place = Place.of(goal.path("no").asInt(), kpi.path("no").asInt());
                JsonNode draftKpi = PlanJson.kpi(draft, place);
                assertThat(draftKpi.path("name").asText()).as("%s %s", code, place).isEqualTo(kpi.path("name").asText());
                assertThat(draftKpi.path("measure").asText()).as("%s %s", code, place).isEqualTo(kpi.path("measure").asText());
                kpi.path("targets").fields().forEachRemaining(t -> {
                    if (!t.getValue().path("raw").isNull()) {
                        assertThat(draftKpi.path("targets").path(t.getKey()).path("raw").asText())
                                .as("%s %s target %s", code, place, t.getKey()).isEqualTo(t.getValue().path("raw").asText());
                    }
                });
            }
        }
    }

    private static void assertRevision(JsonNode revision, long kpiId, int year, String before, String after, String reason) {
        assertThat(revision.path("kind").asText()).isEqualTo("TARGET_CHANGE");
        assertThat(revision.path("kpiId").asLong()).isEqualTo(kpiId);
        assertThat(revision.path("year").asInt()).isEqualTo(year);
        assertThat(revision.path("before").asText()).isEqualTo(before);
        assertThat(revision.path("after").asText()).isEqualTo(after);
        assertThat(revision.path("reason").asText()).isEqualTo(reason);
        assertThat(revision.path("author").asText()).isEqualTo(CIVIL_AFFAIRS);
        assertThat(revision.path("round").asInt()).isEqualTo(1);
    }

    private static void assertAchievements(PlanCycleApi api) {
        JsonNode civil = api.as("reviewer").plan(YEAR, CIVIL_AFFAIRS).ok();
        assertAchievement(civil, FESTIVAL_ATTENDANCE, "605", "110.00", true, false);
        assertAchievement(civil, GROUP_WEDDING, "30", "150.00", true, true);
        assertAchievement(civil, NEW_RESIDENTS, "90%", "95.74", false, false);
        assertThat(PlanJson.actual(civil, NEW_RESIDENTS, REPORT_YEAR).path("explanation").asText()).isEqualTo(NEW_RESIDENTS_SHORTFALL);
        assertAchievement(civil, CONSCRIPT_EXAMS, "73", "100.00", true, false);
        // A date target: met or not as the agency judged it, no rate.
        assertAchievement(civil, DEFENCE_PLAN, "7/28", null, true, false);
        // The revised targets are in the plan; 109's target (and so its rate) stays as it was.
        assertThat(target(civil, FESTIVAL_ATTENDANCE, 111)).isEqualTo("700");
        assertThat(target(civil, FESTIVAL_ATTENDANCE, 109)).isEqualTo("550");

        JsonNode construction = api.as("construction").plan(YEAR, "construction").ok();
        assertThat(PlanJson.kpi(construction, SWINE_FEVER).path("direction").asText()).isEqualTo("LOWER_IS_BETTER");
        assertAchievement(construction, SWINE_FEVER, "0", "100.00", true, false);
        assertAchievement(construction, PESTICIDE_RESIDUE, "4%", "125.00", true, false);

        JsonNode land = api.as("land-administration").plan(YEAR, "land-administration").ok();
        assertThat(PlanJson.kpi(land, LAND_RECORDS_DOWNTIME).path("targets").path("109").path("kind").asText()).isEqualTo("CEILING");
        assertAchievement(land, LAND_RECORDS_DOWNTIME, "8.5", "100.00", true, false);
        assertAchievement(land, AGENT_INSPECTIONS, "97.5%", "101.56", true, false);

        JsonNode police = api.as("approver").plan(YEAR, "police").ok();
        assertAchievement(police, POLICE_RESPONSE, "8分鐘", "125.00", true, false);
    }

    private static void assertAchievement(JsonNode plan, Place place, String value, String rate, boolean met,
                                          boolean overThreshold) {
        JsonNode actual = PlanJson.actual(plan, place, REPORT_YEAR);
        String what = plan.path("agencyName").asText() + " " + place + " in " + REPORT_YEAR + ": " + actual;
        assertThat(actual.path("value").asText()).as(what).isEqualTo(value);
        if (rate == null) {
            assertThat(actual.path("rate").isNull()).as(what).isTrue();
        } else {
            assertThat(actual.path("rate").decimalValue()).as(what).isEqualByComparingTo(new BigDecimal(rate));
        }
        assertThat(actual.path("met").asBoolean()).as(what).isEqualTo(met);
        assertThat(actual.path("overThreshold").asBoolean()).as(what).isEqualTo(overThreshold);
        assertThat(actual.path("finalReport").asBoolean()).as(what).isTrue();
    }

    /**
     * The three rows of 民政處's revision, as JSON and as the CSV the city publishes; each 頁碼 the page of the city's
     * plan book (PDF) that shows the KPI, as its footer prints it.
     */
    private static void assertRevisionSummary(PlanCycleApi api, CycleDocuments documents) throws Exception {
        Map<String, String> book = DocumentFiles.pdfPages(api.as("admin").request(HttpMethod.GET,
                "/api/cycles/" + YEAR + "/plan-book?format=pdf", null, MediaType.ALL).expect(200).body());
        Function<String, String> pageOf = kpi -> book.entrySet().stream()
                .filter(page -> page.getValue().contains(kpi.replaceAll("\\s", ""))).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError(kpi + " is on no page of the plan book"));
        String attendance = "1. 提高市民參加原住民歲時祭儀及客家節慶活動之參與度";
        String wedding = "1. 辦理市民集團結婚";
        String exams = "1. 辦理役男體檢作業";
        List<List<String>> expected = List.of(
                List.of("民政處", "一、原住民歲時祭儀及客家節慶活動廣為宣傳", attendance,
                        "每場次參與人數", "500", "550", "600", "700", "111年度目標值修正：" + REASON_ATTENDANCE,
                        pageOf.apply(attendance)),
                List.of("民政處", "三、端正禮俗，改善社會風氣，保存優良傳統文化", wedding,
                        "參加對數", "20", "20", "30", "40", "111年度目標值修正：" + REASON_WEDDING, pageOf.apply(wedding)),
                List.of("民政處", "六、推展徵兵處理作業兼顧公平及服務措施", exams,
                        "每年辦理場次", "72", "73", "80", "90", "110年度目標值修正：" + REASON_EXAMS, pageOf.apply(exams)));
        assertThat(expected).extracting(row -> row.get(9)).as("民政處 is the city's first agency")
                .allMatch(page -> page.startsWith("P1-"));

        JsonNode table = api.as("admin").revisionSummary(YEAR).ok();
        assertThat(table.path("year").asInt()).isEqualTo(YEAR);
        assertThat(table.path("years").toString()).as("every year of the plan, as the city prints it")
                .isEqualTo("[108,109,110,111]");
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : table.path("rows")) {
            rows.add(Arrays.asList(row.path("agency").asText(), row.path("goal").asText(), row.path("kpi").asText(),
                    row.path("measure").asText(), row.path("revisedTargets").path("108").asText(),
                    row.path("revisedTargets").path("109").asText(), row.path("revisedTargets").path("110").asText(),
                    row.path("revisedTargets").path("111").asText(), row.path("reason").asText(),
                    row.path("page").asText("")));
        }
        assertThat(rows).containsExactlyElementsOf(expected);

        // An agency sees its own rows only.
        assertThat(api.as(CIVIL_AFFAIRS).revisionSummary(YEAR).ok().path("rows")).hasSize(3);
        assertThat(api.as("construction").revisionSummary(YEAR).ok().path("rows")).isEmpty();

        PlanCycleApi.Response csv = api.as("admin").revisionSummaryCsv(YEAR).expect(200);
        assertThat(csv.headers().getContentType()).isNotNull();
        assertThat(csv.headers().getContentType().isCompatibleWith(PlanCycleApi.CSV)).isTrue();
        assertThat(csv.headers().getContentType().getCharset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(csv.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment", ".csv");
        byte[] bytes = csv.body();
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
        assertThat(records.get(0).toList()).containsExactly(
                "單位", "關鍵策略目標", "關鍵績效指標", "衡量標準", "108年度目標值(修正後)", "109年度目標值(修正後)",
                "110年度目標值(修正後)", "111年度目標值(修正後)", "修正理由", "頁碼");
        assertThat(records.subList(1, records.size()).stream().map(CSVRecord::toList).toList())
                .containsExactlyElementsOf(expected);
        documents.assertRevisionSummary(expected, records.get(0).toList());
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /** The user's open tasks in the 110 cycle (another test of this class may have opened another year). */
    private static List<JsonNode> tasksOfThisCycle(PlanCycleApi.User user) {
        List<JsonNode> tasks = new ArrayList<>();
        user.tasks().ok().forEach(t -> {
            if (t.path("cycleYear").asInt() == YEAR) {
                tasks.add(t);
            }
        });
        return tasks;
    }

    private static String target(JsonNode plan, Place place, int year) {
        return PlanJson.kpi(plan, place).path("targets").path(String.valueOf(year)).path("raw").asText();
    }

    private static Map<Place, Actual> with(Map<Place, Actual> actuals, Place place, Actual actual) {
        Map<Place, Actual> changed = new LinkedHashMap<>(actuals);
        changed.put(place, actual);
        return changed;
    }

    /** The city's published 108–111 plan, as the application imports it. */
    private static JsonNode publishedPlan() throws IOException {
        try (InputStream in = new ClassPathResource("demo/chiayi-108-111-plan.json").getInputStream()) {
            return PlanCycleApi.JSON.readTree(in);
        }
    }
}
