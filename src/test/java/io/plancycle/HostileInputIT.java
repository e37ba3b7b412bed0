package io.plancycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plancycle.support.Calendars;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.PageSession;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanCycleApi.Comment;
import io.plancycle.support.PlanCycleApi.Response;
import io.plancycle.support.PlanJson;
import io.plancycle.support.SharedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and broken input through the HTTP API: each is refused with a 4xx problem that names the cause, never a
 * stack trace or SQL, and the database is exactly as it was afterwards.
 */
@SharedServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

    private static final int YEAR = 110;
    private static final List<String> TABLES = List.of("agency", "cycle", "cycle_deadline", "plan", "goal", "kpi", "target",
            "actual", "review", "review_comment", "revision", "approval", "deadline_change", "agency_contact", "notification",
            "ACT_RU_TASK", "ACT_RU_EXECUTION", "ACT_RU_JOB", "ACT_RU_VARIABLE");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    PlanCycleApi api;
    PlanCycleApi.User admin;
    PlanCycleApi.User agency;
    PlanCycleApi.User reviewer;

    @BeforeAll
    void openCycle() {
        api = new PlanCycleApi(port);
        admin = api.as("admin");
        agency = api.as("civil-affairs");
        reviewer = api.as("reviewer");
        CycleSteps steps = new CycleSteps(api, YEAR);
        steps.open(List.of("civil-affairs", "police", "fire", "education", "public-works"));
        steps.draftAndSubmit("public-works");
        reviewer.review(YEAR, "public-works", "RETURN", "請依意見修正").ok();
    }

    /** Every table's row count and the plans' versions: what "nothing changed" means. */
    private Map<String, Object> fingerprint() {
        Map<String, Object> counts = new java.util.TreeMap<>();
        TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class)));
        counts.put("plan versions", jdbc.queryForObject("select sum(version) from plan", Long.class));
        counts.put("texts", jdbc.queryForObject("select sum(length(coalesce(mission, ''))) from plan", Long.class));
        counts.put("live goals", jdbc.queryForObject("select count(*) from goal where not deleted", Long.class));
        counts.put("live KPIs", jdbc.queryForObject("select count(*) from kpi where not deleted", Long.class));
        counts.put("KPIs by goal", jdbc.queryForObject("select sum(goal_id * no) from kpi where not deleted", Long.class));
        counts.put("targets", jdbc.queryForObject("select sum(length(raw)) from target", Long.class));
        counts.put("goal titles", jdbc.queryForObject("select sum(length(title)) from goal", Long.class));
        return counts;
    }

    /** Sends the request and checks it was refused with the status and a problem body free of internals. */
    private JsonNode refused(int status, Supplier<Response> call) {
        Map<String, Object> before = fingerprint();
        Response response = call.get();
        JsonNode problem = response.problem(status);
        assertThat(response.text()).doesNotContain("Exception", "at io.", "at org.", "SQL", "org.hibernate", "select ");
        assertThat(fingerprint()).as("database after %s", response.call()).isEqualTo(before);
        return problem;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private Response raw(String method, String path, String contentType, byte[] body) {
        return raw(method, path, contentType, body, null);
    }

    /** As {@link #raw(String, String, String, byte[])}, asking for a language when {@code acceptLanguage} is not null. */
    private Response raw(String method, String path, String contentType, byte[] body, String acceptLanguage) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("civil-affairs:plancycle".getBytes()))
                    .header("Content-Type", contentType).header("Accept", "application/json");
            if (acceptLanguage != null) {
                builder.header("Accept-Language", acceptLanguage);
            }
            HttpRequest request = builder.method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(method + " " + path + " (raw)", response.statusCode(), null, response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String planPath() {
        return "/api/cycles/" + YEAR + "/agencies/civil-affairs/plan";
    }

    @Test
    void malformedJsonIsRefusedNamingTheBody() {
        JsonNode problem = refused(400, () -> raw("PUT", planPath(), "application/json", "{\"version\": 1, \"goals\": [".getBytes()));
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("body");
        assertThat(problem.at("/errors/0/message").asText()).isEqualTo("is not valid JSON");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] body = "{\"version\": 1, \"mission\": \"XX\", \"goals\": []}".getBytes(StandardCharsets.UTF_8);
        int at = new String(body, StandardCharsets.UTF_8).indexOf("XX");
        body[at] = (byte) 0xC3;
        body[at + 1] = (byte) 0x28;
        JsonNode problem = refused(400, () -> raw("PUT", planPath(), "application/json", body));
        assertThat(problem.at("/errors/0/message").asText()).isEqualTo("is not valid UTF-8");
    }

    @Test
    void wrongTypesAreRefusedNamingTheField() {
        ObjectNode draft = (ObjectNode) agency.plan(YEAR, "civil-affairs").ok();
        draft.put("version", "not a number");
        assertThat(refused(400, () -> agency.savePlan(YEAR, "civil-affairs", draft)).at("/errors/0/field").asText())
                .isEqualTo("version");
        assertThat(refused(400, () -> reviewer.post("/api/cycles/" + YEAR + "/agencies/police/review",
                Map.of("decision", "MAYBE"))).at("/errors/0/field").asText()).isEqualTo("decision");
    }

    @Test
    void missingFieldsAreEachNamed() {
        assertThat(fields(refused(400, () -> admin.post("/api/cycles", PlanCycleApi.object()))))
                .containsExactlyInAnyOrder("year", "calendar");
        ObjectNode noDates = PlanCycleApi.object().put("year", 111);
        noDates.putObject("calendar").put("drafting", "2022-03-31");
        assertThat(fields(refused(400, () -> admin.post("/api/cycles", noDates))))
                .contains("calendar.review", "calendar.revision", "calendar.report", "calendar.approval");
    }

    @Test
    void anOversizeBodyIsRefusedWith413() {
        String big = "{\"version\":1,\"mission\":\"" + "長".repeat(1_100_000) + "\",\"goals\":[]}";
        JsonNode problem = refused(413, () -> raw("PUT", planPath(), "application/json", big.getBytes(StandardCharsets.UTF_8)));
        assertThat(problem.path("title").asText()).isEqualTo("Request too large");
    }

    @Test
    void unknownIdsAreRefused() {
        assertThat(refused(404, () -> agency.plan(999, "civil-affairs")).path("detail").asText()).contains("999");
        assertThat(refused(404, () -> admin.get("/api/cycles/" + YEAR + "/agencies/no-such-agency/plan")).path("detail").asText())
                .contains("no-such-agency");
        ObjectNode draft = (ObjectNode) agency.plan(YEAR, "civil-affairs").ok();
        ((ObjectNode) draft.at("/goals/0/kpis/0")).put("id", 987654321L);
        assertThat(fields(refused(400, () -> agency.savePlan(YEAR, "civil-affairs", draft))))
                .containsExactly("goals[0].kpis[0].id");
    }

    @Test
    void refusalsSpeakEnglishUnlessTheCallerAsksForTraditionalChinese() throws Exception {
        ObjectNode draft = (ObjectNode) agency.plan(YEAR, "civil-affairs").ok();
        ((ObjectNode) draft.at("/goals/0/kpis/0")).put("id", 987654321L);
        byte[] body = PlanCycleApi.JSON.writeValueAsBytes(draft);

        for (String english : new String[]{null, "en-US,en;q=0.9", "fr-FR", "zh-CN"}) {
            JsonNode problem = refused(400, () -> raw("PUT", planPath(), "application/json", body, english));
            assertThat(problem.at("/errors/0/field").asText()).as(english).isEqualTo("goals[0].kpis[0].id");
            assertThat(problem.at("/errors/0/code").asText()).as(english).isEqualTo("plan.kpi.unknown");
            assertThat(problem.at("/errors/0/message").asText()).as(english)
                    .isEqualTo("KPI 987654321 is not in this plan; someone else may have deleted or moved it, reload the page");
        }
        for (String chinese : new String[]{"zh-TW", "zh-Hant,en;q=0.5", "zh"}) {
            JsonNode problem = refused(400, () -> raw("PUT", planPath(), "application/json", body, chinese));
            assertThat(problem.at("/errors/0/code").asText()).as(chinese).isEqualTo("plan.kpi.unknown");
            assertThat(problem.at("/errors/0/message").asText()).as(chinese)
                    .isEqualTo("這項指標（編號 987654321）已被其他人刪除或移動，請重新載入頁面。");
            assertThat(problem.path("detail").asText()).as(chinese)
                    .isEqualTo("goals[0].kpis[0].id: 這項指標（編號 987654321）已被其他人刪除或移動，請重新載入頁面。");
        }
        JsonNode noCycle = refused(404, () -> raw("GET", "/api/cycles/999/agencies/civil-affairs/plan", "application/json",
                new byte[0], "zh-TW"));
        assertThat(noCycle.path("detail").asText()).isEqualTo("機關 civil-affairs 在 999 年度作業中沒有計畫。");
        assertThat(noCycle.path("title").asText()).isEqualTo("找不到");
        JsonNode notChinese = refused(404, () -> raw("GET", "/api/cycles/999/agencies/civil-affairs/plan", "application/json",
                new byte[0], "en"));
        assertThat(notChinese.path("title").asText()).isEqualTo("Not found");
        assertThat(refused(400, () -> raw("PUT", planPath(), "application/json", body, "zh-TW")).path("title").asText())
                .isEqualTo("輸入有誤");

        // Refused before any PlanCycle code runs, by the sign-in: in the caller's language too.
        JsonNode adminsOnly = refused(403, () -> raw("GET", "/api/notifications", "application/json", new byte[0], "zh-TW"));
        assertThat(adminsOnly.path("title").asText()).isEqualTo("沒有權限");
        assertThat(adminsOnly.path("detail").asText()).isEqualTo("您的帳號不能使用 GET /api/notifications。");
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + planPath())).header("Accept-Language", "zh-TW").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        JsonNode signIn = PlanCycleApi.JSON.readTree(anonymous.body());
        assertThat(signIn.path("title").asText()).isEqualTo("尚未登入");
        assertThat(signIn.path("detail").asText()).isEqualTo("請以 PlanCycle 的帳號與密碼登入。");
    }

    @Test
    void negativeAndEnormousNumbersAreRefused() {
        refused(404, () -> admin.get("/api/cycles/-1"));
        assertThat(refused(400, () -> admin.get("/api/cycles/99999999999")).at("/errors/0/field").asText()).isEqualTo("year");
        ObjectNode cycle = PlanCycleApi.object().put("year", -5);
        cycle.set("calendar", PlanCycleApi.JSON.valueToTree(Calendars.city(111)));
        assertThat(fields(refused(400, () -> admin.post("/api/cycles", cycle)))).containsExactly("year");
        ObjectNode enormous = (ObjectNode) agency.plan(YEAR, "civil-affairs").ok();
        ((ObjectNode) enormous.at("/goals/0/kpis/0")).put("id", new java.math.BigInteger("1" + "0".repeat(40)));
        assertThat(refused(400, () -> agency.savePlan(YEAR, "civil-affairs", enormous)).at("/errors/0/field").asText())
                .isEqualTo("goals[0].kpis[0].id");
    }

    @Test
    void datesOutOfRangeAreRefused() {
        ObjectNode impossible = PlanCycleApi.object().put("year", 111);
        ObjectNode calendar = impossible.putObject("calendar");
        Calendars.city(111).forEach(calendar::put);
        calendar.put("drafting", "2022-02-30");
        assertThat(fields(refused(400, () -> admin.post("/api/cycles", impossible)))).containsExactly("calendar.drafting");
        calendar.put("drafting", "9999-03-31");
        calendar.put("review", "9999-04-30");
        assertThat(fields(refused(400, () -> admin.post("/api/cycles", impossible))))
                .contains("calendar.drafting", "calendar.review");
    }

    @Test
    void htmlAndSqlInTextAreStoredAsTextAndReturnedUnchanged() {
        String hostile = "<script>alert('x')</script>'; DROP TABLE plan; --";
        ObjectNode draft = (ObjectNode) agency.plan(YEAR, "civil-affairs").ok();
        draft.put("mission", hostile);
        agency.savePlan(YEAR, "civil-affairs", draft).ok();
        assertThat(agency.plan(YEAR, "civil-affairs").ok().path("mission").asText()).isEqualTo(hostile);
        assertThat(jdbc.queryForObject("select count(*) from plan", Long.class)).isPositive();
    }

    /**
     * Partial work is kept: a draft with a missed target left unexplained and a target removed is saved as it is, and
     * the submission is refused naming both fields, the plan still a draft.
     */
    @Test
    void anIncompleteDraftIsSavedAndItsSubmissionNamesWhatIsMissing() {
        PlanCycleApi.User police = api.as("police");
        JsonNode plan = police.plan(YEAR, "police").ok();
        int[] at = firstRaisableTarget(plan, YEAR - 1);
        int g = at[0];
        int k = at[1];
        JsonNode kpi = plan.path("goals").get(g).path("kpis").get(k);
        PlanJson.Place place = PlanJson.Place.of(plan.path("goals").get(g).path("no").asInt(), kpi.path("no").asInt());
        ObjectNode draft = PlanJson.draftWithActuals(plan, YEAR - 1, Map.of(place, PlanJson.Actual.missed("0", null)));
        ((ObjectNode) draft.at("/goals/" + g + "/kpis/" + k + "/targets")).remove(String.valueOf(YEAR));

        JsonNode saved = police.savePlan(YEAR, "police", draft).ok();
        assertThat(PlanJson.actual(saved, place, YEAR - 1).path("value").asText()).isEqualTo("0");
        assertThat(PlanJson.actual(saved, place, YEAR - 1).path("met").asBoolean()).isFalse();
        assertThat(PlanJson.kpi(saved, place).path("targets").has(String.valueOf(YEAR))).isFalse();

        String field = "goals[" + g + "].kpis[" + k + "]";
        assertThat(fields(refused(400, () -> police.submit(YEAR, "police"))))
                .containsExactlyInAnyOrder(field + ".targets." + YEAR, field + ".actuals." + (YEAR - 1) + ".explanation",
                        field + ".reasons.targets." + YEAR);
        assertThat(police.plan(YEAR, "police").ok().path("stage").asText()).isEqualTo("DRAFTING");
    }

    @Test
    void revisionsThatCannotBeAppliedAreRefusedWholeNamingTheField() {
        JsonNode returned = api.as("public-works").plan(YEAR, "public-works").ok();
        long goalA = returned.at("/goals/0/id").asLong();
        long goalB = returned.at("/goals/1/id").asLong();
        long kpi = returned.at("/goals/0/kpis/0/id").asLong();
        JsonNode civilAffairs = agency.plan(YEAR, "civil-affairs").ok();
        long otherGoal = civilAffairs.at("/goals/0/id").asLong();
        long otherKpi = civilAffairs.at("/goals/0/kpis/0/id").asLong();
        String reason = "依審查意見修正";

        assertThat(revisionRefused(Map.of("kind", "GOALS_MERGED", "goalIds", List.of(goalA, goalA, goalB), "reason", reason)))
                .containsExactly("changes[0].goalIds");
        assertThat(revisionRefused(Map.of("kind", "GOALS_MERGED", "goalIds", List.of(goalA, otherGoal), "reason", reason)))
                .containsExactly("changes[0].goalIds[1]");
        assertThat(revisionRefused(Map.of("kind", "GOALS_MERGED", "goalIds", List.of(goalA, goalB), "value", "目".repeat(1500),
                "reason", reason))).containsExactly("changes[0].value");
        assertThat(revisionRefused(Map.of("kind", "TARGET_CHANGE", "kpiId", kpi, "year", 111, "value", "9".repeat(300),
                "reason", reason))).containsExactly("changes[0].value");
        assertThat(revisionRefused(Map.of("kind", "TARGET_CHANGE", "kpiId", otherKpi, "year", 111, "value", "700",
                "reason", reason))).containsExactly("changes[0].kpiId");
        assertThat(revisionRefused(Map.of("kind", "TARGET_CHANGE", "kpiId", kpi, "year", 120, "value", "700",
                "reason", reason))).containsExactly("changes[0].year");
        assertThat(revisionRefused(Map.of("kind", "TARGET_CHANGE", "kpiId", kpi, "year", 111, "value", "700")))
                .containsExactly("changes[0].reason");
        assertThat(revisionRefused(Map.of("kind", "KPI_ADDED", "goalId", goalA, "name", "新增指標", "measure", "件數",
                "targets", Map.of("111", "1".repeat(201)), "reason", reason))).containsExactly("changes[0].targets.111");
        assertThat(revisionRefused(Map.of("kind", "KPI_MOVED", "kpiId", kpi, "goalId", goalA, "reason", reason)))
                .containsExactly("changes[0].goalId");
        assertThat(revisionRefused(Map.of("kind", "KPI_DELETED", "reason", reason))).containsExactly("changes[0].kpiId");
        assertThat(fields(refused(400, () -> api.as("public-works").post(revisionsPath(), Map.of("changes", List.of())))))
                .containsExactly("changes");
        // One bad change among good ones: none of them is applied.
        assertThat(revisionRefused(Map.of("kind", "TARGET_CHANGE", "kpiId", kpi, "year", 111, "value", "700", "reason", reason),
                Map.of("kind", "GOALS_MERGED", "goalIds", List.of(goalB, goalB), "reason", reason)))
                .containsExactly("changes[1].goalIds");
    }

    private List<String> revisionRefused(Map<?, ?>... changes) {
        return fields(refused(400, () -> api.as("public-works").post(revisionsPath(), Map.of("changes", List.of(changes)))));
    }

    private static String revisionsPath() {
        return "/api/cycles/" + YEAR + "/agencies/public-works/revisions";
    }

    @Test
    void aDoubleClickedSubmitSubmitsOnceAndTwoReviewersDecideOnce() throws Exception {
        JsonNode plan = api.as("fire").plan(YEAR, "fire").ok();
        api.as("fire").savePlan(YEAR, "fire", PlanJson.draftWithActuals(plan, YEAR - 1, Map.of())).ok();

        List<Integer> submits = together(2, () -> api.as("fire").submit(YEAR, "fire").status());
        assertThat(submits).containsExactlyInAnyOrder(200, 409);
        assertThat(api.as("fire").plan(YEAR, "fire").ok().path("reviewRound").asInt()).isEqualTo(1);

        List<Integer> reviews = together(2, () -> reviewer.review(YEAR, "fire", "RETURN", "請補充說明",
                new Comment(null, "overall")).status());
        assertThat(reviews).containsExactlyInAnyOrder(200, 409);
        assertThat(reviewer.reviews(YEAR, "fire").ok()).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from review r join plan p on p.id = r.plan_id "
                + "join agency a on a.id = p.agency_id join cycle c on c.id = p.cycle_id "
                + "where a.code = 'fire' and c.roc_year = ?", Long.class, YEAR)).isEqualTo(1);

        refused(409, () -> reviewer.review(YEAR, "fire", "APPROVE", null));
    }

    /**
     * The same double click on the page: each answer is the next page (302) or "changed first, reload" (409), never the
     * general error page, however the engine wraps the second one's failure; and the plan is submitted once.
     */
    @Test
    void aDoubleClickedSubmitOnThePageAnswers409NotTheErrorPage() throws Exception {
        JsonNode plan = api.as("education").plan(YEAR, "education").ok();
        api.as("education").savePlan(YEAR, "education", PlanJson.draftWithActuals(plan, YEAR - 1, Map.of())).ok();
        PageSession page = new PageSession(port).signedInAs("education");
        String submit = "/cycles/" + YEAR + "/agencies/education/plan/submit";
        String token = page.csrfToken(submit);

        List<HttpResponse<String>> answers = together(2, () -> page.post(submit, Map.of("_csrf", token)));
        assertThat(answers).extracting(HttpResponse::statusCode).allSatisfy(status -> assertThat(status).isIn(302, 409));
        answers.stream().filter(a -> a.statusCode() == 409).forEach(a -> assertThat(a.body())
                .contains("請重新載入頁面", "id=\"pc-reload\"").doesNotContain("Exception", "at org."));
        assertThat(api.as("education").plan(YEAR, "education").ok().path("reviewRound").asInt()).isEqualTo(1);
    }

    /** Goal and KPI index of the first KPI with a "at least this number" target in the year and a target the next. */
    private static int[] firstRaisableTarget(JsonNode plan, int year) {
        for (int g = 0; g < plan.path("goals").size(); g++) {
            JsonNode kpis = plan.path("goals").get(g).path("kpis");
            for (int k = 0; k < kpis.size(); k++) {
                JsonNode target = kpis.get(k).path("targets").path(String.valueOf(year));
                if (target.path("kind").asText().equals("NUMBER") && target.path("op").asText().startsWith(">")
                        && target.path("value").asDouble() > 0 && kpis.get(k).path("targets").has(String.valueOf(year + 1))) {
                    return new int[]{g, k};
                }
            }
        }
        throw new AssertionError(plan.path("agencyCode").asText() + " has no KPI with a number to reach in " + year);
    }

    /** Runs the call on several threads released at the same instant. */
    private static <T> List<T> together(int times, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
