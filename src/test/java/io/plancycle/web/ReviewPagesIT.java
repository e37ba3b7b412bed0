package io.plancycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.support.Browser;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.OwnServer;
import io.plancycle.support.PageScenario;
import io.plancycle.support.PageSession;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanCycleApi.Change;
import io.plancycle.support.PlanJson;
import io.plancycle.support.PlanJson.Actual;
import io.plancycle.support.PlanJson.Place;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The evaluation team's and the approver's pages in a real browser, on the city's real plan: the 110 cycle with
 * 民政處 and 建設處 set up through the API, then the review queue, a written review returned with comments and
 * approved in its second round, the response-to-review table, and the final approval returned once and approved.
 */
@OwnServer
class ReviewPagesIT extends PageScenario {

    private static final int YEAR = 110;
    private static final String CIVIL_AFFAIRS = "civil-affairs";
    private static final String CONSTRUCTION = "construction";

    /** 民政處 一/1 提高市民參加原住民歲時祭儀及客家節慶活動之參與度: 109 target 550, 111 target 650. */
    private static final Place FESTIVAL = Place.of(1, 1);
    /** 民政處 三/1 辦理市民集團結婚: 109 target 20, 111 target 30. */
    private static final Place WEDDING = Place.of(3, 1);
    /** 民政處 五/2 執行新住民相關措施及活動: 109 target 94%. */
    private static final Place NEW_RESIDENTS = Place.of(5, 2);

    private static final String SHORTFALL = "受新冠肺炎疫情影響，部分新住民活動停辦或縮減規模，服務人數未達預期。";
    /** 605 of 550 is 110%; 30 of 20 is 150%, over the 130% threshold; 90% of 94% is missed. */
    private static final Map<Place, Actual> ACTUALS_109 = Map.of(
            FESTIVAL, Actual.of("605"),
            WEDDING, Actual.of("30"),
            NEW_RESIDENTS, Actual.missed("90%", SHORTFALL));

    private static final String COMMENT_WEDDING = "109年達成率150%，已逾130%，請調高111年目標值。";
    private static final String COMMENT_FESTIVAL = "參與人數已達610人，111年目標值宜再提高。";
    private static final String COMMENT_NEW_RESIDENTS = "請補充疫情後恢復辦理之規劃。";
    private static final String SUGGESTION = "建議各項活動成果併附照片或新聞稿佐證。";
    private static final String OVERALL = "請依各項審查意見調整目標值，並逐項說明修正理由。";
    private static final String REASON_WEDDING = "109年達成率150%，逾130%，依規定調高111年目標值為40對。";
    private static final String REASON_FESTIVAL = "109年每場次參與人數605人，111年目標值由650人提高為700人。";
    private static final String APPROVAL_REASON = "請補列各機關未達成指標之檢討說明後再送核定。";

    @Autowired
    JdbcTemplate jdbc;

    Browser browser;

    @BeforeEach
    void start() {
        browser = BROWSERS.at(port);
    }

    @Test
    void theEvaluationTeamReviewsInTwoRoundsAndTheApproverDecides() {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, YEAR);
        steps.open(List.of(CIVIL_AFFAIRS, CONSTRUCTION));
        steps.draftAndSubmit(CIVIL_AFFAIRS, ACTUALS_109);
        steps.draftAndSubmit(CONSTRUCTION);
        JsonNode plan = api.as(CIVIL_AFFAIRS).plan(YEAR, CIVIL_AFFAIRS).ok();
        long festival = PlanJson.kpiId(plan, FESTIVAL);
        long wedding = PlanJson.kpiId(plan, WEDDING);
        long newResidents = PlanJson.kpiId(plan, NEW_RESIDENTS);

