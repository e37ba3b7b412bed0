package io.plancycle.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plancycle.cycle.ProcessModel;
import io.plancycle.security.Identities;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.OwnServer;
import io.plancycle.support.PageSession;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanCycleApi.Change;
import io.plancycle.support.PlanCycleApi.Comment;
import io.plancycle.support.PlanJson;
import io.plancycle.support.PlanJson.Actual;
import io.plancycle.support.PlanJson.Place;
import io.plancycle.support.SignIn;
import io.plancycle.support.Steps;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import static io.plancycle.support.ExpectedMail.rocNumeric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail after real work, over HTTP: the planning office opens the 110 cycle for 民政處, the agency saves its
 * draft twice (a target and an actual change), the evaluation team comments and returns it, the agency revises a
 * target with its reason, the planning office moves a due date and replaces the agency's contacts, the approver
 * decides; users are created and changed in the engine's identity store. The trail lists each change with the right
 * user, address, before and after, newest first; its filters, paging and CSV export work; only the planning office
 * reads it, and nothing, neither the API nor the database, changes or deletes it.
 */
@OwnServer
@TestPropertySource(properties = {"camunda.bpm.job-execution.enabled=false"})
class AuditTrailIT {

    private static final int YEAR = 110;
    private static final int REPORT_YEAR = 109;
    private static final String CIVIL_AFFAIRS = "civil-affairs";
    private static final String LOCALHOST = "127.0.0.1";
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    /** 民政處 一/1 提高市民參加原住民歲時祭儀及客家節慶活動之參與度: targets 109 550, 110 600, 111 650. */
    private static final Place FESTIVAL_ATTENDANCE = Place.of(1, 1);
    private static final String COMMENT = "109年達成率110%，請檢討提高111年目標值。";
    private static final String REASON = "109年每場次參與人數605人，111年目標值由650人提高為700人。";
    private static final String MOVE_REASON = "配合議會定期會，績效報告延後一週。";
    private static final List<String> CSV_HEADER = List.of("時間", "使用者", "來源位址", "對象", "編號", "動作", "欄位", "修改前", "修改後");

    @RegisterExtension
    final Steps scenario = new Steps();

    @LocalServerPort
    int port;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Identities identities;

    @AfterEach
    void signOut() {
        SignIn.clear();
    }

    @Test
    void everyChangeOfACycleIsInTheTrailWithWhoWhenWhereBeforeAndAfter() throws IOException {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, YEAR);
        PlanCycleApi.User admin = api.as("admin");
        PlanCycleApi.User civil = api.as(CIVIL_AFFAIRS);
        PlanCycleApi.User reviewer = api.as("reviewer");
        long before = latestRevision(admin);

        scenario.step("The planning office opens the cycle; the agency saves its draft with 109's actuals on target, "
                + "then again with 110's target raised from 600 to 650 and 109's actual corrected from 550 to 605.");
        steps.open(List.of(CIVIL_AFFAIRS));
        steps.saveDraft(CIVIL_AFFAIRS, Map.of());
        JsonNode plan = civil.plan(YEAR, CIVIL_AFFAIRS).ok();
        long kpiId = PlanJson.kpiId(plan, FESTIVAL_ATTENDANCE);
        assertThat(PlanJson.kpi(plan, FESTIVAL_ATTENDANCE).path("targets").path("110").path("raw").asText()).isEqualTo("600");
        ObjectNode draft = PlanJson.draftWithActuals(plan, REPORT_YEAR, Map.of(FESTIVAL_ATTENDANCE, Actual.of("605")));
        ((ObjectNode) draft.path("goals").get(0).path("kpis").get(0).path("targets")).put("110", "650");
        PlanJson.reason((ObjectNode) draft.path("goals").get(0).path("kpis").get(0), 110, "參與人數逐年成長，調高目標");
        civil.savePlan(YEAR, CIVIL_AFFAIRS, draft).ok();
        steps.submit(CIVIL_AFFAIRS);

        scenario.step("The evaluation team comments on the KPI and returns the plan; the agency revises 111's target "
                + "with a reason.");
        reviewer.review(YEAR, CIVIL_AFFAIRS, "RETURN", "請依實際達成情形滾動修正目標值。", new Comment(kpiId, COMMENT)).ok();
        civil.revise(YEAR, CIVIL_AFFAIRS, Change.target(kpiId, 111, "700", REASON)).ok();
        steps.replyToEveryComment(CIVIL_AFFAIRS);
        steps.submit(CIVIL_AFFAIRS);
        steps.approveReview(CIVIL_AFFAIRS);

