package io.plancycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.plan.Achievement;
import io.plancycle.plan.Numbering;
import io.plancycle.support.DocumentFiles;
import io.plancycle.support.PlanCycleApi;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The city's four documents of a cycle, downloaded from the API in every format and read back with real readers:
 * each carries the same figures as the API's JSON, in the city's columns, under its Chinese file name.
 */
final class CycleDocuments {

    static final List<String> TABLE_FORMATS = List.of("ods", "xlsx", "csv");
    static final List<String> TEXT_FORMATS = List.of("odt", "pdf");

    private final PlanCycleApi.User admin;
    private final int year;

    CycleDocuments(PlanCycleApi.User admin, int year) {
        this.admin = admin;
        this.year = year;
    }

    /** The revision summary table: in every format the rows of the JSON, with every year of the plan. */
    void assertRevisionSummary(List<List<String>> jsonRows, List<String> header) throws Exception {
        String path = "/api/cycles/" + year + "/revision-summary";
        for (String json : List.of(path, "/api/cycles/" + year + "/agencies/civil-affairs/plan")) {
            assertThat(admin.request(HttpMethod.GET, json, null, MediaType.ALL).expect(200).headers().getContentType())
                    .as("%s asked for anything is JSON", json).isEqualTo(MediaType.APPLICATION_JSON);
        }
        for (String format : TABLE_FORMATS) {
            List<List<String>> rows = DocumentFiles.rows(download(path, format, "嘉義市政府" + year + "年度KPI滾動修正彙總表"), format, 0);
            assertThat(rows.get(0)).as(format).containsExactlyElementsOf(header);
            assertThat(rows.subList(1, rows.size())).as(format).containsExactlyElementsOf(jsonRows);
        }
        for (String format : TEXT_FORMATS) {
            byte[] file = download(path, format, "嘉義市政府" + year + "年度KPI滾動修正彙總表");
            screenshot(file, format, "revision-summary");
            String text = flat(DocumentFiles.text(file, format));
            assertThat(text).as(format).contains(flat("嘉義市政府" + year + "年度關鍵績效指標(KPI)滾動修正項目彙總表"));
            jsonRows.forEach(row -> assertThat(text).as(format).contains(flat(row.get(2)), flat(row.get(8))));
        }
    }

    /** An agency's plan book: its sections, and its KPI table with a target for every year of the plan. */
    void assertAgencyPlanBook(String agency, JsonNode plan) throws Exception {
        String path = "/api/cycles/" + year + "/agencies/" + agency + "/plan";
        String name = "嘉義市政府" + plan.path("agencyName").asText() + "中程(108至111年度)施政計畫";
        List<List<String>> expected = new ArrayList<>();
        for (JsonNode goal : plan.path("goals")) {
            for (JsonNode kpi : goal.path("kpis")) {
                List<String> row = new ArrayList<>(List.of(Numbering.goalTitle(goal.path("no").asInt(),
                        goal.path("title").asText()), Numbering.kpiTitle(kpi.path("no").asInt(), kpi.path("name").asText()),
                        kpi.path("measure").asText("")));
                for (int y = 108; y <= 111; y++) {
                    row.add(kpi.path("targets").path(String.valueOf(y)).path("raw").asText(""));
                }
                expected.add(row);
            }
        }
        for (String format : TABLE_FORMATS) {
            List<List<String>> rows = DocumentFiles.rows(download(path, format, name), format, 0);
            assertThat(rows.get(0)).as(format).containsExactly("關鍵策略目標", "關鍵績效指標", "衡量標準",
                    "108年度目標值", "109年度目標值", "110年度目標值", "111年度目標值");
            assertThat(rows.subList(1, rows.size())).as(format).containsExactlyElementsOf(expected);
        }
        for (String format : TEXT_FORMATS) {
            byte[] file = download(path, format, name);
            String text = flat(DocumentFiles.text(file, format));
            assertThat(text).as(format).contains(flat(name), "壹、使命與願景", "貳、施政環境分析與策略", "參、施政重點及優先順序",
                    "肆、關鍵策略目標及關鍵績效指標", flat(plan.path("mission").asText().lines().findFirst().orElseThrow()));
            expected.forEach(row -> assertThat(text).as(format).contains(flat(row.get(1))));
            if (format.equals("pdf")) {
                assertThat(text).as("the agency's pages are numbered after its place in the city").contains("P1-1", "P1-2");
            }
            screenshot(file, format, "plan-book-" + agency);
        }
    }