        scenario.step("The queue: both submissions, with their review due date, overdue (the 110 calendar is long past).");
        Browser b = browser.signIn("reviewer");
        assertThat(b.path()).isEqualTo("/review");
        List<WebElement> waiting = b.findAll("table.rv-queue tbody tr");
        assertThat(waiting).extracting(row -> row.getAttribute("data-agency")).containsExactly(CIVIL_AFFAIRS, CONSTRUCTION);
        WebElement civilRow = b.find("table.rv-queue tr[data-agency='civil-affairs']");
        assertThat(civilRow.getText()).contains("民政處", "110年度", "第1輪", "110/04/30", "逾期");
        assertThat(civilRow.getAttribute("class")).contains("pc-overdue");
        assertThat(b.find("table.rv-queue tr[data-agency='construction']").getText()).contains("建設處", "110/04/30");
        b.screenshot("review-queue");
        b.assertAccessible("review-queue");

        scenario.step("The review page: the real KPIs with 109's actuals, rates and flags, beside the published plan.");
        b.click("table.rv-queue tr[data-agency='civil-affairs'] a");
        b.waitFor("#overall");
        assertThat(b.path()).isEqualTo("/cycles/110/agencies/civil-affairs/review");
        assertThat(b.text("h1")).contains("民政處", "110");
        WebElement festivalKpi = b.find("article[data-place='1-1']");
        assertThat(festivalKpi.getText()).contains("提高市民參加原住民歲時祭儀及客家節慶活動之參與度", "每場次參與人數");
        assertThat(text(festivalKpi, ".rv-report")).contains("109年實際值", "605", "達成率 110%", "達成");
        assertThat(text(festivalKpi, ".rv-beside")).contains("原核定中程計畫（108–111年度）", "550", "650");
        WebElement weddingKpi = b.find("article[data-place='3-1']");
        assertThat(text(weddingKpi, ".rv-report")).contains("30", "達成率 150%", "達成率逾130%");
        WebElement newResidentsKpi = b.find("article[data-place='5-2']");
        assertThat(text(newResidentsKpi, ".rv-report")).contains("90%", "未達成", SHORTFALL);
        assertThat(b.find(".rv-summary").getText()).contains("未達成", "達成率逾130%");

        scenario.step("Comments typed and not saved: leaving the page asks first.");
        assertThat(leavingAsks(b)).isFalse();
        b.find("#comment-" + wedding).sendKeys(COMMENT_WEDDING);
        b.find("#comment-" + festival).sendKeys(COMMENT_FESTIVAL);
        b.find("#comment-" + newResidents).sendKeys(COMMENT_NEW_RESIDENTS);
        b.find("#suggestions").sendKeys(SUGGESTION);
        assertThat(leavingAsks(b)).isTrue();

        scenario.step("Saved as a draft (no decision yet): kept on the server for this reviewer, and there when the "
                + "page is opened again.");
        b.click("#rv-save-draft");
        b.waitFor("#rv-draft-saved");
        assertThat(leavingAsks(b)).isFalse();
        b.open("/review");
        b.open("/cycles/110/agencies/civil-affairs/review");
        b.waitFor("#rv-draft-loaded");
        assertThat(b.text("#rv-draft-loaded")).startsWith("已載入您於 ").endsWith("儲存的審查意見草稿。");
        assertThat(b.value("#comment-" + wedding)).isEqualTo(COMMENT_WEDDING);
        assertThat(b.value("#comment-" + festival)).isEqualTo(COMMENT_FESTIVAL);
        assertThat(b.value("#suggestions")).isEqualTo(SUGGESTION);
        assertThat(api.as(CIVIL_AFFAIRS).plan(YEAR, CIVIL_AFFAIRS).ok().path("stage").asText()).isEqualTo("REVIEW");
        assertThat(api.as("reviewer").reviews(YEAR, CIVIL_AFFAIRS).ok()).isEmpty();
        scrollTo(b, b.find("#rv-draft-loaded"));
        b.screenshot("review-draft-reopened");
        b.assertAccessible("review-draft-reopened");

        scenario.step("A decision asks first, naming the agency, the round and the decision; cancelled, nothing is "
                + "decided.");
        b.click("#return");
        b.waitFor("#rv-confirm[open]");
        assertThat(b.text("#rv-confirm-text")).contains("民政處", "第 1 輪", "退回修正");
        assertThat(b.text("#rv-confirm-yes")).isEqualTo("退回修正");
        b.screenshot("review-confirm");
        b.assertAccessible("review-confirm");
        b.click("#rv-confirm-cancel");
        assertThat(b.absent("#rv-confirm[open]")).isTrue();
        assertThat(api.as("reviewer").reviews(YEAR, CIVIL_AFFAIRS).ok()).isEmpty();

