package io.plancycle.evidence;

import io.plancycle.support.Browser;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.EvidencePage;
import io.plancycle.support.PageScenario;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanJson;
import io.plancycle.support.PlanJson.Place;
import io.plancycle.support.SampleFiles;
import io.plancycle.support.SharedServer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 民政處 attaches a PDF behind the actual of its KPI 一-1 on its evidence page, as a person does; a renamed program is
 * refused under the file field with what was typed kept; a file removed after the page asks. Once the plan is
 * submitted the evaluation team finds the PDF beside the figure on the review sheet and opens it, byte for byte.
 */
@SharedServer
class EvidencePagesIT extends PageScenario {

    private static final int YEAR = 146;
    private static final String AGENCY = "civil-affairs";
    private static final String PDF_NAME = "145年原住民歲時祭儀參與人數統計.pdf";

    @Test
    void anAgencyAttachesAPdfOnItsPageAndTheReviewerOpensItBesideTheFigure() throws Exception {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, YEAR);
        steps.openAhead(List.of(AGENCY));
        long kpi = PlanJson.kpiId(api.as(AGENCY).plan(YEAR, AGENCY).ok(), Place.of(1, 1));
        String k = "-" + kpi;
        byte[] pdf = SampleFiles.pdf("145年參與人數 920 人");
        Browser b = BROWSERS.at(port);

        scenario.step("the agency opens its evidence page from the report's tabs");
        b.signIn(AGENCY).open("/cycles/" + YEAR + "/agencies/" + AGENCY + "/report");
        b.follow(".pc-tab-evidence");
        assertThat(b.path()).isEqualTo(EvidencePage.path(YEAR, AGENCY));
        assertThat(b.text("#pc-evidence-intro")).contains("PDF", "10 MiB", "30 MiB");
        assertThat(b.text("#kpi-" + kpi + " .pc-evidence-none")).isEqualTo("尚無佐證資料。");
        b.assertAccessible("agency-evidence");

        scenario.step("a program renamed .pdf is refused under the file field, what was typed kept");
        EvidencePage.attach(b, YEAR, AGENCY, kpi, EvidencePage.file("統計.pdf", SampleFiles.exe()), "民政處活動簽到紀錄",
                LocalDate.of(2026, 1, 31), "王小明");
        assertThat(b.text("#f-file" + k + "-error")).contains("檔案內容不是可接受的格式");
        assertThat(b.value("#f-source" + k)).isEqualTo("民政處活動簽到紀錄");
        assertThat(b.value("#f-verifiedBy" + k)).isEqualTo("王小明");
        assertThat(b.text("#pc-errors")).contains("檔案");
        b.assertAccessible("agency-evidence-refused");
        assertThat(api.as(AGENCY).evidence(YEAR, AGENCY).ok()).isEmpty();

        scenario.step("a file over 10 MiB is refused under the field before it is sent");
        b.find("#f-file" + k).sendKeys(EvidencePage.file("掃描.pdf", java.util.Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1))
                .toAbsolutePath().toString());
        b.until(() -> b.find("#f-file" + k + "-too-large").isDisplayed());
        assertThat(b.text("#f-file" + k + "-too-large")).contains("10 MiB");
        assertThat(b.find("#pc-evidence-form" + k + " .pc-evidence-add").isEnabled()).isFalse();

        scenario.step("the PDF attached: listed under the actual with its source, ROC as-of date and who checked it");
        EvidencePage.attach(b, YEAR, AGENCY, kpi, EvidencePage.file(PDF_NAME, pdf), "民政處活動簽到紀錄",
                LocalDate.of(2026, 1, 31), "王小明（民政處科長）");
        assertThat(b.text("#pc-notice")).isEqualTo("已上傳佐證資料「" + PDF_NAME + "」。");
        assertThat(b.text("#kpi-" + kpi + " .pc-evidence-file")).isEqualTo(PDF_NAME);
        assertThat(b.text("#kpi-" + kpi + " .pc-evidence-meta"))
                .isEqualTo("資料來源：民政處活動簽到紀錄；資料基準日：115/01/31；查核人：王小明（民政處科長）");
        b.screenshot("agency-evidence");

        scenario.step("a second file removed after the page asks");
        EvidencePage.attach(b, YEAR, AGENCY, kpi, EvidencePage.file("現場照片.png", SampleFiles.png()), "活動現場照片",
                LocalDate.of(2026, 1, 15), "王小明");
        assertThat(b.findAll("#kpi-" + kpi + " .pc-evidence-item")).hasSize(2);
        b.followConfirming("#kpi-" + kpi + " .pc-evidence-remove[aria-label*='現場照片.png']");
        assertThat(b.text("#pc-notice")).isEqualTo("已移除佐證資料。");
        assertThat(b.findAll("#kpi-" + kpi + " .pc-evidence-item")).hasSize(1);

        scenario.step("submitted, the evaluation team opens the PDF beside the figure on the review sheet");
        steps.draftAndSubmit(AGENCY);
        b.signIn("reviewer").open("/cycles/" + YEAR + "/agencies/" + AGENCY + "/review");
        String beside = "#kpi-" + kpi + " .rv-report .pc-evidence-file";
        assertThat(b.text(beside)).isEqualTo(PDF_NAME);
        assertThat(b.text("#kpi-" + kpi + " .rv-report .pc-evidence-meta")).contains("115/01/31", "王小明（民政處科長）");
        b.screenshot("review-evidence");
        b.assertAccessible("review-evidence");
        Path opened = b.download(beside);
        assertThat(opened.getFileName()).hasToString(PDF_NAME);
        assertThat(Files.readAllBytes(opened)).isEqualTo(pdf);

        scenario.step("the evidence page is read-only for the evaluation team");
        b.open(EvidencePage.path(YEAR, AGENCY));
        assertThat(b.text("#pc-readonly")).contains("唯讀");
        assertThat(b.absent(".pc-evidence-form")).isTrue();
        assertThat(b.text("#kpi-" + kpi + " .pc-evidence-file")).isEqualTo(PDF_NAME);
    }
}
