package io.plancycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.plan.Direction;
import io.plancycle.plan.ParsedTarget;
import io.plancycle.plan.TargetParser;
import io.plancycle.plan.Achievement;
import io.plancycle.plan.AchievementRate;
import io.plancycle.support.Browser;
import io.plancycle.support.OwnServer;
import io.plancycle.support.PageScenario;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanCycleApi.Comment;
import io.plancycle.support.PlanJson;
import io.plancycle.support.PlanJson.Place;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 民政處's pages in a real browser, on the city's real plan: the plan editor with last year's actuals, the check and
 * submission, the revision screen with reasons and the over-threshold rule, the history of the round, and the
 * performance report; two colleagues saving the same draft; and who may open what.
 */
@OwnServer
@TestPropertySource(properties = {"camunda.bpm.job-execution.enabled=false"})
class AgencyPagesIT extends PageScenario {

    private static final String CIVIL = "civil-affairs";

    // 民政處's real KPIs by their place (goal 一 = 1), with their 109 targets.
    /** 提高市民參加原住民歲時祭儀及客家節慶活動之參與度: 550 in 109, 600 in 110, 650 in 111. */
    private static final Place FESTIVAL = Place.of(1, 1);
    /** 辦理「嘉義市千盞燈、照亮眾學生」助學計畫: 每年一次. */
    private static final Place CHARITY = Place.of(2, 1);
    /** 結合本市宗教團體輔導其舉辦…活動: 每年至少3項. */
    private static final Place RELIGIOUS_EVENTS = Place.of(2, 2);
    /** 辦理市民集團結婚: 20 couples in 109, 30 in 111. */
    private static final Place WEDDING = Place.of(3, 1);
    private static final Place COMING_OF_AGE = Place.of(3, 2);
    private static final Place CRAFTS = Place.of(4, 1);
    private static final Place TEMPLE_MAP = Place.of(4, 2);
    /** 落實「嘉義市新住民事務委員會」功能: 一年二次. */
    private static final Place COMMITTEE = Place.of(5, 1);
    /** 執行新住民相關措施及活動: 94% in 109. */
    private static final Place NEW_RESIDENTS = Place.of(5, 2);
    /** 辦理役男體檢作業: 90 in 111. */
    private static final Place CONSCRIPT_EXAMS = Place.of(6, 1);
    private static final Place BRIEFINGS = Place.of(6, 2);
    /** 策訂本市全民防衛動員準備綜合執行計畫: the date 7/30 in 109. */
    private static final Place DEFENCE_PLAN = Place.of(7, 1);
    private static final Place JOINT_MEETING = Place.of(7, 2);

    private static final String SHORTFALL = "受新冠肺炎疫情影響，部分新住民活動停辦或縮減規模，服務人數未達預期。";
    private static final String REASON_FESTIVAL = "109年每場次參與人數605人，達成率110%，111年目標值由650人提高為700人。";
    private static final String REASON_WEDDING = "109年達成率150%，逾130%，依規定調高111年目標值為40對。";

