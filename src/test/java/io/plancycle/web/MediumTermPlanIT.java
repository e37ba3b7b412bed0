package io.plancycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plancycle.support.Browser;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.DocumentFiles;
import io.plancycle.support.OwnServer;
import io.plancycle.support.PageScenario;
import io.plancycle.support.PageSession;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanJson;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new medium-term plan on the Chiayi plan: the planning office starts 112–115 from the current plans with 民政處
 * renamed, 人事處 and 政風處 merged and 社會處 split; the 112 cycle starts each agency's draft from it (its title and its
 * years 112–115), a submission is refused until every year has its target; the documents of 110 keep the old names and
 * the 108–111 title while 112's plan book has the new ones. Then a plan started from the city's plan book exported by
 * PlanCycle and edited, previewed, saved; and the page's form with its preview and confirmation in the browser.
 * A context of its own: a new medium-term plan changes the city's current plan for every cycle after it.
 */
@OwnServer
class MediumTermPlanIT extends PageScenario {

    private static final String CIVIL = "civil-affairs";
    private static final String NEW_TITLE = "嘉義市政府中程(112至115年度)施政計畫";

    @Test
    void aNewPlanWithTheCityReorganisedStartsTheCyclesOfItsYears() throws Exception {
        PlanCycleApi api = new PlanCycleApi(port);
        PlanCycleApi.User admin = api.as("admin");

        scenario.step("the 110 cycle runs on the published plan");
        new CycleSteps(api, 110).open(List.of(CIVIL, "personnel", "civil-service-ethics", "social-affairs"));

        scenario.step("a preview of 112–115 with one rename, one merge and one split saves nothing");
        ObjectNode request = request(NEW_TITLE, 112, 115);
        JsonNode preview = admin.post("/api/medium-term-plans/preview", request).ok();
        assertThat(names(preview)).contains("民政暨客家事務處", "社會處", "勞工處", "人事政風處").doesNotContain("民政處", "人事處", "政風處");
        JsonNode labor = agency(preview, "labor-affairs");
        assertThat(labor.path("change").asText()).isEqualTo("SPLIT");
        assertThat(labor.path("goals")).extracting(g -> g.path("no").asInt()).containsExactly(1);
        assertThat(agency(preview, "social-affairs").path("goals").size()).isEqualTo(6);
        assertThat(agency(preview, "personnel-ethics").path("formerNames")).extracting(JsonNode::asText)
                .containsExactly("人事處", "政風處");
        assertThat(preview.path("ended")).extracting(JsonNode::asText).containsExactly("人事處", "政風處");
        assertThat(preview.path("agencies")).allMatch(a -> a.path("targets").asInt() == 0);
        assertThat(admin.get("/api/medium-term-plans").ok().size()).isEqualTo(1);

        scenario.step("refused as a whole, each problem named: years before the current plan's end, an unknown agency");
        ObjectNode wrong = request(NEW_TITLE, 111, 125);
        ((ObjectNode) wrong.path("reorganisation").get(0)).putArray("from").add("nobody");
        JsonNode problem = admin.post("/api/medium-term-plans", wrong).problem(400);
        assertThat(fields(problem)).contains("lastYear", "firstYear", "reorganisation[0].from[0]");

        scenario.step("started: the plan, who succeeded whom");
        JsonNode started = admin.post("/api/medium-term-plans", request).expect(201).json();
        JsonNode plan = admin.get("/api/medium-term-plans/" + started.path("id").asLong()).ok();
        assertThat(plan.path("title").asText()).isEqualTo(NEW_TITLE);
        assertThat(plan.path("reorganisation")).extracting(s -> s.path("fromName").asText() + "→" + s.path("name").asText())
                .containsExactly("民政處→民政暨客家事務處", "社會處→社會處", "社會處→勞工處", "人事處→人事政風處", "政風處→人事政風處");

        scenario.step("the 112 cycle: the reorganised agencies take part, each draft from the new plan, 112–115");
        JsonNode cycle = new CycleSteps(api, 112).open(null);
        assertThat(CycleSteps.stages(cycle).keySet()).contains(CIVIL, "personnel-ethics", "labor-affairs")
                .doesNotContain("personnel", "civil-service-ethics");
        assertThat(admin.openCycle(113, List.of("personnel")).problem(400).path("errors").get(0).path("code").asText())
                .isEqualTo("cycle.agency.notInYear");
        PlanCycleApi.User civil = api.as(CIVIL);
        JsonNode draft = civil.plan(112, CIVIL).ok();
        assertThat(draft.path("title").asText()).isEqualTo(NEW_TITLE);
        assertThat(draft.path("agencyName").asText()).isEqualTo("民政暨客家事務處");
        assertThat(draft.path("firstYear").asInt()).isEqualTo(112);
        assertThat(draft.path("lastYear").asInt()).isEqualTo(115);
        String editor = new PageSession(port).signedInAs(CIVIL).get("/cycles/112/agencies/civil-affairs/plan").body();
        assertThat(editor).contains("data-label=\"112年度目標值\"", "data-label=\"115年度目標值\"")
                .doesNotContain("data-label=\"111年度目標值\"");

        scenario.step("submission refused naming every missing target of 112 to 115; filled in, submitted");
        JsonNode refused = civil.submit(112, CIVIL).problem(400);
        assertThat(fields(refused)).contains("goals[0].kpis[0].targets.112", "goals[0].kpis[0].targets.113",
                "goals[0].kpis[0].targets.114", "goals[0].kpis[0].targets.115");
        civil.savePlan(112, CIVIL, PlanJson.draft(draft, kpi -> {
            ObjectNode targets = (ObjectNode) kpi.path("targets");
            IntStream.rangeClosed(112, 115).forEach(y -> targets.put(String.valueOf(y), "100"));
        })).ok();
        assertThat(civil.submit(112, CIVIL).ok().path("stage").asText()).isEqualTo("REVIEW");

        scenario.step("documents of 110 keep the old names and title; 112's plan book has the new ones");
        JsonNode old = civil.plan(110, CIVIL).ok();
        assertThat(old.path("agencyName").asText()).isEqualTo("民政處");
        assertThat(old.path("title").asText()).contains("108至111");
        byte[] book110 = admin.request(org.springframework.http.HttpMethod.GET, "/api/cycles/110/plan-book?format=xlsx", null,
                MediaType.ALL).expect(200).body();
        assertThat(DocumentFiles.sheetNames(book110, "xlsx")).contains("民政處", "人事處", "政風處", "社會處");
        assertThat(DocumentFiles.text(civil.download(110, CIVIL, "plan", "odt"), "odt"))
                .contains("嘉義市政府民政處中程(108至111年度)施政計畫");
        byte[] book112 = admin.request(org.springframework.http.HttpMethod.GET, "/api/cycles/112/plan-book?format=xlsx", null,
                MediaType.ALL).expect(200).body();
        assertThat(DocumentFiles.sheetNames(book112, "xlsx")).contains("民政暨客家事務處", "人事政風處", "勞工處")
                .doesNotContain("民政處", "人事處");
        assertThat(DocumentFiles.rows(book112, "xlsx", 0).get(0)).containsSequence("112年度目標值", "113年度目標值",
                "114年度目標值", "115年度目標值");
        assertThat(DocumentFiles.text(civil.download(112, CIVIL, "plan", "odt"), "odt"))
                .contains("嘉義市政府民政暨客家事務處中程(112至115年度)施政計畫");

        scenario.step("a plan from the city's plan book exported by PlanCycle, edited: previewed, refused where broken, saved");
        byte[] edited = retitled(book112, 112, 116, "民政暨客家事務處", "D3", "880");
        ObjectNode fromBook = request("嘉義市政府中程(116至119年度)施政計畫", 116, 119);
        fromBook.putArray("reorganisation");
        JsonNode bookPreview = admin.upload("/api/medium-term-plans/import/preview", "book.xlsx", edited, plan(fromBook)).ok();
        JsonNode renamed = agency(bookPreview, CIVIL);
        assertThat(renamed.path("sheet").asText()).isEqualTo("民政暨客家事務處");
        assertThat(renamed.at("/goals/0/kpis/0/targets/116").asText()).isEqualTo("880");
        assertThat(renamed.at("/goals/0/kpis/0/targets/117").asText()).isEqualTo("100");
        byte[] broken = retitled(book112, 112, 116, "民政暨客家事務處", "D3", "5O0件");
        JsonNode brokenProblem = admin.upload("/api/medium-term-plans/import/preview", "book.xlsx", broken, plan(fromBook))
                .problem(400);
        assertThat(fields(brokenProblem)).containsExactly("民政暨客家事務處!D3");
        admin.upload("/api/medium-term-plans/import", "book.xlsx", edited, plan(fromBook)).expect(201);
        assertThat(admin.get("/api/medium-term-plans").ok()).extracting(p -> p.path("source").asText())
                .containsExactly("SPREADSHEET", "CURRENT", "PUBLISHED");

        scenario.step("the page: the form, its preview and a confirmation before the plan starts");
        Browser b = BROWSERS.at(port);
        b.signIn("admin").open("/admin/medium-term-plans");
        assertThat(b.value("#firstYear")).isEqualTo("120");
        b.type("#reorganisation", "> youth-affairs 青年事務處");
        b.assertAccessible("admin-medium-term-plans");
        b.follow("#admin-medium-submit");
        assertThat(b.text("#check-years")).contains("120", "123");
        assertThat(b.find("[data-code='youth-affairs']").getAttribute("data-change")).isEqualTo("ADDED");
        assertThat(b.find("#admin-medium-confirm").getAttribute("data-confirm")).contains("120", "123");
        b.assertAccessible("admin-medium-term-check");
        b.followConfirming("#admin-medium-confirm");
        assertThat(b.path()).isEqualTo("/admin/medium-term-plans");
        assertThat(b.text("#admin-medium-table")).contains("嘉義市政府中程(120至123年度)施政計畫", "新設 青年事務處");
    }