        scenario.step("Returning without an overall comment is refused next to that box; every comment typed is still "
                + "there.");
        decide(b, "#return");
        b.waitFor("#overall-error");
        assertThat(b.text("#overall-error")).contains("綜合意見");
        assertThat(b.find("#overall").getAttribute("class")).contains("is-invalid");
        assertThat(b.find("#overall").getAttribute("aria-describedby")).contains("overall-error");
        assertThat(b.value("#comment-" + wedding)).isEqualTo(COMMENT_WEDDING);
        assertThat(b.value("#comment-" + festival)).isEqualTo(COMMENT_FESTIVAL);
        assertThat(b.value("#comment-" + newResidents)).isEqualTo(COMMENT_NEW_RESIDENTS);
        assertThat(b.value("#suggestions")).isEqualTo(SUGGESTION);
        assertThat(api.as(CIVIL_AFFAIRS).plan(YEAR, CIVIL_AFFAIRS).ok().path("stage").asText()).isEqualTo("REVIEW");
        assertThat(api.as("reviewer").reviews(YEAR, CIVIL_AFFAIRS).ok()).isEmpty();

        scenario.step("With the overall comment it is returned: the queue says so and lists the decision.");
        b.find("#overall").sendKeys(OVERALL);
        decide(b, "#return");
        b.waitFor(".rv-decided");
        assertThat(b.path()).isEqualTo("/review");
        assertThat(b.text(".rv-decided")).contains("民政處", "退回");
        assertThat(b.findAll("table.rv-queue tbody tr")).extracting(row -> row.getAttribute("data-agency"))
                .containsExactly(CONSTRUCTION);
        assertThat(b.find("table.rv-recent tr[data-agency='civil-affairs']").getAttribute("data-decision")).isEqualTo("RETURN");
        JsonNode returned = api.as("reviewer").reviews(YEAR, CIVIL_AFFAIRS).ok().get(0);
        assertThat(returned.path("decision").asText()).isEqualTo("RETURN");
        assertThat(returned.path("overall").asText()).isEqualTo(OVERALL);
        assertThat(returned.path("comments")).extracting(c -> c.path("kpiId").isNull() ? null : c.path("kpiId").asLong())
                .containsExactlyInAnyOrder(festival, wedding, newResidents, null);
        scenario.step("The round decided, its draft is gone.");
        assertThat(jdbc.queryForObject("select count(*) from review_draft", Long.class)).isZero();

        scenario.step("The agency raises two targets with its reasons and submits again.");
        api.as(CIVIL_AFFAIRS).revise(YEAR, CIVIL_AFFAIRS, Change.target(wedding, 111, "40", REASON_WEDDING),
                Change.target(festival, 111, "700", REASON_FESTIVAL)).ok();
        steps.replyToEveryComment(CIVIL_AFFAIRS);
        assertThat(steps.submit(CIVIL_AFFAIRS).path("reviewRound").asInt()).isEqualTo(2);
        scenario.step("Each submission was kept once as it entered review: 民政處 rounds 1 and 2, 建設處 round 1.");
        assertThat(jdbc.queryForList("select a.code || ':' || s.round from plan_snapshot s join plan p on p.id = s.plan_id"
                + " join agency a on a.id = p.agency_id", String.class))
                .containsExactlyInAnyOrder("civil-affairs:1", "civil-affairs:2", "construction:1");

