package io.plancycle.revision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.DocumentFiles;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanJson;
import io.plancycle.support.PlanJson.Place;
import io.plancycle.support.SharedServer;
import io.plancycle.support.Steps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change to the approved plan carries its reason and reaches the KPI rolling revision summary table, whether
 * typed while drafting or in a revision round: 民政處 changes a target, a measure, a KPI's name, adds a KPI, deletes one,
 * merges one into another and renames a goal while drafting (125); the submission names each change still without
 * its reason; with the reasons it goes, and the summary (JSON, CSV, ODS) lists every change in the city's words; after
 * a return a direction changed in the revision round is listed too, the drafting changes once. (The editor's reason
 * field is tried by AgencyPagesIT, in 111, where a year of the approved plan is still one to edit.)
 */
@SharedServer
class DraftingChangesIT {

    private static final String AGENCY = "civil-affairs";
    private static final int YEAR = 125;

    @RegisterExtension
    final Steps scenario = new Steps();

    @LocalServerPort
    int port;

    @Test
    void everyChangeMadeWhileDraftingIsSubmittedWithItsReasonAndListedInTheSummary() throws Exception {
        PlanCycleApi api = new PlanCycleApi(port);
        PlanCycleApi.User agency = api.as(AGENCY);
        CycleSteps steps = new CycleSteps(api, YEAR);
        steps.openAhead(List.of(AGENCY));

        scenario.step("while drafting: a target, a measure, a name changed, a KPI added, one deleted, one merged, a goal renamed");
        JsonNode plan = agency.plan(YEAR, AGENCY).ok();
        long deletedId = PlanJson.kpiId(plan, Place.of(3, 2));
        long mergedId = PlanJson.kpiId(plan, Place.of(4, 1));
        long intoId = PlanJson.kpiId(plan, Place.of(4, 2));
        int year = targetYear(plan);
        ObjectNode draft = PlanJson.draftWithActuals(plan, steps.reportYear(), Map.of());
        ArrayNode goals = (ArrayNode) draft.path("goals");
        ObjectNode festival = kpiDraft(draft, 0, 0);
        ((ObjectNode) festival.path("targets")).put(String.valueOf(year), "9999");
        kpiDraft(draft, 1, 0).put("measure", kpiDraft(draft, 1, 0).path("measure").asText() + "（修正）");
        kpiDraft(draft, 1, 1).put("name", kpiDraft(draft, 1, 1).path("name").asText() + "（修正）");
        ObjectNode added = ((ArrayNode) goals.get(0).path("kpis")).addObject();
        added.put("name", "原住民族語言推廣活動參與人數").put("measure", "年度參與人次");
        added.putObject("targets").put(String.valueOf(year), "300").put(String.valueOf(YEAR), "300");
        ((ArrayNode) goals.get(2).path("kpis")).remove(1);
        ((ArrayNode) goals.get(3).path("kpis")).remove(0);
        draft.putObject("removedKpis").putObject(String.valueOf(mergedId)).put("mergedInto", intoId);
        ((ObjectNode) goals.get(4)).put("title", goals.get(4).path("title").asText() + "（修正）");
        agency.savePlan(YEAR, AGENCY, draft).ok();

        scenario.step("the submission is refused, naming each change still without its reason");
        JsonNode refused = agency.submit(YEAR, AGENCY).problem(400);
        List<String> fields = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        refused.path("errors").forEach(e -> {
            fields.add(e.path("field").asText());
            codes.add(e.path("code").asText());
        });
        assertThat(fields.stream().filter(f -> f.contains("reasons") || f.startsWith("removed")))
                .as("the changes without their reason").containsExactlyInAnyOrder(
                "goals[0].kpis[0].reasons.targets." + year, "goals[0].kpis[1].reasons.added",
                "goals[1].kpis[0].reasons.measure", "goals[1].kpis[1].reasons.name", "goals[4].reasons.title",
                "removedKpis." + deletedId + ".reason", "removedKpis." + mergedId + ".reason");
        assertThat(codes).contains("plan.change.reason.targetMissing", "plan.change.reason.missing");
        assertThat(agency.plan(YEAR, AGENCY).ok().path("stage").asText()).isEqualTo("DRAFTING");
        JsonNode changes = agency.get("/api/cycles/" + YEAR + "/agencies/" + AGENCY + "/plan/changes").ok();
        assertThat(changes.findValuesAsText("kind")).containsExactlyInAnyOrder("TARGET_CHANGE", "KPI_ADDED",
                "MEASURE_CHANGE", "KPI_RENAMED", "GOAL_RENAMED", "KPI_DELETED", "KPI_MERGED");

        scenario.step("the reasons given and kept through a further save, the plan is submitted");
        JsonNode saved = agency.plan(YEAR, AGENCY).ok();
        ObjectNode withReasons = PlanJson.draftWithActuals(saved, steps.reportYear(), Map.of());
        PlanJson.reason(kpiDraft(withReasons, 0, 0), year, "參與人數逐年成長，調高目標");
        PlanJson.reason(kpiDraft(withReasons, 0, 1), "added", "推廣族語，新增指標");
        PlanJson.reason(kpiDraft(withReasons, 1, 0), "measure", "衡量方式改以場次計");
        PlanJson.reason(kpiDraft(withReasons, 1, 1), "name", "名稱更精確");
        ((ObjectNode) withReasons.path("goals").get(4)).putObject("reasons").put("title", "目標文字修正");
        ObjectNode removed = withReasons.putObject("removedKpis");
        removed.putObject(String.valueOf(deletedId)).put("reason", "經檢討為非核心業務，將其刪除");
        removed.putObject(String.valueOf(mergedId)).put("reason", "與同目標指標重複，整併").put("mergedInto", intoId);
        agency.savePlan(YEAR, AGENCY, withReasons).ok();
        agency.savePlan(YEAR, AGENCY, PlanJson.draft(agency.plan(YEAR, AGENCY).ok(), kpi -> { })).ok();
        steps.submit(AGENCY);

        scenario.step("the summary lists every change with its reason, in JSON, CSV and ODS");
        String into = "四-1 " + PlanJson.kpi(saved, Place.of(4, 1)).path("name").asText();
        List<String> expected = List.of(year + "年度目標值修正：參與人數逐年成長，調高目標", "新增關鍵績效指標：推廣族語，新增指標",
                "衡量標準修正：衡量方式改以場次計", "名稱修正：名稱更精確", "關鍵策略目標名稱修正：目標文字修正",
                "刪除：經檢討為非核心業務，將其刪除", "併入「" + into + "」：與同目標指標重複，整併");
        assertThat(reasons(api)).containsExactlyInAnyOrderElementsOf(expected);
        String csv = api.as("admin").request(HttpMethod.GET, "/api/cycles/" + YEAR + "/revision-summary", null,
                PlanCycleApi.CSV).expect(200).text();
        assertThat(csv).contains(expected).contains("修正理由", "頁碼");
        byte[] ods = api.as("admin").request(HttpMethod.GET, "/api/cycles/" + YEAR + "/revision-summary?format=ods", null,
                MediaType.ALL).expect(200).body();
        assertThat(DocumentFiles.rows(ods, "ods", 0).toString()).contains(expected);

        scenario.step("each KPI still in the plan cites as 頁碼 the page of the city's plan book its row is on");
        Map<String, String> book = DocumentFiles.pdfPages(api.as("admin").request(HttpMethod.GET,
                "/api/cycles/" + YEAR + "/plan-book?format=pdf", null, MediaType.ALL).expect(200).body());
        int cited = 0;
        for (JsonNode row : api.as("admin").revisionSummary(YEAR).ok().path("rows")) {
            String kpi = row.path("kpi").asText();
            if (kpi.isEmpty() || row.path("reason").asText().matches("^(刪除|併入).*")) {
                continue;
            }
            String page = row.path("page").asText();
            assertThat(page).as(kpi).matches("P\\d+-\\d+");
            assertThat(book).as("the plan book's pages").containsKey(page);
            assertThat(book.get(page)).as("page %s of the plan book", page).contains(kpi.replaceAll("\\s", ""));
            cited++;
        }
        assertThat(cited).as("the KPIs revised and still in the plan").isEqualTo(4);

        scenario.step("returned, the agency changes a KPI's direction in the revision round; listed too, drafting once");
        api.as("reviewer").review(YEAR, AGENCY, "RETURN", "請檢討指標方向").ok();
        long festivalId = PlanJson.kpiId(saved, Place.of(1, 1));
        agency.revise(YEAR, AGENCY, new PlanCycleApi.Change("DIRECTION_CHANGE", festivalId, null, null,
                "LOWER_IS_BETTER", null, "依審查意見改為越低越好")).ok();
        steps.submit(AGENCY);
        List<String> after = reasons(api);
        assertThat(after).hasSize(expected.size() + 1).containsAll(expected)
                .anyMatch(r -> r.contains("方向修正：依審查意見改為越低越好"));
        assertThat(new String(api.as("admin").request(HttpMethod.GET, "/api/cycles/" + YEAR + "/revision-summary", null,
                PlanCycleApi.CSV).body(), StandardCharsets.UTF_8)).contains("方向修正：依審查意見改為越低越好");
    }

    /** A year of the approved plan whose target 一-1 has, within the plan's years. */
    private static int targetYear(JsonNode plan) {
        JsonNode targets = PlanJson.kpi(plan, Place.of(1, 1)).path("targets");
        return targets.has("111") ? 111 : Integer.parseInt(targets.fieldNames().next());
    }

    private static ObjectNode kpiDraft(ObjectNode draft, int goal, int kpi) {
        return (ObjectNode) draft.path("goals").get(goal).path("kpis").get(kpi);
    }

    /** Each 修正理由 of the summary, one per change (a row's reasons are joined with ；). */
    private static List<String> reasons(PlanCycleApi api) {
        List<String> reasons = new ArrayList<>();
        api.as("admin").revisionSummary(YEAR).ok().path("rows")
                .forEach(row -> reasons.addAll(List.of(row.path("reason").asText().split("；"))));
        return reasons;
    }
}