    /** The whole city's plan book: a sheet per agency, and each agency's pages numbered P1- … P20-. */
    void assertCityPlanBook(List<String> agencyNames) throws Exception {
        String path = "/api/cycles/" + year + "/plan-book";
        String name = "嘉義市政府中程(108至111年度)施政計畫(" + year + "年度)";
        for (String format : List.of("ods", "xlsx")) {
            assertThat(DocumentFiles.sheetNames(download(path, format, name), format)).as(format)
                    .containsExactlyElementsOf(agencyNames);
        }
        byte[] book = download(path, "pdf", name);
        screenshot(book, "pdf", "city-plan-book");
        String pdf = DocumentFiles.text(book, "pdf");
        assertThat(pdf).contains("P1-1", "P" + agencyNames.size() + "-1");
        String odt = flat(DocumentFiles.text(download(path, "odt", name), "odt"));
        agencyNames.forEach(agency -> assertThat(odt).contains("嘉義市政府" + agency + "中程"));
        assertThat(admin.request(HttpMethod.GET, path + "?format=csv", null, MediaType.ALL).status())
                .as("a book of twenty tables is no CSV").isEqualTo(406);
    }

    /**
     * An agency's performance report of the year before the cycle: per KPI the figures of its plan's JSON, those
     * withdrawn from the plan since included.
     */
    void assertAgencyReport(String agency, JsonNode plan) throws Exception {
        int reportYear = year - 1;
        String path = "/api/cycles/" + year + "/agencies/" + agency + "/performance-report";
        String name = "嘉義市政府" + plan.path("agencyName").asText() + reportYear + "年度施政績效報告";
        List<List<String>> expected = new ArrayList<>();
        List<JsonNode> goals = new ArrayList<>();
        plan.path("goals").forEach(goals::add);
        plan.path("withdrawn").forEach(goals::add);
        for (JsonNode goal : goals) {
            for (JsonNode kpi : goal.path("kpis")) {
                JsonNode actual = kpi.path("actuals").path(String.valueOf(reportYear));
                JsonNode target = kpi.path("targets").path(String.valueOf(reportYear));
                expected.add(List.of(Numbering.goalTitle(goal.path("no").asInt(), goal.path("title").asText()),
                        Numbering.kpiTitle(kpi.path("no").asInt(), kpi.path("name").asText()),
                        kpi.path("measure").asText(""), target.path("raw").asText(""), actual.path("value").asText(""),
                        actual.path("rate").isNumber() ? Achievement.percent(actual.path("rate").decimalValue()) : "",
                        outcome(target, actual), actual.path("explanation").asText("")));
            }
        }
        for (String format : TABLE_FORMATS) {
            List<List<String>> rows = DocumentFiles.rows(download(path, format, name), format, 0);
            assertThat(rows.get(0)).as(format).containsExactly("關鍵策略目標", "關鍵績效指標", "衡量標準",
                    reportYear + "年度目標值", reportYear + "年度實際值", "達成率", "達成情形", "未達成原因說明");
            assertThat(rows.subList(1, rows.size())).as(format).containsExactlyElementsOf(expected);
        }
        for (String format : TEXT_FORMATS) {
            byte[] file = download(path, format, name);
            screenshot(file, format, "performance-report-" + agency);
            String text = flat(DocumentFiles.text(file, format));
            assertThat(text).as(format).contains(flat(name), flat(reportYear + "年度關鍵績效指標共 " + expected.size() + " 項"));
            expected.stream().filter(row -> !row.get(7).isEmpty())
                    .forEach(row -> assertThat(text).as(format).contains(flat(row.get(7))));
        }
    }

    /** The city's report: a first sheet that counts each agency's outcomes as its plan shows them, and a total. */
    void assertCityReport(List<JsonNode> plans) throws Exception {
        int reportYear = year - 1;
        String path = "/api/cycles/" + year + "/performance-report";
        String name = "嘉義市政府" + reportYear + "年度施政績效報告";
        List<List<String>> expected = new ArrayList<>();
        int[] total = new int[5];
        for (JsonNode plan : plans) {
            int[] counts = new int[5];
            for (JsonNode goal : plan.path("goals")) {
                for (JsonNode kpi : goal.path("kpis")) {
                    String outcome = outcome(kpi.path("targets").path(String.valueOf(reportYear)),
                            kpi.path("actuals").path(String.valueOf(reportYear)));
                    counts[0]++;
                    counts[OUTCOMES.indexOf(outcome) + 1]++;
                }
            }
            for (int i = 0; i < 5; i++) {
                total[i] += counts[i];
            }
            expected.add(countRow(plan.path("agencyName").asText(), counts));
        }
        expected.add(countRow("合計", total));
        for (String format : List.of("ods", "xlsx")) {
            byte[] file = download(path, format, name);
            List<List<String>> rows = DocumentFiles.rows(file, format, 0);
            assertThat(rows.get(0)).as(format).containsExactly("機關", "指標數", "達成", "未達成", "達成率逾130%", "未評定／無目標");
            assertThat(rows.subList(1, rows.size())).as(format).containsExactlyElementsOf(expected);
            assertThat(DocumentFiles.sheetNames(file, format)).as(format).hasSize(plans.size() + 1);
        }
        for (String format : TEXT_FORMATS) {
            byte[] file = download(path, format, name);
            screenshot(file, format, "city-performance-report");
            assertThat(flat(DocumentFiles.text(file, format))).as(format).contains(flat(name));
        }
    }

