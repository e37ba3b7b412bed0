package io.plancycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.support.Browser;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.DocumentFiles;
import io.plancycle.support.PageScenario;
import io.plancycle.support.PageSession;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanJson;
import io.plancycle.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 民政處 imports its plan on the plan page as a person does: downloads its workbook there, changes a target in it,
 * uploads it, sees the one change in the preview and confirms, and finds the new target in the editor. A file with
 * problems shows each by its cell and offers nothing to confirm; a confirmation after someone else saved the plan
 * imports nothing and says so; a file over the limit is refused under the field before it is sent.
 */
@SharedServer
class PlanImportPagesIT extends PageScenario {

    private static final int YEAR = 117;
    private static final String AGENCY = "civil-affairs";
    private static final String PLAN = "/cycles/" + YEAR + "/agencies/" + AGENCY + "/plan";
    /** 三-1 辦理市民集團結婚, its 111 target: 30 couples in the published plan. */
    private static final String WEDDINGS_111 = "#f-goals-2-kpis-0-targets-111";

    @Test
    void anAgencyImportsItsEditedWorkbookOnThePlanPageAfterSeeingWhatChanges() throws Exception {
        PlanCycleApi api = new PlanCycleApi(port);
        new CycleSteps(api, YEAR).openAhead(List.of(AGENCY));
        Browser b = BROWSERS.at(port);

        scenario.step("the agency downloads its plan book as XLSX from the plan page and raises a target in it");
        b.signIn(AGENCY).open(PLAN);
        b.screenshot("agency-plan-import-form");
        b.assertAccessible("agency-plan-import-form");
        byte[] downloaded = Files.readAllBytes(b.download("#pc-plan-download-xlsx"));
        Path edited = upload("raised.xlsx", DocumentFiles.editXlsx(downloaded, Map.of("G6", "35")));

        scenario.step("uploaded on the plan page: the preview lists that one cell, before and after");
        b.find("#pc-import-file").sendKeys(edited.toAbsolutePath().toString());
        b.follow("#pc-import-preview");
        assertThat(b.path()).isEqualTo(PLAN + "/import");
        assertThat(b.findAll(".pc-import-change")).hasSize(1);
        assertThat(b.text(".pc-import-cell")).isEqualTo("民政處!G6");
        assertThat(b.text(".pc-import-kpi")).isEqualTo("三-1 辦理市民集團結婚");
        assertThat(b.text(".pc-import-column")).isEqualTo("111年度目標值");
        assertThat(b.text(".pc-import-values")).isEqualTo("30 → 35");
        b.screenshot("agency-plan-import-preview");
        b.assertAccessible("agency-plan-import-preview");

        scenario.step("confirmed: back in the editor with the new target");
        b.follow("#pc-import-confirm");
        b.waitForPath(PLAN);
        assertThat(b.text("#pc-flash")).isEqualTo("已匯入 1 個儲存格。");
        assertThat(b.text(WEDDINGS_111)).isEqualTo("35");

        scenario.step("a file with problems shows each by its cell, and nothing to confirm");
        JsonNode imported = api.as(AGENCY).plan(YEAR, AGENCY).ok();
        Path broken = upload("broken.xlsx", DocumentFiles.editXlsx(downloaded, Map.of("D3", "5O0件", "B4", "1. 改過的名稱")));
        b.find("#pc-import-file").sendKeys(broken.toAbsolutePath().toString());
        b.follow("#pc-import-preview");
        assertThat(b.findAll(".pc-import-where")).extracting(WebElement::getText).containsExactly("民政處!D3", "民政處!B4");
        assertThat(b.text("#pc-import-problems")).contains("5O0件", "嘉義市千盞燈");
        assertThat(b.absent("#pc-import-confirm")).isTrue();
        b.screenshot("agency-plan-import-problems");
        b.assertAccessible("agency-plan-import-problems");
        assertThat(api.as(AGENCY).plan(YEAR, AGENCY).ok()).isEqualTo(imported);

        scenario.step("a confirmation after someone else saved the plan imports nothing and says so");
        Path lowered = upload("lowered.xlsx", DocumentFiles.editXlsx(downloaded, Map.of("G6", "35", "G7", "70")));
        b.follow("#pc-import-back");
        b.find("#pc-import-file").sendKeys(lowered.toAbsolutePath().toString());
        b.follow("#pc-import-preview");
        assertThat(b.findAll(".pc-import-change")).hasSize(1);
        api.as(AGENCY).savePlan(YEAR, AGENCY, PlanJson.draft(imported, kpi -> { })).ok();
        JsonNode saved = api.as(AGENCY).plan(YEAR, AGENCY).ok();
        b.follow("#pc-import-confirm");
        assertThat(b.text("#pc-conflict")).contains("未匯入任何內容");
        assertThat(api.as(AGENCY).plan(YEAR, AGENCY).ok()).isEqualTo(saved);
        b.follow("#pc-import-again");
        b.follow("#pc-import-confirm");
        b.waitForPath(PLAN);
        assertThat(api.as(AGENCY).plan(YEAR, AGENCY).ok().at("/goals/2/kpis/1/targets/111/raw").asText()).isEqualTo("70");

        scenario.step("a file over 2 MiB is refused under the field before it is sent, and by the server if sent");
        byte[] large = new byte[2 * 1024 * 1024 + 1];
        new Random(11).nextBytes(large);
        b.find("#pc-import-file").sendKeys(upload("large.xlsx", large).toAbsolutePath().toString());
        b.until(() -> b.find("#pc-import-file-too-large").isDisplayed());
        assertThat(b.text("#pc-import-file-too-large")).contains("2 MiB");
        assertThat(b.find("#pc-import-preview").isEnabled()).isFalse();
        HttpResponse<String> sent = new PageSession(port).signedInAs(AGENCY).post(PLAN + "/import",
                "multipart/form-data; boundary=x", large);
        assertThat(sent.statusCode()).isEqualTo(413);
        assertThat(sent.body()).contains("送出的內容超過 2 MiB 的上限");
    }

    private static Path upload(String name, byte[] file) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "uploads"));
        return Files.write(folder.resolve(name), file);
    }
}