        scenario.step("The planning office moves the report's due date; the agency files its report. The cycle's job "
                + "left by the opening (after its last batch of agencies) runs only now, here by the test as the job "
                + "executor would (no request, no user): it finds every agency done and moves the cycle on.");
        admin.request(HttpMethod.PUT, "/api/cycles/" + YEAR + "/calendar/report",
                Map.of("dueOn", "2021-07-09", "reason", MOVE_REASON), MediaType.APPLICATION_JSON).ok();
        steps.fileReport(CIVIL_AFFAIRS, Map.of(FESTIVAL_ATTENDANCE, Actual.of("605")));
        assertThat(admin.cycle(YEAR).ok().path("stage").asText()).isEqualTo("SUBMISSIONS");
        List<Job> afterOpening = managementService.createJobQuery().processDefinitionKey(ProcessModel.CYCLE_PROCESS)
                .messages().list();
        assertThat(afterOpening).hasSize(1);
        managementService.executeJob(afterOpening.get(0).getId());
        assertThat(admin.cycle(YEAR).ok().path("stage").asText()).isEqualTo("CONSOLIDATION");

        scenario.step("The planning office replaces the agency's contacts, consolidates; the approver approves.");
        admin.request(HttpMethod.PUT, "/api/agencies/" + CIVIL_AFFAIRS + "/contacts", List.of(
                Map.of("name", "王小明", "email", "wang@city.gov.tw", "role", "CONTACT"),
                Map.of("name", "陳處長", "email", "chen@city.gov.tw", "role", "HEAD")), MediaType.APPLICATION_JSON).ok();
        steps.consolidateAndApprove();