    /**
     * The review-response table: each comment, the agency's reply and each answering change's reason, round by round,
     * with a column for the panel members' opinions.
     */
    void assertResponseTable(String agency, JsonNode table) throws Exception {
        String path = "/api/cycles/" + year + "/agencies/" + agency + "/review-responses";
        String name = "嘉義市政府" + table.path("agencyName").asText() + year + "年度審查意見回覆表";
        List<List<String>> expected = new ArrayList<>();
        for (JsonNode round : table.path("rounds")) {
            String roundNo = "第" + round.path("round").asInt() + "輪";
            for (JsonNode row : round.path("rows")) {
                List<String> reasons = new ArrayList<>();
                row.path("responses").forEach(r -> reasons.add(r.path("change").path("reason").asText()));
                String reply = row.path("reply").isNull() ? "（尚未回覆）" : row.path("reply").path("text").asText();
                expected.add(List.of(roundNo, row.path("comment").asText(), reply, String.join("\n", reasons)));
            }
        }
        assertThat(expected).as("the cycle left comments to answer").isNotEmpty();
        for (String format : TABLE_FORMATS) {
            List<List<String>> rows = DocumentFiles.rows(download(path, format, name), format, 0);
            assertThat(rows.get(0)).as(format)
                    .containsExactly("輪次", "項次", "關鍵績效指標", "審查意見", "回覆說明", "機關修正情形", "修正理由",
                            "評核委員意見");
            assertThat(rows.subList(1, rows.size()).stream().map(r -> List.of(r.get(0), r.get(3), r.get(4), r.get(6))).toList())
                    .as(format).containsExactlyElementsOf(expected);
        }
        for (String format : TEXT_FORMATS) {
            byte[] file = download(path, format, name);
            screenshot(file, format, "review-responses-" + agency);
            String text = flat(DocumentFiles.text(file, format));
            expected.forEach(row -> assertThat(text).as(format).contains(flat(row.get(1)), flat(row.get(2))));
        }
    }

    private static final List<String> OUTCOMES = List.of("達成", "未達成", "達成率逾130%", "未評定／無目標");

    /** How a KPI came out, as the plan's JSON says: no target or no actual is not judged. */
    private static String outcome(JsonNode target, JsonNode actual) {
        if (target.isMissingNode() || actual.isMissingNode() || actual.path("met").isNull()) {
            return "未評定／無目標";
        }
        if (actual.path("overThreshold").asBoolean()) {
            return "達成率逾130%";
        }
        return actual.path("met").asBoolean() ? "達成" : "未達成";
    }

    private static List<String> countRow(String agency, int[] counts) {
        List<String> row = new ArrayList<>(List.of(agency));
        for (int count : counts) {
            row.add(String.valueOf(count));
        }
        return row;
    }

    /** The file of a document in a format, checked to come as that format under its Chinese name. */
    byte[] download(String path, String format, String fileName) {
        PlanCycleApi.Response response = admin.request(HttpMethod.GET, path + "?format=" + format, null, MediaType.ALL)
                .expect(200);
        String disposition = response.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).as(response.call()).startsWith("attachment");
        assertThat(URLDecoder.decode(disposition.replaceAll(".*filename\\*=UTF-8''", ""), StandardCharsets.UTF_8))
                .as(response.call()).isEqualTo(fileName + "." + format);
        return response.body();
    }

    /** The first page of a PDF, to be looked at: target/screenshots/document-{name}.png. */
    private static void screenshot(byte[] file, String format, String name) throws Exception {
        if (format.equals("pdf")) {
            DocumentFiles.screenshotFirstPage(file, "document-" + name);
        }
    }

    /** Text without white space: a PDF or ODT line breaks a long cell wherever it wraps. */
    static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }
}
