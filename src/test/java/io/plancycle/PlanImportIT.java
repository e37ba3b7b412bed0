package io.plancycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.DocumentFiles;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanJson;
import io.plancycle.support.SharedServer;
import io.plancycle.support.Steps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * 民政處 imports its plan from the spreadsheets it downloaded, through the API, on the city's real plan: the plan book
 * as XLSX edited with Apache POI and as ODS edited through the ODF DOM, then the performance report; each previewed
 * cell by cell, imported, and the plan changed in exactly those cells and nothing else. An unedited download changes
 * nothing; a broken sheet is refused naming every bad cell, and so are a file that is no spreadsheet, one too large
 * and any import once the plan is submitted.
 */
@SharedServer
class PlanImportIT {

    private static final int YEAR = 116;
    private static final String AGENCY = "civil-affairs";

    @RegisterExtension
    final Steps scenario = new Steps();

    @LocalServerPort
    int port;

    /** A part of the plan that the import changes (a JSON pointer), and a value in it to check (a pointer within it). */
    private record Changed(String node, String field, String value) {
    }

    @Test
    void anAgencyImportsItsEditedSpreadsheetsAndOnlyTheEditedCellsChange() throws Exception {
        PlanCycleApi api = new PlanCycleApi(port);
        new CycleSteps(api, YEAR).openAhead(List.of(AGENCY));
        PlanCycleApi.User agency = api.as(AGENCY);

        scenario.step("the plan book as XLSX with two targets and a measure edited: a preview of exactly those cells");
        JsonNode before = agency.plan(YEAR, AGENCY).ok();
        byte[] xlsx = DocumentFiles.editXlsx(agency.download(YEAR, AGENCY, "plan", "xlsx"),
                Map.of("F3", "620", "G6", "≧35對", "C5", "每年至少4項活動，帶動觀光"));
        JsonNode preview = agency.previewImport(YEAR, AGENCY, "plan.xlsx", xlsx).ok();
        assertThat(preview.path("version").asLong()).isEqualTo(before.path("version").asLong());
        assertThat(changes(preview)).containsExactly(
                "民政處!F3 一-1 110年度目標值: 600 → 620",
                "民政處!C5 二-2 衡量標準: 每年至少3項活動，營造本市特色宗教節慶活動，帶動觀光，行銷本市 → 每年至少4項活動，帶動觀光",
                "民政處!G6 三-1 111年度目標值: 30 → ≧35對");
        assertThat(preview.at("/changes/0/kpiId").asLong()).isEqualTo(PlanJson.kpiId(before, PlanJson.Place.of(1, 1)));
        assertThat(preview.at("/changes/0/kpiName").asText()).isEqualTo("提高市民參加原住民歲時祭儀及客家節慶活動之參與度");

        scenario.step("imported with the preview's version: the plan changed in those cells and nothing else");
        JsonNode imported = agency.importPlan(YEAR, AGENCY, "plan.xlsx", xlsx, before.path("version").asLong()).ok();
        assertThat(changes(imported)).isEqualTo(changes(preview));
        JsonNode after = agency.plan(YEAR, AGENCY).ok();
        assertThat(imported.path("version").asLong()).isEqualTo(after.path("version").asLong())
                .isGreaterThan(before.path("version").asLong());
        assertOnlyChanged(before, after, new Changed("/goals/0/kpis/0/targets/110", "/raw", "620"),
                new Changed("/goals/1/kpis/1/measure", "", "每年至少4項活動，帶動觀光"),
                new Changed("/goals/2/kpis/0/targets/111", "/raw", "≧35對"));
        assertThat(after.at("/goals/2/kpis/0/targets/111/value").decimalValue()).isEqualByComparingTo("35");

        scenario.step("the plan book as ODS, edited through the ODF DOM: previewed and imported alike");
        before = after;
        byte[] ods = DocumentFiles.editOds(agency.download(YEAR, AGENCY, "plan", "ods"),
                Map.of("E7", "85", "D12", "75", "C13", "每年辦理說明會場次"));
        preview = agency.previewImport(YEAR, AGENCY, "plan.ods", ods).ok();
        assertThat(changes(preview)).containsExactly("民政處!E7 三-2 109年度目標值: 80 → 85",
                "民政處!D12 六-1 108年度目標值: 72 → 75", "民政處!C13 六-2 衡量標準: 每年辦理場次 → 每年辦理說明會場次");
        agency.importPlan(YEAR, AGENCY, "plan.ods", ods, preview.path("version").asLong()).ok();
        after = agency.plan(YEAR, AGENCY).ok();
        assertOnlyChanged(before, after, new Changed("/goals/2/kpis/1/targets/109", "/raw", "85"),
                new Changed("/goals/5/kpis/0/targets/108", "/raw", "75"),
                new Changed("/goals/5/kpis/1/measure", "", "每年辦理說明會場次"));

        scenario.step("a target of the report year (115), carried on from 111 as the plan runs on to 116, changed in its column");
        before = after;
        byte[] withColumn = DocumentFiles.editXlsx(agency.download(YEAR, AGENCY, "plan", "xlsx"), Map.of("K3", "700"));
        preview = agency.previewImport(YEAR, AGENCY, "plan.xlsx", withColumn).ok();
        assertThat(changes(preview)).containsExactly("民政處!K3 一-1 115年度目標值: 650 → 700");
        agency.importPlan(YEAR, AGENCY, "plan.xlsx", withColumn, preview.path("version").asLong()).ok();
        after = agency.plan(YEAR, AGENCY).ok();
        assertOnlyChanged(before, after, new Changed("/goals/0/kpis/0/targets/115", "/raw", "700"));

        scenario.step("the performance report as XLSX with the actual and its explanation edited (the rate and 達成情形 are worked out, not read)");
        before = after;
        byte[] report = DocumentFiles.editXlsx(agency.download(YEAR, AGENCY, "performance-report", "xlsx"),
                Map.of("E3", "650", "H3", "受颱風影響，停辦一場", "F3", "999%", "G3", "達成"));
        preview = agency.previewImport(YEAR, AGENCY, "report.xlsx", report).ok();
        assertThat(changes(preview)).containsExactly("民政處!E3 一-1 115年度實際值:  → 650",
                "民政處!H3 一-1 未達成原因說明:  → 受颱風影響，停辦一場");
        agency.importPlan(YEAR, AGENCY, "report.xlsx", report, preview.path("version").asLong()).ok();
        after = agency.plan(YEAR, AGENCY).ok();
        assertOnlyChanged(before, after, new Changed("/goals/0/kpis/0/actuals/115", "/value", "650"),
                new Changed("/goals/0/kpis/0/actuals/115", "/explanation", "受颱風影響，停辦一場"));
        assertThat(after.at("/goals/0/kpis/0/actuals/115/met").asBoolean()).as("650 against 700").isFalse();

        scenario.step("an unedited download of each spreadsheet previews no change, and importing it saves nothing");
        for (String[] download : new String[][] {{"plan", "xlsx"}, {"plan", "ods"}, {"performance-report", "xlsx"},
                {"performance-report", "ods"}}) {
            byte[] file = agency.download(YEAR, AGENCY, download[0], download[1]);
            assertThat(agency.previewImport(YEAR, AGENCY, "unedited." + download[1], file).ok().path("changes"))
                    .as("%s.%s", download[0], download[1]).isEmpty();
        }
        byte[] unedited = agency.download(YEAR, AGENCY, "plan", "xlsx");
        JsonNode nothing = agency.importPlan(YEAR, AGENCY, "plan.xlsx", unedited, after.path("version").asLong()).ok();
        assertThat(nothing.path("changes")).isEmpty();
        assertThat(agency.plan(YEAR, AGENCY).ok()).isEqualTo(after);

        scenario.step("a broken sheet is refused naming every bad cell, and changes nothing");
        String goal2 = "二、" + PlanJson.goal(after, 2).path("title").asText();
        byte[] broken = DocumentFiles.editXlsx(unedited, Map.of("L2", "120年度目標值", "D3", "5O0件",
                "B4", "1. 改過的名稱", "A16", goal2, "B16", "9. 新指標"));
        assertRefused(agency.previewImport(YEAR, AGENCY, "broken.xlsx", broken));
        assertRefused(agency.importPlan(YEAR, AGENCY, "broken.xlsx", broken, after.path("version").asLong()));
        assertThat(agency.plan(YEAR, AGENCY).ok()).isEqualTo(after);

        scenario.step("what is not a spreadsheet, or is larger than 2 MiB, is refused");
        PlanCycleApi.Response csv = agency.previewImport(YEAR, AGENCY, "plan.xlsx",
                "關鍵策略目標,關鍵績效指標\n".getBytes(StandardCharsets.UTF_8));
        assertThat(csv.problem(400).path("errors")).extracting(e -> e.path("field").asText(), e -> e.path("code").asText())
                .containsExactly(tuple("file", "import.notSpreadsheet"));
        byte[] large = new byte[2 * 1024 * 1024 + 1];
        new Random(7).nextBytes(large);
        assertThat(agency.previewImport(YEAR, AGENCY, "large.xlsx", large).problem(413).path("title").asText())
                .isEqualTo("Request too large");

        scenario.step("once the plan is submitted (the other KPIs' 115 actuals on their carried targets), importing is refused as a locked step");
        CycleSteps steps = new CycleSteps(api, YEAR);
        steps.saveDraft(AGENCY, Map.of(PlanJson.Place.of(1, 1), PlanJson.Actual.missed("650", "受颱風影響，停辦一場")));
        steps.explainChanges(AGENCY, "依匯入之試算表修正");
        steps.submit(AGENCY);
        JsonNode submitted = agency.plan(YEAR, AGENCY).ok();
        for (PlanCycleApi.Response locked : List.of(agency.previewImport(YEAR, AGENCY, "plan.xlsx", xlsx),
                agency.importPlan(YEAR, AGENCY, "plan.xlsx", xlsx, submitted.path("version").asLong()))) {
            JsonNode problem = locked.problem(409);
            assertThat(problem.path("code").asText()).as(locked.call()).isEqualTo("import.locked");
            assertThat(problem.path("currentStage").asText()).as(locked.call()).isEqualTo("REVIEW");
        }
        assertThat(agency.plan(YEAR, AGENCY).ok()).isEqualTo(submitted);
    }