    @Test
    void anAgencyDraftsSubmitsRevisesAndReportsOnItsOwnPages() {
        PlanCycleApi api = new PlanCycleApi(port);
        api.as("admin").openCycle(110, List.of(CIVIL, "police")).expect(201);
        JsonNode published = api.as(CIVIL).plan(110, CIVIL).ok();
        long festival = PlanJson.kpiId(published, FESTIVAL);
        long wedding = PlanJson.kpiId(published, WEDDING);

        Browser b = BROWSERS.at(port);
        scenario.step("From the inbox to the plan editor, filled with the city's real plan.");
        b.signIn(CIVIL);
        assertThat(b.path()).isEqualTo("/tasks");
        b.assertAccessible("an agency's inbox with its drafting task");
        b.follow("a[href$='/cycles/110/agencies/civil-affairs/plan']");
        assertThat(b.path()).isEqualTo("/cycles/110/agencies/civil-affairs/plan");
        assertThat(b.text("h1")).isEqualTo("民政處 110年度施政計畫");
        assertThat(b.value("#f-mission")).startsWith("民政為庶政的基礎");
        assertThat(b.value(field(FESTIVAL, "name"))).isEqualTo("提高市民參加原住民歲時祭儀及客家節慶活動之參與度");
        assertThat(b.value(field(FESTIVAL, "targets-110"))).isEqualTo("600");
        assertThat(reading(b, field(FESTIVAL, "targets-110"))).isEqualTo("數值 = 600");
        assertThat(reading(b, field(NEW_RESIDENTS, "targets-111"))).isEqualTo("數值 = 98 %");
        assertThat(reading(b, field(DEFENCE_PLAN, "targets-110"))).isEqualTo("日期 人工判定達成與否");
        assertThat(b.text("#kpi-" + festival + " .pc-col-year:nth-of-type(3)")).contains("550");
        b.screenshot("agency-plan-editor");
        b.assertAccessible("agency-plan-editor");

        scenario.step("The reading follows the target as it is typed.");
        b.type(field(CONSCRIPT_EXAMS, "targets-111"), "≧92場");
        b.until(() -> reading(b, field(CONSCRIPT_EXAMS, "targets-111")).equals("數值 ≧ 92 場"));

        scenario.step("109's actuals: the rate as they are typed; a missed target asks for its explanation.");
        b.type(actual(FESTIVAL, "value"), "605");
        b.type(actual(WEDDING, "value"), "30");
        b.type(actual(NEW_RESIDENTS, "value"), "90%");
        b.until(() -> rate(b, FESTIVAL).contains("達成率 110.00%"));
        b.until(() -> rate(b, WEDDING).contains("達成率 150.00%") && rate(b, WEDDING).contains("逾130%"));
        b.until(() -> rate(b, NEW_RESIDENTS).contains("達成率 95.74%") && rate(b, NEW_RESIDENTS).contains("未達成"));
        assertThat(b.find(actual(NEW_RESIDENTS, "explanation")).isDisplayed()).isTrue();

        scenario.step("Saved without the explanation: the draft keeps everything typed, and the explanation the "
                + "submission will ask for is shown beside its field as a warning.");
        b.follow(".pc-save");
        assertThat(b.text("#pc-flash")).isEqualTo("草稿已儲存。");
        assertThat(warning(b, actual(NEW_RESIDENTS, "explanation"))).isEqualTo("未達目標「94%」，請說明原因。");
        assertThat(b.find(actual(NEW_RESIDENTS, "explanation")).getAttribute("class")).doesNotContain("is-invalid");
        assertThat(b.text("#pc-warnings")).contains("草稿可隨時儲存；送出前還有", "處需要補齊");
        assertThat(b.value(actual(NEW_RESIDENTS, "value"))).isEqualTo("90%");
        assertThat(b.value(actual(FESTIVAL, "value"))).isEqualTo("605");
        assertThat(b.value(field(CONSCRIPT_EXAMS, "targets-111"))).isEqualTo("≧92場");
        assertThat(rate(b, NEW_RESIDENTS)).contains("達成率 95.74%");
        assertThat(PlanJson.actual(api.as(CIVIL).plan(110, CIVIL).ok(), NEW_RESIDENTS, 109).path("value").asText())
                .isEqualTo("90%");
        b.screenshot("agency-plan-warnings");
        b.assertAccessible("agency-plan-warnings");

        scenario.step("With the explanation and more actuals it saves; the ones judged by a person are still open. 605 "
                + "reached, the 110 target of 600 is below it: its cause and countermeasure are written under it.");
        b.type(actual(NEW_RESIDENTS, "explanation"), SHORTFALL);
        b.script("document.querySelector(arguments[0]).closest('details').open = true",
                field(FESTIVAL, "notes-110-cause"));
        b.type(field(FESTIVAL, "notes-110-cause"), "109年參與人數因特殊活動增加。");
        b.type(field(FESTIVAL, "notes-110-countermeasure"), "持續擴大宣傳，逐年檢討目標值。");
        for (Map.Entry<Place, String> entry : Map.of(COMING_OF_AGE, "80", CRAFTS, "0", TEMPLE_MAP, "0",
                CONSCRIPT_EXAMS, "73", BRIEFINGS, "3", JOINT_MEETING, "2").entrySet()) {
            b.type(actual(entry.getKey(), "value"), entry.getValue());
        }
        b.follow(".pc-save");
        assertThat(b.text("#pc-flash")).isEqualTo("草稿已儲存。");
        assertThat(b.value(actual(NEW_RESIDENTS, "explanation"))).isEqualTo(SHORTFALL);
        assertThat(b.absent(actual(NEW_RESIDENTS, "explanation") + " ~ .pc-warning")).isTrue();
        assertThat(rate(b, WEDDING)).contains("逾130%");

        scenario.step("The check before sending lists what is missing, each linked to its field.");
        b.follow(".pc-submit");
        assertThat(b.path()).isEqualTo("/cycles/110/agencies/civil-affairs/plan/submit");
        assertThat(b.text("#pc-missing h2")).isEqualTo("還有 5 項需要補齊才能送出");
        List<String> missing = b.findAll(".pc-missing-list li").stream().map(WebElement::getText).toList();
        assertThat(missing.subList(0, 4)).allSatisfy(item -> assertThat(item).endsWith("請填寫 109 年實際值。"))
                .anySatisfy(item -> assertThat(item).startsWith("七-1「策訂本市全民防衛動員準備綜合執行計畫」"));
        assertThat(missing).hasSize(5).last().asString().as("the target changed against the approved plan")
                .endsWith("請填寫 111 年度目標值修正的修正理由。");
        assertThat(b.absent(".pc-confirm-submit")).isTrue();
        b.screenshot("agency-submit-missing");
        b.assertAccessible("agency-submit-missing");
        b.follow(".pc-missing-list li:nth-child(4) a");
        assertThat(b.path()).isEqualTo("/cycles/110/agencies/civil-affairs/plan?check#"
                + field(DEFENCE_PLAN, "actuals-109-value").substring(1));
        assertThat(feedback(b, actual(DEFENCE_PLAN, "value"))).isEqualTo("請填寫 109 年實際值。");

        scenario.step("Filled in (met or not, judged by the agency), the changed target's reason given, checked again and sent.");
        b.type(field(CONSCRIPT_EXAMS, "reasons-targets-111"), "役男人數增加，增加體檢場次");
        for (Place judged : List.of(CHARITY, RELIGIOUS_EVENTS, COMMITTEE, DEFENCE_PLAN)) {
            b.type(actual(judged, "value"), judged == DEFENCE_PLAN ? "7/28" : "已依目標完成");
            b.select(actual(judged, "met"), "true");
        }
        b.until(() -> rate(b, DEFENCE_PLAN).contains("達成"));
        b.follow(".pc-submit");
        assertThat(b.text("#pc-ready h2")).isEqualTo("內容已完整，可以送出");
        assertThat(b.text("#pc-ready")).contains("共 7 項關鍵策略目標、13 項關鍵績效指標");
        b.screenshot("agency-submit-ready");
        b.assertAccessible("agency-submit-ready");
        b.follow(".pc-confirm-submit");
        assertThat(b.text("#pc-flash")).isEqualTo("已送出，等待評估小組書面審查。");
        assertThat(b.text(".pc-stage")).isEqualTo("書面審查");
        assertThat(b.absent("textarea")).isTrue();
        assertThat(b.text("#kpi-" + wedding)).contains("達成率 150.00%");

        scenario.step("The evaluation team returns it, asking for more challenging targets.");
        api.as("reviewer").review(110, CIVIL, "RETURN", "部分指標109年達成率偏高，請依實際達成情形滾動修正目標值。",
                new Comment(festival, "109年達成率110%，請檢討提高111年目標值。"),
                new Comment(wedding, "109年達成率150%，逾130%，請調高目標值。")).ok();

        scenario.step("The revision screen: the comments beside each KPI, the one over 130% flagged.");
        b.open("/tasks");
        b.follow("a[href$='/cycles/110/agencies/civil-affairs/revision']");
        assertThat(b.text("h1")).isEqualTo("民政處 110年度滾動修正");
        assertThat(b.text(".pc-review-summary")).contains("第 1 輪審查：退回修正", "請依實際達成情形滾動修正目標值");
        assertThat(b.text("#kpi-" + wedding + " .pc-comments")).contains("109年達成率150%，逾130%，請調高目標值。");
        assertThat(b.text("#kpi-" + festival + " .pc-comments")).contains("請檢討提高111年目標值");
        assertThat(b.text("#kpi-" + wedding + " .pc-too-easy")).isEqualTo("109 年達成率 150.00%，逾 130%：請提高目標值");
        assertThat(b.absent("#kpi-" + festival + " .pc-too-easy")).isTrue();
        assertThat(b.text("#pc-flag-summary")).contains("有 1 項指標 109 年達成率逾 130%");
        b.screenshot("agency-revision");
        b.assertAccessible("agency-revision");
        b.click("#pc-flag-summary a");
        b.screenshot("agency-revision-flagged");
        b.assertAccessible("agency-revision-flagged");

        scenario.step("A changed target needs its reason: refused beside the reason field, the new target kept.");
        String festival111 = "#kpi-" + festival + " input[name$='.targets[111]']";
        String festivalReason = "#kpi-" + festival + " textarea[name$='.reasons[111]']";
        assertThat(b.find(festivalReason).isDisplayed()).isFalse();
        b.type(festival111, "700");
        b.until(() -> b.find(festivalReason).isDisplayed());
        b.follow(".pc-save");
        assertThat(feedback(b, festivalReason)).isEqualTo("請填寫「年度目標值修正」的修正理由。");
        assertThat(b.value(festival111)).isEqualTo("700");
        b.screenshot("agency-revision-refused");
        b.assertAccessible("agency-revision-refused");
        b.type(festivalReason, REASON_FESTIVAL);
        b.follow(".pc-save");
        assertThat(b.text("#pc-flash")).isEqualTo("已儲存 1 項修正。");
        assertThat(b.value(festival111)).isEqualTo("700");

        scenario.step("Sending again is held back while 集團結婚 keeps its too easy target and the comments have no reply.");
        b.follow(".pc-submit");
        assertThat(b.text("#pc-missing")).contains("三-1「辦理市民集團結婚」", "109 年達成率逾 130%");
        b.follow(".pc-missing-list a");
        assertThat(b.path()).endsWith("/revision#kpi-" + wedding);
        b.type("#kpi-" + wedding + " input[name$='.targets[111]']", "40");
        b.type("#kpi-" + wedding + " textarea[name$='.reasons[111]']", REASON_WEDDING);
        b.type("#kpi-" + festival + " textarea[name^='replies[']", REASON_FESTIVAL);
        b.type("#kpi-" + wedding + " textarea[name^='replies[']", REASON_WEDDING);
        b.follow(".pc-submit");
        assertThat(b.text("#pc-ready h2")).isEqualTo("內容已完整，可以送出");
        b.follow(".pc-confirm-submit");
        assertThat(b.text("#pc-flash")).isEqualTo("修正後的計畫已重新送出，等待評估小組審查。");
        assertThat(b.text(".pc-stage")).isEqualTo("書面審查");
        assertThat(b.text("#kpi-" + wedding + " .pc-made-harder")).contains("已提高目標值");

        scenario.step("The history: the round's review and every change as before → after, with reason, who and when.");
        b.follow(".pc-agency-tabs a[href$='/history']");
        assertThat(b.text("#round-1 .card-header")).contains("第 1 輪", "退回修正", "reviewer");
        assertThat(b.text("#round-1 .pc-history-comments")).contains("三-1 辦理市民集團結婚：", "109年達成率150%，逾130%，請調高目標值。");
        List<WebElement> changes = b.findAll("#round-1 .pc-change");
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).getText()).contains("目標值修正", "111年度目標值", "提高市民參加原住民歲時祭儀及客家節慶活動之參與度",
                REASON_FESTIVAL, CIVIL);
        assertThat(changes.get(0).findElement(By.cssSelector("del")).getText()).isEqualTo("650");
        assertThat(changes.get(0).findElement(By.cssSelector("ins")).getText()).isEqualTo("700");
        assertThat(changes.get(1).findElement(By.cssSelector("del")).getText()).isEqualTo("30");
        assertThat(changes.get(1).findElement(By.cssSelector("ins")).getText()).isEqualTo("40");
        assertThat(changes.get(1).getText()).contains(REASON_WEDDING).containsPattern("1\\d\\d/\\d\\d/\\d\\d \\d\\d:\\d\\d");
        b.screenshot("agency-history");
        b.assertAccessible("agency-history");

        scenario.step("Approved: the performance report, prefilled from the draft, explanation required where missed.");
        api.as("reviewer").approveReview(110, CIVIL).ok();
        b.open("/tasks");
        b.follow("a[href$='/cycles/110/agencies/civil-affairs/report']");
        assertThat(b.text("h1")).isEqualTo("民政處 109年施政績效報告");
        String residents = "#kpi-" + PlanJson.kpiId(published, NEW_RESIDENTS);
        assertThat(b.value(residents + " .pc-actual-value")).isEqualTo("90%");
        assertThat(b.text(residents + " .pc-rate")).contains("達成率 95.74%", "未達成");
        b.find(residents + " .pc-explanation textarea").clear();
        b.type(residents + " .pc-actual-value", "91%");
        b.until(() -> b.text(residents + " .pc-rate").contains("達成率 96.81%"));
        b.followConfirming(".pc-file");
        assertThat(feedback(b, residents + " .pc-explanation textarea")).isEqualTo("未達目標「94%」，請說明原因。");
        assertThat(b.value(residents + " .pc-actual-value")).isEqualTo("91%");
        b.type(residents + " .pc-explanation textarea", SHORTFALL);
        b.followConfirming(".pc-file");
        assertThat(b.text("#pc-flash")).isEqualTo("績效報告已提報，本年度作業完成。");
        assertThat(b.text(".pc-stage")).isEqualTo("完成");
        assertThat(b.text(residents)).contains("91%", "達成率 96.81%", "已提報", SHORTFALL);
        b.screenshot("agency-report");
        b.assertAccessible("agency-report");
        JsonNode done = api.as(CIVIL).plan(110, CIVIL).ok();
        assertThat(done.path("stage").asText()).isEqualTo("DONE");
        assertThat(PlanJson.actual(done, NEW_RESIDENTS, 109).path("value").asText()).isEqualTo("91%");
        assertThat(PlanJson.kpi(done, FESTIVAL).path("targets").path("111").path("raw").asText()).isEqualTo("700");
        assertThat(PlanJson.kpi(done, CONSCRIPT_EXAMS).path("targets").path("111").path("raw").asText()).isEqualTo("≧92場");
    }

    /** Two people of 消防局 edit the same draft; the second to save is told, and keeps what they typed. */
    @Test
    void theSecondOfTwoColleaguesSavingTheSameDraftKeepsTheirInput() {
        PlanCycleApi api = new PlanCycleApi(port);
        openOnce(api, 111, List.of("fire", "education", "social-affairs", "tourism-information"));
        String page = "/cycles/111/agencies/fire/plan";
        Browser first = BROWSERS.at(port);
        Browser second = BROWSERS.second(port);
        first.signIn("fire").open(page);
        second.signIn("fire").open(page);

        first.click("#sections > summary");
        first.find("#f-vision").sendKeys("\n（第一位承辦人補充）");
        first.follow(".pc-save");
        assertThat(first.text("#pc-flash")).isEqualTo("草稿已儲存。");

        second.click("#sections > summary");
        second.find("#f-mission").sendKeys("\n（第二位承辦人補充）");
        second.type("#f-goals-0-title", "第二位承辦人修改的目標名稱");
        second.follow(".pc-save");
        assertThat(second.text("#pc-conflict")).contains("另一位同仁在您編輯期間已先儲存了這份計畫。", "仍完整保留在下方");
        assertThat(second.value("#f-mission")).endsWith("（第二位承辦人補充）");
        assertThat(second.value("#f-goals-0-title")).isEqualTo("第二位承辦人修改的目標名稱");
        second.screenshot("agency-conflict");
        second.assertAccessible("agency-conflict");

        JsonNode saved = api.as("fire").plan(111, "fire").ok();
        assertThat(saved.path("vision").asText()).endsWith("（第一位承辦人補充）");
        assertThat(saved.path("mission").asText()).doesNotContain("第二位承辦人");

        // Having looked, the second one may still save theirs over it.
        second.followConfirming("#pc-conflict button[value=overwrite]");
        assertThat(second.text("#pc-flash")).isEqualTo("草稿已儲存。");
        assertThat(api.as("fire").plan(111, "fire").ok().path("mission").asText()).endsWith("（第二位承辦人補充）");
    }

    /** 教育處 adds a KPI, moves one to another goal and deletes one, each saved with the whole draft. */
    @Test
    void kpisAreAddedMovedAndDeletedInTheEditor() {
        PlanCycleApi api = new PlanCycleApi(port);
        openOnce(api, 111, List.of("fire", "education", "social-affairs", "tourism-information"));
        JsonNode before = api.as("education").plan(111, "education").ok();
        int inFirstGoal = PlanJson.goal(before, 1).path("kpis").size();
        int inSecondGoal = PlanJson.goal(before, 2).path("kpis").size();
        String moved = PlanJson.kpi(before, Place.of(2, 1)).path("name").asText();
        String added = "辦理教師數位教學研習";
        Browser b = BROWSERS.at(port);
        b.signIn("education").open("/cycles/111/agencies/education/plan");

        b.follow("#goal-0 .pc-add-kpi");
        assertThat(b.text("#pc-notice")).isEqualTo("已新增一項空白指標，請填寫後儲存。");
        assertThat(b.find(".pc-dirty-note").isDisplayed()).isTrue();
        String row = "#f-goals-0-kpis-" + inFirstGoal + "-";
        b.type(row + "name", added);
        b.type(row + "measure", "每年辦理場次");
        b.type(row + "targets-111", "≧10場");
        b.until(() -> reading(b, row + "targets-111").equals("數值 ≧ 10 場"));
        b.select("#f-goals-1-kpis-0-goal", "0");
        b.follow(".pc-save");
        assertThat(b.text("#pc-flash")).isEqualTo("草稿已儲存，指標已移至所選的目標。");
        assertThat(b.value(row + "name")).isEqualTo(added);
        assertThat(b.value("#f-goals-0-kpis-" + (inFirstGoal + 1) + "-name")).isEqualTo(moved);

        JsonNode saved = api.as("education").plan(111, "education").ok();
        assertThat(PlanJson.goal(saved, 1).path("kpis").findValuesAsText("name")).hasSize(inFirstGoal + 2).contains(added, moved);
        assertThat(PlanJson.goal(saved, 2).path("kpis")).hasSize(inSecondGoal - 1);

        b.followConfirming("#kpi-" + PlanJson.goal(saved, 1).path("kpis").get(inFirstGoal).path("id").asText()
                + " .pc-delete-kpi");
        assertThat(b.text("#pc-notice")).isEqualTo("已移除指標「" + added + "」，按「儲存草稿」後生效。");
        b.follow(".pc-save");
        assertThat(b.text("#pc-flash")).isEqualTo("草稿已儲存。");
        JsonNode after = api.as("education").plan(111, "education").ok();
        assertThat(PlanJson.goal(after, 1).path("kpis").findValuesAsText("name")).hasSize(inFirstGoal + 1).doesNotContain(added);
    }

    /**
     * 社會處 saves half its work: a missed target not yet explained and a target emptied. The draft keeps both as typed;
     * the editor shows what is still missing beside the fields, and the check before sending names each. Enter in a
     * one-line field sends nothing; in a text box it is a new line.
     */
    @Test
    void aHalfFilledDraftIsKeptAndTheCheckNamesWhatIsMissing() {
        PlanCycleApi api = new PlanCycleApi(port);
        openOnce(api, 111, List.of("fire", "education", "social-affairs", "tourism-information"));
        String agency = "social-affairs";
        JsonNode plan = api.as(agency).plan(111, agency).ok();
        Place missed = firstPlace(plan, kpi -> kpi.path("targets").path("110").path("kind").asText().equals("NUMBER")
                && kpi.path("targets").path("110").path("op").asText().startsWith(">")
                && kpi.path("targets").path("110").path("value").asDouble() > 0);
        Place emptied = firstPlace(plan, kpi -> !kpi.path("targets").path("111").isMissingNode()
                && kpi.path("id").asLong() != PlanJson.kpiId(plan, missed));
        String page = "/cycles/111/agencies/" + agency + "/plan";
        Browser b = BROWSERS.at(port);
        b.signIn(agency).open(page);

        // Enter in a target field sends nothing; in the mission box it starts a new line.
        b.type(field(emptied, "targets-111"), "");
        b.script("window.pcSubmits = 0; document.getElementById('plan-form')"
                + ".addEventListener('submit', function () { window.pcSubmits++; });");
        b.find(field(emptied, "targets-111")).sendKeys(Keys.ENTER);
        b.type(field(missed, "actuals-110-value"), "0");
        b.find(field(missed, "actuals-110-value")).sendKeys(Keys.ENTER);
        b.click("#sections > summary");
        b.find("#f-mission").sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, "（補充說明）");
        assertThat(b.script("return window.pcSubmits")).isEqualTo(0L);
        assertThat(b.value("#f-mission")).endsWith("\n（補充說明）");
        assertThat(b.find(".pc-dirty-note").isDisplayed()).isTrue();
        assertThat(b.absent("#pc-flash")).isTrue();

        // Saved as it is: nothing refused, and reopened, every value is there.
        b.follow(".pc-save");
        assertThat(b.text("#pc-flash")).isEqualTo("草稿已儲存。");
        b.open("/tasks").open(page);
        assertThat(b.value(field(emptied, "targets-111"))).isEmpty();
        assertThat(b.value(field(missed, "actuals-110-value"))).isEqualTo("0");
        assertThat(b.value("#f-mission")).endsWith("\n（補充說明）");
        assertThat(rateBeside(b, field(missed, "actuals-110-value"))).contains("未達成");
        assertThat(warning(b, field(emptied, "targets-111"))).isEqualTo("請填寫 111 年度目標值（無目標請填「-」）。");
        assertThat(warning(b, field(missed, "actuals-110-explanation"))).startsWith("未達目標「");
        b.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
                b.find(field(missed, "actuals-110-explanation")));
        b.screenshot("agency-plan-half-filled");
        b.assertAccessible("agency-plan-half-filled");
        JsonNode saved = api.as(agency).plan(111, agency).ok();
        assertThat(PlanJson.kpi(saved, emptied).path("targets").has("111")).isFalse();
        assertThat(PlanJson.actual(saved, missed, 110).path("value").asText()).isEqualTo("0");

        // The check before sending names both, each with its KPI, and offers no way to send.
        b.follow(".pc-submit");
        List<String> missing = b.findAll(".pc-missing-list li").stream().map(WebElement::getText).toList();
        assertThat(missing).anySatisfy(item -> assertThat(item)
                .contains(PlanJson.kpi(plan, emptied).path("name").asText(), "請填寫 111 年度目標值"));
        assertThat(missing).anySatisfy(item -> assertThat(item)
                .contains(PlanJson.kpi(plan, missed).path("name").asText(), "請說明原因"));
        assertThat(b.absent(".pc-confirm-submit")).isTrue();
        b.screenshot("agency-plan-half-filled-check");
        b.assertAccessible("agency-plan-half-filled-check");
        assertThat(api.as(agency).submit(111, agency).problem(400).path("errors").findValuesAsText("field"))
                .contains(fieldName(plan, emptied) + ".targets.111", fieldName(plan, missed) + ".actuals.110.explanation");
    }

    /**
     * 觀光新聞處's session ends while a target and an actual are typed: saving asks to sign in again, and after signing in
     * the editor is back with what was typed, which then saves.
     */
    @Test
    void whatWasTypedSurvivesTheSessionEnding() {
        PlanCycleApi api = new PlanCycleApi(port);
        openOnce(api, 111, List.of("fire", "education", "social-affairs", "tourism-information"));
        String agency = "tourism-information";
        JsonNode plan = api.as(agency).plan(111, agency).ok();
        Place kpi = firstPlace(plan, k -> !k.path("targets").path("111").isMissingNode());
        String page = "/cycles/111/agencies/" + agency + "/plan";
        Browser b = BROWSERS.at(port);
        b.signIn(agency).open(page);
        String reasonFor = "[data-reason-for='" + field(kpi, "targets-111").substring(1) + "']";
        assertThat(b.find(reasonFor).isDisplayed()).as("no reason asked of an unchanged target").isFalse();
        b.type(field(kpi, "targets-111"), "≧4321人次");
        b.until(() -> b.find(reasonFor).isDisplayed());
        b.click("#sections > summary");
        b.find("#f-vision").sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, "（逾時前輸入）");

        // The session ends for real: the browser no longer has it.
        b.driver().manage().deleteCookieNamed("JSESSIONID");
        b.follow(".pc-save");
        b.until(() -> b.path().equals("/login?expired"));
        assertThat(b.text("#pc-expired")).contains("請重新登入，您輸入的內容會保留");
        b.screenshot("agency-session-expired");
        b.assertAccessible("agency-session-expired");

        b.find("#username").sendKeys(agency);
        b.find("#password").sendKeys("plancycle");
        b.follow("button[type=submit]");
        b.waitFor("#pc-restored");
        b.until(() -> b.path().equals(page));
        assertThat(b.text("#pc-restored")).startsWith("已還原您上次輸入的內容");
        assertThat(b.value(field(kpi, "targets-111"))).isEqualTo("≧4321人次");
        assertThat(reading(b, field(kpi, "targets-111"))).isEqualTo("數值 ≧ 4321 人次");
        assertThat(b.value("#f-vision")).endsWith("\n（逾時前輸入）");
        assertThat(api.as(agency).plan(111, agency).ok().path("vision").asText()).doesNotContain("逾時前輸入");
        b.screenshot("agency-session-restored");
        b.assertAccessible("agency-session-restored");

        b.follow(".pc-save");
        assertThat(b.text("#pc-flash")).isEqualTo("草稿已儲存。");
        assertThat(b.absent("#pc-restored")).isTrue();
        assertThat(b.value(field(kpi, "targets-111"))).isEqualTo("≧4321人次");
        JsonNode saved = api.as(agency).plan(111, agency).ok();
        assertThat(PlanJson.kpi(saved, kpi).path("targets").path("111").path("raw").asText()).isEqualTo("≧4321人次");
        assertThat(saved.path("vision").asText()).endsWith("（逾時前輸入）");

        // A target changed against the approved plan: checked before sending, its missing reason is named under it.
        b.open(page + "?check=1");
        assertThat(b.text(field(kpi, "reasons-targets-111") + " ~ .invalid-feedback")).isEqualTo("請填寫 111 年度目標值修正的修正理由。");
        b.screenshot("agency-plan-change-reason");
        b.assertAccessible("agency-plan-change-reason");
    }

    @Test
    void anAgencyOpensOnlyItsOwnPagesAndOthersReadThemOnly() {
        PlanCycleApi api = new PlanCycleApi(port);
        openOnce(api, 112, List.of("police"));
        Browser b = BROWSERS.at(port);
        b.signIn(CIVIL);
        for (String page : List.of("plan", "revision", "report", "history")) {
            b.open("/cycles/112/agencies/police/" + page);
            assertThat(b.text("h1")).as(page).isEqualTo("沒有權限");
            assertThat(b.text(".pc-error-message")).as(page).isEqualTo("您沒有權限檢視這個頁面。");
            assertThat(b.absent("#f-mission")).as(page).isTrue();
        }
        b.open("/cycles/112/agencies/police/plan");
        b.screenshot("agency-forbidden");
        b.assertAccessible("agency-forbidden");

        // The evaluation team reads the police's plan, without a field to change.
        b.signIn("reviewer").open("/cycles/112/agencies/police/plan");
        assertThat(b.text("h1")).isEqualTo("警察局 112年度施政計畫");
        assertThat(b.text("#pc-readonly")).isEqualTo("唯讀檢視。");
        assertThat(b.text("#f-mission")).isNotBlank();
        assertThat(b.absent("textarea, .pc-save")).isTrue();
        b.open("/cycles/112/agencies/police/plan?lang=en");
        assertThat(b.text("h1")).isEqualTo("警察局: plan for year 112");
        assertThat(b.text(".pc-agency-tabs")).contains("Target revision", "Performance report", "History");
        b.open("/cycles/112/agencies/police/plan?lang=zh_TW");
    }

    /** What the page shows as the user types is what the server will read: every target of the city's plan and more. */
    @Test
    void theLiveReadingAndRateFollowTheServersRules() throws IOException {
        PlanCycleApi api = new PlanCycleApi(port);
        openOnce(api, 112, List.of("police"));
        Set<String> raws = new LinkedHashSet<>(List.of("1,250", "96.5%", "2萬8千件", "< 10分鐘", "(因疫情影響)90%", "≦ 5 %",
                "10件以上", "-", "--", "", "6A 84B 45C", "每年至少3項", "7/31", "依限完成", "-3", "2,000萬", "0.5億", "＞＝80％"));
        try (InputStream in = new ClassPathResource("demo/chiayi-108-111-plan.json").getInputStream()) {
            PlanCycleApi.JSON.readTree(in).path("agencies").forEach(a -> a.path("goals").forEach(g -> g.path("kpis").forEach(k ->
                    k.path("targets").forEach(t -> raws.add(t.path("raw").asText())))));
        }
        Browser b = BROWSERS.at(port);
        b.signIn("police").open("/cycles/112/agencies/police/plan");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> read = (List<Map<String, Object>>) b.script(
                "return arguments[0].map(function (r) { return window.PlanCycleAgency.parse(r); });", new ArrayList<>(raws));
        int i = 0;
        for (String raw : raws) {
            ParsedTarget expected = TargetParser.parse(raw);
            Map<String, Object> actual = read.get(i++);
            assertThat(actual.get("kind")).as(raw).isEqualTo(expected.kind().name());
            assertThat(actual.get("op")).as(raw).isEqualTo(expected.op());
            assertThat(actual.get("unit")).as(raw).isEqualTo(expected.unit());
            if (expected.value() != null) {
                assertThat(new BigDecimal(actual.get("value").toString())).as(raw).isEqualByComparingTo(expected.value());
            }
        }
        assertThat(i).isGreaterThan(150);

        List<List<String>> cases = List.of(
                List.of("HIGHER_IS_BETTER", "550", "605"), List.of("HIGHER_IS_BETTER", "94%", "90%"),
                List.of("HIGHER_IS_BETTER", "20", "30"), List.of("HIGHER_IS_BETTER", "0", "0"),
                List.of("HIGHER_IS_BETTER", "0", "3"), List.of("HIGHER_IS_BETTER", "> 80", "80"),
                List.of("LOWER_IS_BETTER", "0", "0"), List.of("LOWER_IS_BETTER", "≦5%", "4%"),
                List.of("LOWER_IS_BETTER", "≦5%", "6%"), List.of("HIGHER_IS_BETTER", "< 10分鐘", "8分鐘"),
                List.of("LOWER_IS_BETTER", "≦8.5", "0"), List.of("HIGHER_IS_BETTER", "2萬件", "2萬6千1件"),
                List.of("HIGHER_IS_BETTER", "3", "2"));
        for (List<String> c : cases) {
            Achievement expected = AchievementRate.of(Direction.valueOf(c.get(0)), TargetParser.parse(c.get(1)), c.get(2),
                    null, new BigDecimal("130"));
            @SuppressWarnings("unchecked")
            Map<String, Object> actual = (Map<String, Object>) b.script(
                    "var a = window.PlanCycleAgency; return a.achievement(arguments[0], a.parse(arguments[1]), arguments[2], null, 130);",
                    c.get(0), c.get(1), c.get(2));
            assertThat(actual.get("met")).as(c.toString()).isEqualTo(expected.met());
            assertThat(actual.get("over")).as(c.toString()).isEqualTo(expected.overThreshold());
            if (expected.rate() == null) {
                assertThat(actual.get("rate")).as(c.toString()).isNull();
            } else {
                assertThat(new BigDecimal(actual.get("rate").toString())).as(c.toString()).isEqualByComparingTo(expected.rate());
            }
        }

        // And on a phone the editor stacks: every field still there, one column.
        b.driver().manage().window().setSize(new Dimension(390, 844));
        b.open("/cycles/112/agencies/police/plan");
        assertThat(b.find("#f-goals-0-kpis-0-targets-112").isDisplayed()).isTrue();
        assertThat(b.find("#f-goals-0-kpis-0-targets-112").getRect().getWidth()).isLessThan(200);
        b.script("document.getElementById('goal-0').scrollIntoView({behavior: 'instant'})");
        b.screenshot("agency-plan-phone");
        b.assertAccessible("agency-plan-phone");
    }

    // ---- as the user does it ---------------------------------------------------------------------------------------

    /** Opens a year's cycle for the agencies unless another test of this class has already. */
    private static void openOnce(PlanCycleApi api, int year, List<String> agencies) {
        int status = api.as("admin").openCycle(year, agencies).status();
        assertThat(status).as("opening the %s cycle", year).isIn(201, 409);
    }

    /** The input of a KPI's field in the plan editor, by its place: {@code #f-goals-2-kpis-0-name}. */
    private static String field(Place place, String rest) {
        return "#f-goals-" + (place.goal() - 1) + "-kpis-" + (place.kpi() - 1) + "-" + rest;
    }

    /** A KPI's 109 actual in the plan editor: value, met or explanation. */
    private static String actual(Place place, String part) {
        return field(place, "actuals-109-" + part);
    }

    private static String rate(Browser b, Place place) {
        return rateBeside(b, actual(place, "value"));
    }

    /** The achievement shown beside an actual's input. */
    private static String rateBeside(Browser b, String valueInput) {
        return b.find(valueInput).findElement(By.xpath("ancestor::div[@data-actual]"))
                .findElement(By.cssSelector(".pc-rate")).getText();
    }

    /** The reading shown under a target input. */
    private static String reading(Browser b, String input) {
        return b.find(input).findElement(By.xpath("ancestor::td[1]")).findElement(By.cssSelector(".pc-parsed")).getText()
                .replaceAll("\\s+", " ").strip();
    }

    /** The first KPI of the plan, in order, that {@code test} accepts. */
    private static Place firstPlace(JsonNode plan, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode goal : plan.path("goals")) {
            for (JsonNode kpi : goal.path("kpis")) {
                if (test.test(kpi)) {
                    return Place.of(goal.path("no").asInt(), kpi.path("no").asInt());
                }
            }
        }
        throw new AssertionError("no such KPI in " + plan.path("agencyCode").asText() + "'s plan");
    }

    /** The service's name of a KPI: {@code goals[1].kpis[0]}. */
    private static String fieldName(JsonNode plan, Place place) {
        return "goals[" + (place.goal() - 1) + "].kpis[" + (place.kpi() - 1) + "]";
    }

    /** What a submission will still ask for, shown beside the field while the draft is edited. */
    private static String warning(Browser b, String input) {
        return b.find(input).findElement(By.xpath("following-sibling::div[contains(@class,'pc-warning')][1]")).getText();
    }

    /** The message shown beside a refused field. */
    private static String feedback(Browser b, String input) {
        return b.find(input).findElement(By.xpath("following-sibling::div[contains(@class,'invalid-feedback')][1]")).getText();
    }

}
