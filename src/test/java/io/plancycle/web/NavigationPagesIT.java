package io.plancycle.web;

import io.plancycle.support.Browser;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.OwnServer;
import io.plancycle.support.PageSession;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PageScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding one's way, in a real browser on the city's real plan: who is signed in (name, agency, role) in every role's
 * top bar; what comes next where there is nothing to do, before any cycle and during the 110 cycle; 本機關計畫, the
 * agency's way back to its plan, history, report and review responses once its task is done; and the distinct pages
 * for an address that does not exist (404) and a page one may not open (403), each with the navigation. axe-core
 * finds no WCAG 2.1 A/AA violation on any page opened. The tests run in order: the first sees no cycle at all.
 */
@OwnServer
@TestPropertySource(properties = {"camunda.bpm.job-execution.enabled=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NavigationPagesIT extends PageScenario {

    private static final String CIVIL = "civil-affairs";
    private static final String POLICE = "police";
    private static final String CIVIL_110 = "/cycles/110/agencies/civil-affairs";

    Browser browser;

    @BeforeEach
    void start() {
        browser = BROWSERS.at(port);
    }

    @Test
    @Order(1)
    void beforeAnyCycleEachRoleSeesWhoItIsAndThatNoCycleIsOpen() {
        Browser b = browser.signIn(CIVIL);
        assertThat(b.path()).isEqualTo("/tasks");
        assertThat(b.text(".pc-me")).isEqualTo("民政處承辦人 · 民政處 · 機關承辦");
        assertThat(b.text(".pc-navbar .pc-nav-agency")).isEqualTo("本機關計畫");
        assertThat(b.text(".pc-empty")).contains("目前沒有待辦工作。", "尚未開啟年度作業");
        b.screenshot("nav-agency-inbox-no-cycle");
        b.assertAccessible("an agency's inbox before any cycle");

        b.signIn("reviewer");
        assertThat(b.path()).isEqualTo("/review");
        assertThat(b.text(".pc-me")).isEqualTo("評估小組委員 · 評估小組");
        assertThat(b.absent(".pc-navbar .pc-nav-agency")).isTrue();
        assertThat(b.text(".pc-empty")).contains("目前沒有等待審查的提報。", "尚未開啟年度作業");
        b.screenshot("nav-reviewer-queue-no-cycle");
        b.assertAccessible("the review queue before any cycle");

        b.signIn("approver");
        assertThat(b.path()).isEqualTo("/approval");
        assertThat(b.text(".pc-me")).isEqualTo("秘書長 · 首長");
        assertThat(b.text(".pc-empty")).contains("目前沒有待核定的年度作業。", "尚未開啟年度作業");
        b.screenshot("nav-approver-no-cycle");
        b.assertAccessible("the approval list before any cycle");

        b.signIn("admin");
        assertThat(b.path()).isEqualTo("/admin/cycles");
        assertThat(b.text(".pc-me")).startsWith("綜合規劃科").endsWith(" · 綜合規劃科");
        assertThat(b.text("#admin-cycles-list + p")).startsWith("尚未開啟任何年度作業。下一步：用下方表單設定年度、五個階段的期限與參與機關");
        b.screenshot("nav-admin-cycles-no-cycle");
        b.assertAccessible("the cycles page before any cycle");
        b.open("/tasks");
        assertThat(b.text(".pc-empty")).contains("目前沒有待辦工作。", "尚未開啟年度作業");
        b.assertAccessible("the administrator's inbox before any cycle");

        b.open("/tasks?lang=en");
        assertThat(b.text(".pc-me")).endsWith(" · Planning office");
        assertThat(b.text(".pc-empty")).contains("Nothing to do right now.", "No cycle is open yet.");
        b.open("/tasks?lang=zh_TW");
    }

    @Test
    @Order(2)
    void anAgencyWithNothingToDoSeesTheNextStepAndFindsItsWayBackToItsPlan() {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, 110);
        steps.open(List.of(CIVIL, POLICE));
        steps.draftAndSubmit(CIVIL);

        // Submitted: the inbox is empty and says who has the plan now and by when.
        Browser b = browser.signIn(CIVIL);
        assertThat(b.text(".pc-empty .pc-none")).isEqualTo("目前沒有待辦工作。");
        assertThat(b.text(".pc-next")).isEqualTo("下一步：110年度 書面審查，評估小組審查中，預定 110年4月30日 前完成。");
        b.screenshot("nav-agency-inbox-in-review");
        b.assertAccessible("an agency's empty inbox while its plan is reviewed");

        // The evaluation team approves, the agency files its report: its task is done while the police still draft.
        steps.approveReview(CIVIL);
        steps.fileReport(CIVIL);
        b.open("/tasks");
        assertThat(b.text(".pc-next")).isEqualTo(
                "下一步：110年度 彙整與核定，本機關已完成，待各機關完成後由綜合規劃科彙整，預定 110年7月31日 前核定。");
        b.screenshot("nav-agency-inbox-done");
        b.assertAccessible("an agency's empty inbox once it is done");

        // 本機關計畫, from the inbox's link: the 110 cycle with its step, and a link to each of its pages.
        b.follow(".pc-next-link");
        assertThat(b.path()).isEqualTo("/agencies/civil-affairs/cycles");
        assertThat(b.text("h1")).isEqualTo("民政處 各年度計畫");
        List<WebElement> rows = b.findAll(".pc-cycles-table tbody tr");
        assertThat(rows).extracting(r -> r.getAttribute("data-year")).containsExactly("110");
        assertThat(rows.get(0).getText()).contains("110年度", "完成", "機關提報中");
        b.screenshot("nav-agency-cycles");
        b.assertAccessible("本機關計畫");

        Map<String, String> pages = Map.of(
                "/plan", "民政處 110年度施政計畫",
                "/history", "民政處 110年度",
                "/report", "民政處 109年施政績效報告",
                "/responses", "民政處 110年度審查意見回覆表");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            b.follow(".pc-navbar .pc-nav-agency");
            b.follow("tr[data-year='110'] a[href$='" + CIVIL_110 + page.getKey() + "']");
            assertThat(b.path()).isEqualTo(CIVIL_110 + page.getKey());
            assertThat(b.text("h1")).as(page.getKey()).startsWith(page.getValue());
            assertThat(b.absent(".pc-error")).as(page.getKey()).isTrue();
            b.screenshot("nav-agency-done" + page.getKey().replace('/', '-'));
            b.assertAccessible("an agency's " + page.getKey());
        }

        // The others with nothing to do: the evaluation team waits for the police, the approver for both.
        b.signIn("reviewer");
        assertThat(b.text(".pc-next")).isEqualTo("下一步：110年度 書面審查，1 個機關草擬或修正中，最早預定 110年3月31日 前送審。");
        b.screenshot("nav-reviewer-queue-empty");
        b.assertAccessible("the review queue with nothing waiting");
        b.signIn("approver");
        assertThat(b.text(".pc-next")).isEqualTo(
                "下一步：110年度 彙整與核定，1 個機關尚在提報，完成後由綜合規劃科彙整，預定 110年7月31日 前核定。");
        b.screenshot("nav-approver-nothing");
        b.assertAccessible("the approval list with nothing to approve");
        // The evaluation team may open the agency's record too; the police, whose task is open, see theirs.
        b.signIn("reviewer").open("/agencies/civil-affairs/cycles");
        assertThat(b.text("h1")).isEqualTo("民政處 各年度計畫");
        b.signIn(POLICE).open("/agencies/police/cycles");
        assertThat(b.text(".pc-cycles-table tr[data-year='110']")).contains("草擬", "110/03/31");
        b.assertAccessible("本機關計畫 with a task open");
    }

    @Test
    @Order(3)
    void anUnknownAddressIsNotFoundAndAnotherAgencysPageIsForbiddenBothWithTheNavigation() {
        Browser b = browser.signIn(POLICE).open("/no-such-page");
        assertThat(b.text("h1")).isEqualTo("找不到這個頁面");
        assertThat(b.text(".pc-error-hint")).isEqualTo("請從上方選單前往您要的頁面，或回到首頁。");
        assertThat(b.text(".pc-me")).isEqualTo("警察局承辦人 · 警察局 · 機關承辦");
        assertThat(b.text(".pc-navbar .pc-nav-agency")).isEqualTo("本機關計畫");
        b.screenshot("nav-not-found");
        b.assertAccessible("the 404 page");
        b.follow(".pc-error-home");
        assertThat(b.path()).isEqualTo("/tasks");

        b.open(CIVIL_110 + "/plan");
        assertThat(b.text("h1")).isEqualTo("沒有權限");
        assertThat(b.text(".pc-error-message")).isEqualTo("您沒有權限檢視這個頁面。");
        assertThat(b.text(".pc-error-hint")).contains("其他機關", "洽綜合規劃科");
        assertThat(b.text(".pc-me")).isEqualTo("警察局承辦人 · 警察局 · 機關承辦");
        b.screenshot("nav-forbidden");
        b.assertAccessible("the 403 page");
        b.follow(".pc-navbar .pc-nav-agency");
        assertThat(b.path()).isEqualTo("/agencies/police/cycles");

        // What the browser was answered: 404 and 403; and an anonymous visitor of either is sent to sign in.
        PageSession police = new PageSession(port).signedInAs(POLICE);
        assertThat(police.get("/no-such-page").statusCode()).isEqualTo(404);
        assertThat(police.get(CIVIL_110 + "/plan").statusCode()).isEqualTo(403);
        assertThat(police.get("/agencies/civil-affairs/cycles").statusCode()).isEqualTo(403);
        for (String path : List.of("/no-such-page", CIVIL_110 + "/plan")) {
            HttpResponse<String> anonymous = new PageSession(port).get(path);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        b.driver().manage().deleteAllCookies();
        b.open("/no-such-page");
        assertThat(b.path()).isEqualTo("/login");
        b.assertAccessible("the login page");
    }
}