    /** The broken sheet's problems: a year column outside the plan, an unreadable target, a rename, an unknown KPI. */
    private static void assertRefused(PlanCycleApi.Response response) {
        assertThat(response.problem(400).path("errors")).as(response.call())
                .extracting(e -> e.path("field").asText(), e -> e.path("code").asText()).containsExactly(
                        tuple("民政處!L2", "import.year.outside"),
                        tuple("民政處!D3", "import.target.unreadable"),
                        tuple("民政處!B4", "import.renamed"),
                        tuple("民政處!B16", "import.kpi.unknown"));
    }

    /** Each change of a preview as "cell KPI column: before → after". */
    private static List<String> changes(JsonNode preview) {
        return StreamSupport.stream(preview.path("changes").spliterator(), false)
                .map(c -> c.path("cell").asText() + " " + c.path("kpi").asText() + " " + c.path("column").asText() + ": "
                        + c.path("before").asText() + " → " + c.path("after").asText())
                .toList();
    }

    /**
     * The plan after equals the plan before in every part but the version and the changed ones, each of which holds
     * its new value.
     */
    private static void assertOnlyChanged(JsonNode before, JsonNode after, Changed... changes) {
        ObjectNode expected = before.deepCopy();
        ObjectNode actual = after.deepCopy();
        for (Changed change : changes) {
            assertThat(after.at(change.node() + change.field()).asText()).as(change.node() + change.field())
                    .isEqualTo(change.value());
        }
        for (ObjectNode plan : List.of(expected, actual)) {
            plan.remove("version");
            for (Changed change : changes) {
                int last = change.node().lastIndexOf('/');
                JsonNode parent = last == 0 ? plan : plan.at(change.node().substring(0, last));
                if (parent instanceof ObjectNode object) {
                    object.remove(change.node().substring(last + 1));
                }
            }
        }
        assertThat(actual).as("the plan but for the imported cells").isEqualTo(expected);
    }
}