    private static ObjectNode request(String title, int first, int last) {
        ObjectNode request = PlanCycleApi.object();
        request.put("title", title).put("firstYear", first).put("lastYear", last);
        var changes = request.putArray("reorganisation");
        ObjectNode rename = changes.addObject();
        rename.putArray("from").add(CIVIL);
        rename.putArray("to").addObject().put("code", CIVIL).put("name", "民政暨客家事務處");
        ObjectNode merge = changes.addObject();
        merge.putArray("from").add("personnel").add("civil-service-ethics");
        merge.putArray("to").addObject().put("code", "personnel-ethics").put("name", "人事政風處");
        ObjectNode split = changes.addObject();
        split.putArray("from").add("social-affairs");
        var to = split.putArray("to");
        to.addObject().put("code", "social-affairs").put("name", "社會處");
        to.addObject().put("code", "labor-affairs").put("name", "勞工處");
        split.putArray("assign").addObject().put("goal", 1).put("to", "labor-affairs");
        return request;
    }

    /** The request as the JSON part {@code plan} of a multipart upload. */
    private static Map<String, Object> plan(ObjectNode request) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return Map.of("plan", new HttpEntity<>(request.toString(), headers));
    }

    /** The city's plan book with every sheet's year columns moved on by {@code to - from} years and one cell of one sheet typed over. */
    private static byte[] retitled(byte[] xlsx, int from, int to, String sheetName, String cell, String value) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                && c.getStringCellValue().matches("\\d{3}年度目標值")) {
                            int year = Integer.parseInt(c.getStringCellValue().substring(0, 3));
                            c.setCellValue((year - from + to) + "年度目標值");
                        }
                    }
                }
            }
            var at = new org.apache.poi.ss.util.CellReference(cell);
            book.getSheet(sheetName).getRow(at.getRow()).getCell(at.getCol(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                    .setCellValue(value);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> names(JsonNode preview) {
        List<String> names = new ArrayList<>();
        preview.path("agencies").forEach(a -> names.add(a.path("name").asText()));
        return names;
    }

    private static JsonNode agency(JsonNode preview, String code) {
        for (JsonNode a : preview.path("agencies")) {
            if (a.path("code").asText().equals(code)) {
                return a;
            }
        }
        throw new AssertionError("no agency " + code + " in " + preview);
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }
}
