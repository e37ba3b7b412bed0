package io.plancycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.support.Browser;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.DocumentFiles;
import io.plancycle.support.PageScenario;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanJson;
import io.plancycle.support.SharedServer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each of the city's documents downloads from the page that shows it, by a click, in the browser's downloads under
 * its Chinese name, and opens in its reader: the plan book and the performance report from the agency's pages, the
 * review-response table from its page, the revision summary from the planning office's, and the whole city's plan book
 * and report from the cycle's board; and a year the planning office published, by anyone without signing in. (What the
 * documents hold, figure by figure, WholeCycleIT checks.)
 */
@SharedServer
class DocumentPagesIT extends PageScenario {

    private static final int YEAR = 115;
    private static final int PUBLISHED_YEAR = 118;
    private static final String CIVIL_AFFAIRS = "civil-affairs";
    private static final String COMMENT = "請補充各場次參與人數之統計方式。";
    private static final String PLAN_BOOK = "嘉義市政府民政處中程(108至111年度)施政計畫";

    @Test
    void everyDocumentDownloadsFromThePageThatShowsIt() throws Exception {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, YEAR);
        steps.openAhead(List.of(CIVIL_AFFAIRS));
        JsonNode plan = steps.draftAndSubmit(CIVIL_AFFAIRS);
        api.as("reviewer").review(YEAR, CIVIL_AFFAIRS, "RETURN", "請依意見修正。",
                new PlanCycleApi.Comment(PlanJson.kpiId(plan, PlanJson.Place.of(1, 1)), COMMENT)).ok();
        Browser b = BROWSERS.at(port);
        String agencyPages = "/cycles/" + YEAR + "/agencies/" + CIVIL_AFFAIRS;

        scenario.step("the agency's plan: a download in every format beside its title; the ODT and the PDF open");
        b.signIn(CIVIL_AFFAIRS).open(agencyPages + "/plan");
        for (String format : List.of("odt", "pdf", "ods", "xlsx", "csv")) {
            assertThat(b.find("#pc-plan-download-" + format).getAttribute("href"))
                    .endsWith(agencyPages + "/plan?format=" + format);
        }
        b.assertAccessible("agency-plan-downloads");
        Path odt = b.download("#pc-plan-download-odt");
        assertThat(odt.getFileName().toString()).isEqualTo(PLAN_BOOK + ".odt");
        assertThat(DocumentFiles.text(Files.readAllBytes(odt), "odt")).contains(PLAN_BOOK, "壹、使命與願景");
        Path pdf = b.download("#pc-plan-download-pdf");
        assertThat(pdf.getFileName().toString()).isEqualTo(PLAN_BOOK + ".pdf");
        assertThat(DocumentFiles.text(Files.readAllBytes(pdf), "pdf")).contains("P1-1");

        scenario.step("its performance report as a workbook, in the report's columns");
        b.open(agencyPages + "/report");
        Path xlsx = b.download("#pc-report-download-xlsx");
        assertThat(xlsx.getFileName().toString()).isEqualTo("嘉義市政府民政處" + (YEAR - 1) + "年度施政績效報告.xlsx");
        assertThat(DocumentFiles.rows(Files.readAllBytes(xlsx), "xlsx", 0).get(0))
                .startsWith("關鍵策略目標", "關鍵績效指標", "衡量標準", (YEAR - 1) + "年度目標值");

        scenario.step("the review-response table as an ODF spreadsheet, with the team's comment");
        b.open(agencyPages + "/responses");
        Path ods = b.download("#rv-responses-download-ods");
        assertThat(ods.getFileName().toString()).isEqualTo("嘉義市政府民政處" + YEAR + "年度審查意見回覆表.ods");
        assertThat(DocumentFiles.rows(Files.readAllBytes(ods), "ods", 0)).anySatisfy(row -> assertThat(row).contains(COMMENT));

        scenario.step("the planning office: the revision summary as PDF, the city's plan book and report from the board");
        b.signIn("admin").open("/admin/cycles/" + YEAR + "/summary");
        Path summary = b.download("#admin-summary-download-pdf");
        assertThat(summary.getFileName().toString()).isEqualTo("嘉義市政府" + YEAR + "年度KPI滾動修正彙總表.pdf");
        assertThat(DocumentFiles.text(Files.readAllBytes(summary), "pdf"))
                .contains("嘉義市政府" + YEAR + "年度關鍵績效指標(KPI)滾動修正項目彙總表");
        b.open("/admin/cycles/" + YEAR);
        assertThat(DocumentFiles.sheetNames(Files.readAllBytes(b.download("#admin-plan-book-ods")), "ods"))
                .containsExactly("民政處");
        Path report = b.download("#admin-performance-report-pdf");
        assertThat(report.getFileName().toString()).isEqualTo("嘉義市政府" + (YEAR - 1) + "年度施政績效報告.pdf");
        b.assertAccessible("admin-board-downloads");
    }

    @Test
    void aPublishedYearIsOpenToAnyoneWithItsChartAndDownloads() throws Exception {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, PUBLISHED_YEAR);
        steps.openAhead(List.of(CIVIL_AFFAIRS));
        steps.draftAndSubmit(CIVIL_AFFAIRS);
        steps.approveReview(CIVIL_AFFAIRS);
        steps.fileReport(CIVIL_AFFAIRS);
        steps.awaitConsolidation();
        steps.consolidateAndApprove();
        Browser b = BROWSERS.at(port);

        scenario.step("the planning office publishes the approved year from its board, after a confirmation");
        b.signIn("admin").open("/admin/cycles/" + PUBLISHED_YEAR);
        assertThat(b.find("#admin-publish").getAttribute("data-confirm")).contains("不需登入");
        b.followConfirming("#admin-publish");
        assertThat(b.text("#admin-notice")).contains(PUBLISHED_YEAR + " 年度之計畫與績效已公開");
        assertThat(b.text("#admin-published")).contains("已於", "公開");

        scenario.step("signed out, anyone opens it from the public list: the chart drawn from the table beside it");
        b.reset().open("/public");
        b.follow("a[href$='/public/" + PUBLISHED_YEAR + "']");
        assertThat(b.path()).isEqualTo("/public/" + PUBLISHED_YEAR);
        assertThat(b.absent(".pc-me")).as("nobody is signed in").isTrue();
        b.until(() -> Boolean.TRUE.equals(b.script(
                "return !!(window.Chart && Chart.getChart(document.getElementById('public-chart')));")));
        assertThat(b.findAll("#doc-table-0 tbody tr")).hasSize(2).first()
                .satisfies(row -> assertThat(row.getText()).startsWith("民政處"));
        assertThat(b.text("#public-year")).contains("辦理市民集團結婚").doesNotContain("civil-affairs");
        b.screenshot("public-year");
        b.assertAccessible("public-year");
        Path pdf = b.download("#public-performance-report-pdf");
        assertThat(pdf.getFileName().toString()).isEqualTo("嘉義市政府" + (PUBLISHED_YEAR - 1) + "年度施政績效報告.pdf");
    }
}