        scenario.step("The second round beside the first: what changed, with the agency's reasons and what the team "
                + "said.");
        b.open("/review");
        b.click("table.rv-queue tr[data-agency='civil-affairs'] a");
        b.waitFor("#overall");
        assertThat(b.text(".rv-round")).isEqualTo("第2輪");
        String previous = b.text(".rv-previous");
        assertThat(previous).contains("與上一輪（第1輪）比較", OVERALL, SUGGESTION, REASON_WEDDING, REASON_FESTIVAL, "111年目標值")
                .doesNotContain("未保存");
        weddingKpi = b.find("article[data-place='3-1']");
        assertThat(weddingKpi.getAttribute("class")).contains("rv-changed");
        WebElement changedTarget = weddingKpi.findElement(By.cssSelector(".rv-targets td[data-year='111']"));
        assertThat(changedTarget.getAttribute("class")).contains("rv-diff");
        assertThat(changedTarget.findElement(By.cssSelector("del")).getText()).isEqualTo("30");
        assertThat(changedTarget.getText()).contains("40");
        assertThat(text(weddingKpi, ".rv-beside")).contains(COMMENT_WEDDING, REASON_WEDDING);
        newResidentsKpi = b.find("article[data-place='5-2']");
        assertThat(newResidentsKpi.getAttribute("class")).doesNotContain("rv-changed");
        assertThat(text(newResidentsKpi, ".rv-beside")).contains(COMMENT_NEW_RESIDENTS, "未修正");
        b.click("[data-rv-filter='changed']");
        assertThat(newResidentsKpi.isDisplayed()).isFalse();
        assertThat(weddingKpi.isDisplayed()).isTrue();
        b.click("[data-rv-filter='all']");
        assertThat(newResidentsKpi.isDisplayed()).isTrue();
        scrollTo(b, weddingKpi);
        b.screenshot("review-page");
        b.assertAccessible("review-page");
        scenario.step("On a phone the page is no wider than the screen: the target tables scroll within their boxes.");
        b.driver().manage().window().setSize(new Dimension(390, 844));
        assertThat(b.script("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        scrollTo(b, weddingKpi);
        b.screenshot("review-page-phone");
        b.assertAccessible("review-page-phone");
        b.driver().manage().window().setSize(new Dimension(1366, 768));

        scenario.step("Approved in the second round: the agency goes on to its report.");
        b.find("#overall").sendKeys("修正內容符合審查意見，同意通過。");
        decide(b, "#approve");
        b.waitFor(".rv-decided");
        assertThat(b.text(".rv-decided")).contains("民政處", "審查通過");
        assertThat(api.as(CIVIL_AFFAIRS).plan(YEAR, CIVIL_AFFAIRS).ok().path("stage").asText()).isEqualTo("REPORT");

        scenario.step("The response-to-review table pairs each comment with the agency's reply and the change that "
                + "answered it, 未修正 where the reply changed nothing.");
        b.open("/cycles/110/agencies/civil-affairs/responses");
        assertThat(b.text("h1")).contains("民政處", "審查意見回覆表");
        WebElement round1 = b.find(".rv-round[data-round='1']");
        assertThat(text(round1, "tr[data-kpi='" + wedding + "']")).contains("辦理市民集團結婚", COMMENT_WEDDING, "30", "40", REASON_WEDDING);
        assertThat(text(round1, "tr[data-kpi='" + festival + "']")).contains(COMMENT_FESTIVAL, "650", "700", REASON_FESTIVAL);
        assertThat(text(round1, "tr[data-kpi='" + newResidents + "']")).contains(COMMENT_NEW_RESIDENTS, CycleSteps.REPLY, "未修正")
                .doesNotContain("未修正/回覆");
        assertThat(text(round1, "tr[data-kpi='suggestion']")).contains("建議事項", SUGGESTION, CycleSteps.REPLY, "未修正");
        assertThat(text(round1, "h2")).contains("第1輪", "退回修正");
        assertThat(text(b.find(".rv-round[data-round='2']"), "h2")).contains("第2輪", "同意通過");
        b.screenshot("review-responses");
        b.assertAccessible("review-responses");

        scenario.step("Both agencies finish; the planning office consolidates.");
        steps.approveReview(CONSTRUCTION);
        steps.fileReport(CIVIL_AFFAIRS, ACTUALS_109);
        steps.fileReport(CONSTRUCTION);
        steps.awaitConsolidation();
        api.as("admin").consolidate(YEAR).ok();
        JsonNode reported = api.as(CIVIL_AFFAIRS).plan(YEAR, CIVIL_AFFAIRS).ok();

        scenario.step("The planning office's charts count the agencies' 109 outcomes: met, not met, over the threshold, "
                + "not judged, KPIs.");
        b = browser.signIn("admin");
        b.open("/admin/cycles/110/charts");
        Map<String, List<String>> charted = new LinkedHashMap<>();
        b.findAll("#admin-distribution-table tbody tr[data-agency]").forEach(row -> charted.put(row.getAttribute("data-agency"),
                row.findElements(By.cssSelector("td[data-count]")).stream().map(WebElement::getText).toList()));
        assertThat(charted.keySet()).containsExactly(CIVIL_AFFAIRS, CONSTRUCTION);

        scenario.step("The approver sees the consolidated cycle per agency, counted as the charts count it, each row "
                + "adding up.");
        b = browser.signIn("approver");
        assertThat(b.path()).isEqualTo("/approval");
        b.click(".rv-awaiting[data-year='110'] a");
        b.waitFor("#reason");
        assertThat(b.path()).isEqualTo("/approval/110");
        WebElement civil = b.find("table.rv-overview tr[data-agency='civil-affairs']");
        long withoutTarget = PlanJson.kpis(reported).stream().filter(kpi -> !PlanJson.hasTarget(kpi, YEAR - 1)).count();
        assertThat(civil.findElements(By.cssSelector("td")).subList(0, 9)).extracting(WebElement::getText).containsExactly(
                "民政處", "完成", "2", String.valueOf(PlanJson.kpiCount(reported)),
                String.valueOf(count(reported, "met", true) - 1), "1", "1", String.valueOf(withoutTarget), "2");
        for (WebElement row : b.findAll("table.rv-overview tbody tr[data-agency]")) {
            String code = row.getAttribute("data-agency");
            List<String> cells = row.findElements(By.cssSelector("td")).stream().map(WebElement::getText).toList();
            int kpis = Integer.parseInt(cells.get(3));
            assertThat(kpis).as("%s's KPIs", code).isEqualTo(PlanJson.kpiCount(api.as("admin").plan(YEAR, code).ok()));
            assertThat(cells.subList(4, 8).stream().mapToInt(Integer::parseInt).sum()).as("%s's row adds up", code)
                    .isEqualTo(kpis);
            List<String> outcomes = new ArrayList<>(cells.subList(4, 8));
            outcomes.add(cells.get(3));
            assertThat(outcomes).as("%s as the charts count it", code).isEqualTo(charted.get(code));
        }
        assertThat(civil.findElements(By.cssSelector("td a"))).as("the agency's pages to read")
                .extracting(a -> a.getAttribute("data-link"), WebElement::getText)
                .containsExactly(tuple("plan", "計畫"), tuple("history", "歷程"), tuple("responses", "回覆表"));
        assertThat(b.find("table.rv-overview tr[data-agency='construction']").getText()).contains("建設處", "完成");
        assertThat(b.text(".rv-summary-table")).contains("民政處", "辦理市民集團結婚", REASON_WEDDING);
        b.screenshot("approval");
        b.assertAccessible("approval");

        scenario.step("Returning without a reason is refused next to the reason box; with one, the agencies revise and "
                + "the cycle comes back to consolidation.");
        b.followConfirming("#return");
        b.waitFor("#reason-error");
        assertThat(b.text("#reason-error")).contains("理由");
        assertThat(b.find("#reason").getAttribute("class")).contains("is-invalid");
        assertThat(api.as("admin").cycle(YEAR).ok().path("stage").asText()).isEqualTo("APPROVAL");
        b.find("#reason").sendKeys(APPROVAL_REASON);
        b.followConfirming("#return");
        b.waitFor(".rv-decided");
        assertThat(b.text(".rv-decided")).contains("退回");
        assertThat(b.text(".rv-history")).contains(APPROVAL_REASON);
        assertThat(b.absent("#reason")).isTrue();
        for (String agency : List.of(CIVIL_AFFAIRS, CONSTRUCTION)) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.as(agency).plan(YEAR, agency).ok()
                    .path("stage").asText()).as("%s returned by the approver", agency).isEqualTo("APPROVAL_REVISION"));
            api.as(agency).submit(YEAR, agency).ok();
        }
        api.as("admin").awaitCycleStage(YEAR, "CONSOLIDATION");

        scenario.step("Consolidated again, it is approved.");
        api.as("admin").consolidate(YEAR).ok();
        b.open("/approval/110");
        b.click("#approve");
        b.waitFor(".rv-decided");
        assertThat(b.text(".rv-decided")).contains("已核定");
        assertThat(api.as("admin").awaitCycleStage(YEAR, "APPROVED").path("approvals")).hasSize(2);
    }

    @Test
    void eachPageIsOnlyForItsRole() throws Exception {
        // An agency cannot open the review or approval pages: the error page, answered with 403.
        Browser b = browser.signIn(CIVIL_AFFAIRS);
        b.open("/cycles/110/agencies/civil-affairs/review");
        assertThat(b.text(".pc-error-message")).contains("沒有權限");
        b.assertAccessible("the review page refused to an agency");
        PageSession agency = new PageSession(port).signedInAs(CIVIL_AFFAIRS);
        for (String page : List.of("/review", "/cycles/110/agencies/civil-affairs/review", "/approval", "/approval/110")) {
            assertThat(agency.get(page).statusCode()).as(page).isEqualTo(403);
        }
        // The response-to-review table is the agency's own record: another agency may not open it.
        assertThat(new PageSession(port).signedInAs("police").get("/cycles/110/agencies/civil-affairs/responses")
                .statusCode()).isEqualTo(403);

        // Only the evaluation team reviews, only the approver approves.
        PageSession approver = new PageSession(port).signedInAs("approver");
        assertThat(approver.get("/review").statusCode()).isEqualTo(403);
        assertThat(approver.get("/cycles/110/agencies/civil-affairs/review").statusCode()).isEqualTo(403);
        assertThat(approver.get("/approval").statusCode()).isEqualTo(200);
        assertThat(new PageSession(port).signedInAs("admin").get("/cycles/110/agencies/civil-affairs/review").statusCode()).isEqualTo(403);
        PageSession reviewer = new PageSession(port).signedInAs("reviewer");
        assertThat(reviewer.get("/approval").statusCode()).isEqualTo(403);
        assertThat(reviewer.get("/approval/110").statusCode()).isEqualTo(403);
        assertThat(reviewer.get("/review").statusCode()).isEqualTo(200);

        // The pages speak English through the layout's switch, which a cookie remembers.
        assertThat(reviewer.get("/review?lang=en").body()).contains("<h1 class=\"h4\">Review queue</h1>");
        assertThat(reviewer.get("/review").body()).contains("Review queue", "Waiting for review");
        assertThat(reviewer.get("/review?lang=zh_TW").body()).contains("<h1 class=\"h4\">審查佇列</h1>");
    }

    private static String text(WebElement in, String css) {
        return in.findElement(By.cssSelector(css)).getText();
    }

    /** Presses a decision's button and confirms it in the dialog that asks first. */
    private static void decide(Browser b, String button) {
        b.click(button);
        b.waitFor("#rv-confirm[open] #rv-confirm-yes");
        b.click("#rv-confirm-yes");
    }

    /**
     * Whether leaving the page now would ask first: a cancelable beforeunload event, as the browser sends one on leaving,
     * is cancelled by the page's handler only while there is something unsaved.
     */
    private static boolean leavingAsks(Browser b) {
        return (Boolean) b.script("return !window.dispatchEvent(new Event('beforeunload', {cancelable: true}));");
    }

    private static void scrollTo(Browser b, WebElement element) {
        b.script("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});", element);
    }

    /** How many KPIs of the plan have a 109 actual whose {@code field} (met, overThreshold) is {@code expected}. */
    private static long count(JsonNode plan, String field, boolean expected) {
        return PlanJson.kpis(plan).stream()
                .map(kpi -> kpi.path("actuals").path("109").path(field))
                .filter(node -> node.isBoolean() && node.booleanValue() == expected)
                .count();
    }
}