        scenario.step("Newest first: the approval, then back to the opening.");
        List<JsonNode> all = entries(admin, "size=200");
        assertNewestFirst(all);
        List<JsonNode> trail = all.stream().filter(e -> e.path("revision").asLong() > before).toList();
        assertThat(trail).isNotEmpty();
        scenario.step("Every change shows what changed: no empty \"modified\" entries (a list of children or a version "
                + "number that moved is not a change of the parent), and only the fields that did change.");
        assertThat(trail).filteredOn(e -> e.path("change").asText().equals("MOD")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.path("changes")).as("changes of %s", e).isNotEmpty())
                .allSatisfy(e -> e.path("changes").forEach(c -> assertThat(c.path("before")).isNotEqualTo(c.path("after"))));
        assertThat(trail.get(0).path("user").asText()).isEqualTo("approver");
        assertThat(trail.get(0).path("userName").asText()).as("the person by name").isEqualTo("秘書長（approver）");
        assertThat(trail.get(0).path("address").asText()).isEqualTo(LOCALHOST);
        JsonNode approval = only(entries(admin, "entity=Approval&user=approver"), e -> true);
        assertThat(approval.path("action").asText()).isEqualTo("新增");
        assertThat(approval.path("entity").asText()).isEqualTo("首長核定");
        assertChange(approval, "decision", null, "APPROVE");
        assertChange(approval, "approver", null, "秘書長（approver）");

        scenario.step("The cycle: opened by the planning office with its calendar, stages moved by the planning office, "
                + "by the engine's job (system, no address) and by the approver; the report's due date moved.");
        List<JsonNode> cycle = entries(admin, "entity=Cycle");
        JsonNode opened = only(cycle, e -> e.path("change").asText().equals("ADD"));
        assertWho(opened, "admin", LOCALHOST);
        assertThat(opened.path("context").asText()).isEqualTo("年度 110");
        assertChange(opened, "deadlines.REPORT", null, "110/06/30");
        assertChange(opened, "stage", null, "機關提報中");
        JsonNode moved = only(cycle, e -> isChange(e, "deadlines.REPORT", "110/06/30", "110/07/09"));
        assertWho(moved, "admin", LOCALHOST);
        assertThat(moved.path("action").asText()).isEqualTo("修改");
        assertChange(moved, "deadlines.REPORT", "110/06/30", "110/07/09");
        assertThat(field(moved, "deadlines.REPORT").path("field").asText()).isEqualTo("時程（施政績效報告）");
        assertThat(moved.path("changes")).hasSize(1);
        JsonNode consolidating = only(cycle, e -> isChange(e, "stage", "機關提報中", "彙整"));
        assertWho(consolidating, "system", "system");
        assertThat(consolidating.path("userName").asText()).isEqualTo("系統");
        assertWho(only(cycle, e -> isChange(e, "stage", "彙整", "核定")), "admin", LOCALHOST);
        assertWho(only(cycle, e -> isChange(e, "stage", "核定", "已核定")), "approver", LOCALHOST);
        JsonNode deadlineChange = only(entries(admin, "entity=DeadlineChange"), e -> true);
        assertWho(deadlineChange, "admin", LOCALHOST);
        assertChange(deadlineChange, "beforeOn", null, "110/06/30");
        assertChange(deadlineChange, "afterOn", null, "110/07/09");
        assertChange(deadlineChange, "reason", null, MOVE_REASON);

        scenario.step("The agency's target changes: 110 600 → 650 in its draft, 111 650 → 700 in its revision.");
        List<JsonNode> targets = entries(admin, "entity=Target&user=" + CIVIL_AFFAIRS);
        JsonNode drafted = only(targets, e -> isChange(e, "raw", "600", "650"));
        assertWho(drafted, CIVIL_AFFAIRS, LOCALHOST);
        assertThat(drafted.path("entity").asText()).isEqualTo("KPI 目標值");
        assertThat(drafted.path("action").asText()).isEqualTo("修改");
        assertThat(drafted.path("previousRevision").asLong()).isPositive();
        assertThat(drafted.path("context").asText()).isEqualTo("關鍵績效指標 " + kpiId + "｜年度 110");
        assertChange(drafted, "amount", "600", "650");
        JsonNode revised = only(targets, e -> isChange(e, "raw", "650", "700"));
        assertThat(revised.path("context").asText()).endsWith("年度 111");
        assertThat(revised.path("revision").asLong()).isGreaterThan(drafted.path("revision").asLong());
        assertThat(targets.indexOf(revised)).isLessThan(targets.indexOf(drafted));

        scenario.step("The actual: 550 (on target) → 605 in the second save, then made final by the report.");
        List<JsonNode> actuals = entries(admin, "entity=Actual&user=" + CIVIL_AFFAIRS).stream()
                .filter(e -> e.path("context").asText().equals("關鍵績效指標 " + kpiId + "｜年度 109")).toList();
        assertWho(only(actuals, e -> isChange(e, "raw", "550", "605")), CIVIL_AFFAIRS, LOCALHOST);
        assertThat(only(actuals, e -> isChange(e, "finalReport", "否", "是")).path("action").asText()).isEqualTo("修改");

        scenario.step("The evaluation team's return and comment; the agency's revision with its reason, and the "
                + "change made while drafting, recorded with its reason at the submission.");
        JsonNode comment = only(entries(admin, "entity=ReviewComment&user=reviewer"), e -> true);
        assertWho(comment, "reviewer", LOCALHOST);
        assertChange(comment, "text", null, COMMENT);
        assertChange(comment, "kpiId", null, String.valueOf(kpiId));
        JsonNode returned = only(entries(admin, "entity=Review"), e -> isChange(e, "decision", null, "退回"));
        assertWho(returned, "reviewer", LOCALHOST);
        List<JsonNode> revisions = entries(admin, "entity=Revision");
        JsonNode whileDrafting = only(revisions, e -> isChange(e, "round", null, "0"));
        assertWho(whileDrafting, CIVIL_AFFAIRS, LOCALHOST);
        assertChange(whileDrafting, "beforeValue", null, "600");
        assertChange(whileDrafting, "afterValue", null, "650");
        JsonNode revision = only(revisions, e -> isChange(e, "round", null, "1"));
        assertWho(revision, CIVIL_AFFAIRS, LOCALHOST);
        assertChange(revision, "reason", null, REASON);
        assertChange(revision, "beforeValue", null, "650");
        assertChange(revision, "afterValue", null, "700");

        scenario.step("The contacts: the demo clerk and head deleted (their values before), the new ones added.");
        List<JsonNode> contacts = entries(admin, "entity=AgencyContact&user=admin");
        JsonNode deleted = only(contacts, e -> isChange(e, "email", "civil-affairs.contact@plancycle.test", null));
        assertThat(deleted.path("action").asText()).isEqualTo("刪除");
        assertWho(deleted, "admin", LOCALHOST);
        assertChange(deleted, "role", "承辦人", null);
        JsonNode added = only(contacts, e -> isChange(e, "email", null, "wang@city.gov.tw"));
        assertThat(added.path("action").asText()).isEqualTo("新增");
        assertChange(added, "name", null, "王小明");
        assertThat(added.path("revision").asLong()).isEqualTo(deleted.path("revision").asLong());

        scenario.step("The agency's plan moved through its stages, by whoever moved it.");
        List<JsonNode> plans = entries(admin, "entity=Plan&user=" + CIVIL_AFFAIRS);
        assertThat(plans).anySatisfy(e -> assertThat(isChange(e, "stage", "草擬", "書面審查")).isTrue());
        assertThat(plans).allSatisfy(e -> assertThat(e.path("context").asText()).as("the plan by its agency and year")
                .contains("機關 民政處", "年度作業 110年度"));
        assertThat(entries(admin, "entity=Plan&user=admin"))
                .anySatisfy(e -> assertThat(isChange(e, "stageDueOn", "110/06/30", "110/07/09")).isTrue());

        scenario.step("Filters: one user's entries are all theirs; one type's all of that type; the days around today "
                + "hold the trail, a year long past holds nothing.");
        assertThat(entries(admin, "user=reviewer&size=200")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.path("user").asText()).isEqualTo("reviewer"));
        assertThat(entries(admin, "entity=reviewcomment")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.path("entityType").asText()).isEqualTo("ReviewComment"));
        LocalDate today = LocalDate.now(TAIPEI);
        JsonNode aroundToday = admin.get("/api/audit?from=" + today.minusDays(1) + "&to=" + today.plusDays(1) + "&size=1").ok();
        assertThat(aroundToday.path("total").asLong()).isEqualTo(admin.get("/api/audit?size=1").ok().path("total").asLong());
        assertThat(admin.get("/api/audit?from=2000-01-01&to=2000-12-31").ok().path("total").asLong()).isZero();
        assertThat(admin.get("/api/audit?from=" + today.plusDays(2)).ok().path("entries")).isEmpty();

        scenario.step("Paging: two pages of two are the first page of four.");
        JsonNode firstFour = admin.get("/api/audit?user=" + CIVIL_AFFAIRS + "&size=4").ok();
        List<Long> four = keys(firstFour.path("entries"));
        List<Long> twoAndTwo = new ArrayList<>(keys(admin.get("/api/audit?user=" + CIVIL_AFFAIRS + "&size=2&page=0").ok().path("entries")));
        twoAndTwo.addAll(keys(admin.get("/api/audit?user=" + CIVIL_AFFAIRS + "&size=2&page=1").ok().path("entries")));
        assertThat(twoAndTwo).hasSize(4).isEqualTo(four);
        assertThat(firstFour.path("size").asInt()).isEqualTo(4);
        assertThat(firstFour.path("total").asLong()).isGreaterThan(4);

        scenario.step("The CSV export: UTF-8 with a byte-order mark, the columns, a line per changed field, newest "
                + "first.");
        PlanCycleApi.Response csv = admin.request(HttpMethod.GET, "/api/audit?entity=Target&user=" + CIVIL_AFFAIRS, null,
                PlanCycleApi.CSV).expect(200);
        assertThat(csv.headers().getContentType().isCompatibleWith(PlanCycleApi.CSV)).isTrue();
        assertThat(csv.headers().getContentDisposition().getFilename()).isEqualTo("audit-trail.csv");
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = csv(csv);
        assertThat(rows.get(0).toList()).isEqualTo(CSV_HEADER);
        List<CSVRecord> lines = rows.subList(1, rows.size());
        assertThat(lines).allSatisfy(r -> {
            assertThat(r.get(1)).isEqualTo("民政處承辦人（civil-affairs）");
            assertThat(r.get(2)).isEqualTo(LOCALHOST);
            assertThat(r.get(3)).startsWith("KPI 目標值（");
            assertThat(r.get(0)).matches("\\d{3}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}");
        });
        int rawLine = indexOf(lines, r -> r.get(6).equals("目標值") && r.get(7).equals("600") && r.get(8).equals("650"));
        assertThat(lines.get(rawLine).get(3)).isEqualTo("KPI 目標值（關鍵績效指標 " + kpiId + "｜年度 110）");
        assertThat(lines.get(rawLine).get(4)).isEqualTo(drafted.path("entityId").asText());
        assertThat(lines.get(rawLine).get(5)).isEqualTo("修改");
        assertThat(lines.get(rawLine).get(0)).startsWith(rocNumeric(today).substring(0, 4));
        assertThat(indexOf(lines, r -> r.get(7).equals("650") && r.get(8).equals("700"))).isLessThan(rawLine);
        scenario.step("Without filters the export is the whole trail (page and size do not apply), every entry at least "
                + "one line.");
        List<CSVRecord> whole = csv(admin.request(HttpMethod.GET, "/api/audit?size=1", null, PlanCycleApi.CSV).expect(200));
        long total = admin.get("/api/audit?size=1").ok().path("total").asLong();
        assertThat((long) whole.size() - 1).isGreaterThanOrEqualTo(total);
    }

    @Test
    void onlyThePlanningOfficeReadsTheTrail() {
        PlanCycleApi api = new PlanCycleApi(port);
        for (String user : List.of(CIVIL_AFFAIRS, "reviewer", "approver")) {
            assertThat(api.as(user).get("/api/audit").problem(403).path("detail").asText()).contains("GET /api/audit is not open");
            api.as(user).request(HttpMethod.GET, "/api/audit", null, PlanCycleApi.CSV).expect(403);
            api.as(user).get("/api/audit/types").expect(403);
        }
        api.anonymous().get("/api/audit").expect(401);
        api.anonymous().request(HttpMethod.GET, "/api/audit", null, PlanCycleApi.CSV).expect(401);
        JsonNode types = api.as("admin").get("/api/audit/types").ok();
        assertThat(types.findValuesAsText("key")).contains("Cycle", "Plan", "Goal", "Kpi", "Target", "Actual", "Review",
                "ReviewComment", "Revision", "Approval", "DeadlineChange", "AgencyContact", "UserAccountChange")
                .doesNotContain("Notification");
    }

    @Test
    void badFiltersAreRefusedNamingEveryOne() {
        PlanCycleApi.User admin = new PlanCycleApi(port).as("admin");
        assertThat(admin.get("/api/audit?entity=Notification&from=30/04/2021&to=2021-02-30&page=-1&size=201")
                .invalidFields()).containsExactlyInAnyOrder("entity", "from", "to", "page", "size");
        assertThat(admin.get("/api/audit?from=2021-05-01&to=2021-04-30").invalidFields()).containsExactly("to");
        assertThat(admin.get("/api/audit?size=0").invalidFields()).containsExactly("size");
        assertThat(admin.get("/api/audit?size=200").ok().path("size").asInt()).isEqualTo(200);
        assertThat(admin.request(HttpMethod.GET, "/api/audit?entity=Nope", null, PlanCycleApi.CSV).status()).isEqualTo(400);
    }

    @Test
    void theTrailCannotBeChangedThroughTheApiNorInTheDatabase() {
        PlanCycleApi.User admin = new PlanCycleApi(port).as("admin");
        // The API has nothing but reads.
        JsonNode paths = admin.apiDocs().ok().path("paths");
        List<String> auditPaths = new ArrayList<>();
        paths.fieldNames().forEachRemaining(p -> {
            if (p.startsWith("/api/audit")) {
                auditPaths.add(p);
                assertThat(fieldNames(paths.path(p))).as(p).containsOnly("get");
            }
        });
        assertThat(auditPaths).contains("/api/audit");
        for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
            // No access rule admits a change of the trail, not even the administrator's: refused at the door.
            assertThat(admin.request(method, "/api/audit", Map.of(), MediaType.APPLICATION_JSON).status()).as("%s", method)
                    .isEqualTo(403);
        }
        // The database refuses to change or delete what it holds, even through the application's own connection.
        Long revisions = jdbc.queryForObject("select count(*) from audit_revision", Long.class);
        Long targets = jdbc.queryForObject("select count(*) from target_aud", Long.class);
        assertThat(revisions).isPositive();
        assertThat(targets).isPositive();
        for (String sql : List.of("update audit_revision set user_id = 'mallory'", "delete from audit_revision",
                "update target_aud set raw = '9999'", "delete from target_aud", "delete from cycle_deadline_aud where rev < 0",
                "update user_account_change set user_id = 'mallory'")) {
            assertThatThrownBy(() -> jdbc.update(sql)).as(sql).hasStackTraceContaining("The audit trail is append-only");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_revision", Long.class)).isEqualTo(revisions);
        assertThat(jdbc.queryForObject("select count(*) from target_aud", Long.class)).isEqualTo(targets);
        assertThat(jdbc.queryForObject("select count(*) from audit_revision where user_id = 'mallory'", Long.class)).isZero();
    }

    @Test
    void userAccountChangesAreInTheTrailWhereverTheyAreMade() {
        PlanCycleApi.User admin = new PlanCycleApi(port).as("admin");
        // Through the engine's REST API (as the Camunda Admin webapp would): create, add to a group, change the
        // password, remove from the group, delete.
        admin.post("/engine-rest/user/create", Map.of(
                "profile", Map.of("id", "audit-clerk", "firstName", "林", "lastName", "書記", "email", "lin@city.gov.tw"),
                "credentials", Map.of("password", "first-password-1"))).expect(204);
        admin.request(HttpMethod.PUT, "/engine-rest/group/civil-affairs/members/audit-clerk", null, MediaType.APPLICATION_JSON)
                .expect(204);
        admin.request(HttpMethod.PUT, "/engine-rest/user/audit-clerk/credentials",
                Map.of("password", "second-password-2", "authenticatedUserPassword", PlanCycleApi.PASSWORD),
                MediaType.APPLICATION_JSON).expect(204);
        admin.request(HttpMethod.DELETE, "/engine-rest/group/civil-affairs/members/audit-clerk", null,
                MediaType.APPLICATION_JSON).expect(204);
        admin.request(HttpMethod.DELETE, "/engine-rest/user/audit-clerk", null, MediaType.APPLICATION_JSON).expect(204);
        // Through PlanCycle's own Identities, signed in as the planning office, outside any HTTP request.
        SignIn.asAdmin();
        identities.ensureUser("audit-reviewer", "第二位委員", "second@city.gov.tw", "third-password-3", "evaluation-team");
        SignIn.clear();

        List<JsonNode> changes = entries(admin, "entity=UserAccountChange&size=200");
        List<String> clerk = changes.stream()
                .filter(e -> e.path("context").asText().startsWith("帳號 audit-clerk"))
                .map(e -> value(e, "kind")).toList();
        assertThat(clerk).containsExactly("刪除帳號", "移出群組", "變更密碼", "加入群組", "建立帳號");
        JsonNode created = changes.stream().filter(e -> e.path("context").asText().equals("帳號 audit-clerk")
                && "建立帳號".equals(value(e, "kind"))).findFirst().orElseThrow();
        assertWho(created, "admin", LOCALHOST);
        assertThat(created.path("entity").asText()).isEqualTo("使用者帳號");
        assertChange(created, "detail", null, "林 書記 <lin@city.gov.tw>");
        JsonNode joined = changes.stream().filter(e -> e.path("context").asText().equals("帳號 audit-clerk｜群組 civil-affairs")
                && "加入群組".equals(value(e, "kind"))).findFirst().orElseThrow();
        assertWho(joined, "admin", LOCALHOST);
        assertThat(changes).noneSatisfy(e -> assertThat(e.toString()).contains("password-"));

        List<JsonNode> reviewer = changes.stream()
                .filter(e -> e.path("context").asText().startsWith("帳號 audit-reviewer")).toList();
        assertThat(reviewer).extracting(e -> value(e, "kind")).containsExactly("加入群組", "建立帳號");
        assertThat(reviewer).allSatisfy(e -> assertWho(e, "admin", "system"));
        assertThat(reviewer.get(0).path("context").asText()).isEqualTo("帳號 audit-reviewer｜群組 evaluation-team");
    }

    @Test
    void thePlanningOfficeReadsTheTrailOnAPageAndDownloadsIt() throws Exception {
        PageSession office = new PageSession(port).signedInAs("admin");
        assertThat(office.get("/admin/cycles").body()).as("the planning office's navigation")
                .contains("<a class=\"nav-link\" href=\"/admin/audit\">稽核紀錄</a>");
        String page = office.get("/admin/audit?entity=UserAccountChange").body();
        assertThat(page).contains("稽核紀錄", "使用者帳號", "建立帳號", "system", "下載 CSV");
        assertThat(page).containsPattern("<td class=\"text-nowrap\"[^>]*>" + rocNumeric(LocalDate.now(TAIPEI)) + " \\d{2}:\\d{2}:\\d{2}</td>");
        assertThat(page).contains("href=\"/admin/audit/csv?user=&amp;entity=UserAccountChange&amp;from=&amp;to=\"");
        assertThat(office.get("/admin/audit?lang=en&entity=UserAccountChange").body())
                .contains("Audit trail", "User account", "account created", "Download CSV");
        assertThat(office.get("/admin/audit?lang=zh_TW&from=not-a-date").body()).contains("is-invalid", "起日格式不正確");

        HttpResponse<String> download = office.get("/admin/audit/csv?user=&entity=UserAccountChange&from=&to=");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<CSVRecord> rows = csv(download.body());
        assertThat(rows.get(0).toList()).isEqualTo(CSV_HEADER);
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allSatisfy(r -> assertThat(r.get(3)).startsWith("使用者帳號"));

        HttpResponse<String> refused = office.get("/admin/audit/csv?to=2021-13-01");
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(refused.body()).contains("迄日格式不正確");

        PageSession agency = new PageSession(port).signedInAs(CIVIL_AFFAIRS);
        assertThat(agency.get("/tasks").body()).doesNotContain("/admin/audit");
        assertThat(agency.get("/admin/audit").statusCode()).isEqualTo(403);
        assertThat(agency.get("/admin/audit/csv").statusCode()).isEqualTo(403);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private static long latestRevision(PlanCycleApi.User admin) {
        JsonNode newest = admin.get("/api/audit?size=1").ok().path("entries");
        return newest.isEmpty() ? 0 : newest.get(0).path("revision").asLong();
    }

    private static List<JsonNode> entries(PlanCycleApi.User admin, String query) {
        JsonNode page = admin.get("/api/audit?" + query).ok();
        return StreamSupport.stream(page.path("entries").spliterator(), false).toList();
    }

    private static void assertNewestFirst(List<JsonNode> entries) {
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).path("revision").asLong()).isLessThanOrEqualTo(entries.get(i - 1).path("revision").asLong());
            assertThat(Instant.parse(entries.get(i).path("at").asText()))
                    .isBeforeOrEqualTo(Instant.parse(entries.get(i - 1).path("at").asText()));
        }
    }

    private static JsonNode only(List<JsonNode> entries, Predicate<JsonNode> which) {
        List<JsonNode> found = entries.stream().filter(which).toList();
        assertThat(found).as("matching entries among %s", entries).hasSize(1);
        return found.get(0);
    }

    private static void assertWho(JsonNode entry, String user, String address) {
        assertThat(entry.path("user").asText()).as("user of %s", entry).isEqualTo(user);
        assertThat(entry.path("address").asText()).as("address of %s", entry).isEqualTo(address);
    }

    private static JsonNode field(JsonNode entry, String property) {
        for (JsonNode change : entry.path("changes")) {
            if (change.path("property").asText().equals(property)) {
                return change;
            }
        }
        return null;
    }

    private static boolean isChange(JsonNode entry, String property, String before, String after) {
        JsonNode change = field(entry, property);
        return change != null && java.util.Objects.equals(text(change.path("before")), before)
                && java.util.Objects.equals(text(change.path("after")), after);
    }

    private static void assertChange(JsonNode entry, String property, String before, String after) {
        JsonNode change = field(entry, property);
        assertThat(change).as("change of %s in %s", property, entry).isNotNull();
        assertThat(text(change.path("before"))).as("%s before", property).isEqualTo(before);
        assertThat(text(change.path("after"))).as("%s after", property).isEqualTo(after);
    }

    /** The value a field of an added row was given. */
    private static String value(JsonNode entry, String property) {
        JsonNode change = field(entry, property);
        return change == null ? null : text(change.path("after"));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    private static List<Long> keys(JsonNode entries) {
        List<Long> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode e : entries) {
            String key = e.path("revision").asLong() + "/" + e.path("entityType").asText() + "/" + e.path("entityId").asLong();
            assertThat(seen.add(key)).as("entry %s listed twice", key).isTrue();
            keys.add(e.path("revision").asLong() * 1_000_000 + e.path("entityId").asLong());
        }
        return keys;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<CSVRecord> csv(PlanCycleApi.Response response) throws IOException {
        return csv(response.text());
    }

    /** The rows of a CSV download, which starts with a byte-order mark for Excel. */
    private static List<CSVRecord> csv(String text) throws IOException {
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.EXCEL.parse(new StringReader(text.substring(1))).getRecords();
    }

    private static int indexOf(List<CSVRecord> rows, Predicate<CSVRecord> which) {
        for (int i = 0; i < rows.size(); i++) {
            if (which.test(rows.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such line among " + rows);
    }
}
