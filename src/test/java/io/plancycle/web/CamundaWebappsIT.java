package io.plancycle.web;

import io.plancycle.support.Browser;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.OwnServer;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PageScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Camunda webapps share PlanCycle's sign-in: the planning office goes from its pages to Cockpit and Tasklist
 * without a second login, in the browser's language where the webapps have a translation and without the banners
 * urging an upgrade; anyone else is refused; someone not signed in is sent to PlanCycle's login and brought back; and
 * signing out of either signs out of both. The webapps find their engine by name in a registry the whole test JVM
 * shares, so this class runs on a server of its own.
 */
@OwnServer
class CamundaWebappsIT extends PageScenario {

    /** The cycle year this test opens. */
    private static final int YEAR = 144;
    private static final String COCKPIT = "/camunda/app/cockpit/default/";
    private static final String TASKLIST = "/camunda/app/tasklist/default/";
    private static final String ADMIN = "/camunda/app/admin/default/";
    private static final String LOGIN_FORM = "input[ng-model=username]";

    Browser browser;

    @BeforeEach
    void start() {
        browser = BROWSERS.at(port);
    }

    /**
     * 消防局 has filed its report, so the 144 cycle waits for the planning office to consolidate. Signed in to
     * PlanCycle as admin, 流程管理 leads to the webapps, Cockpit opens on its dashboard and Tasklist lists the
     * consolidation, with no login form on the way.
     */
    @Test
    void thePlanningOfficeOpensCockpitAndTasklistFromItsPagesWithoutSigningInAgain() {
        CycleSteps steps = new CycleSteps(new PlanCycleApi(port), YEAR);
        steps.open(List.of("fire"));
        steps.draftAndSubmit("fire");
        steps.approveReview("fire");
        steps.fileReport("fire");
        steps.awaitConsolidation();

        browser.signIn("admin");
        browser.click("a.nav-link[href='/camunda/app/']");
        WebDriverWait wait = webappWait();
        wait.until(d -> !browser.findAll("a[href='/']").isEmpty());
        assertThat(browser.find("a[href='/']").getText()).as("the Welcome page's way back").isEqualTo("PlanCycle");
        assertNoUpgradeNotice(wait);
        wait.until(d -> d.findElements(By.cssSelector("a[href*='/app/cockpit/']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
        showsDashboard(wait);
        assertThat(browser.absent(LOGIN_FORM)).as("no login form of the webapp's own").isTrue();
        assertNoUpgradeNotice(wait);
        assertThat(browser.script("return angular.element(document.body).injector().get('$translate').use();"))
                .as("the webapp's language for a browser asking for Traditional Chinese").isEqualTo("zh");
        assertThat(browser.text(".dashboard")).as("English where there is no translation")
                .contains("Running Process Instances");
        browser.screenshot("camunda-cockpit-dashboard");

        browser.open(TASKLIST);
        wait.until(d -> d.findElements(By.cssSelector(".tasks-list li a")).stream()
                .anyMatch(a -> a.getText().contains("綜合規劃科彙整各機關計畫與報告")));
        assertThat(browser.absent(LOGIN_FORM)).isTrue();
        assertNoUpgradeNotice(wait);
        browser.screenshot("camunda-tasklist");

        browser.open(ADMIN);
        wait.until(d -> browser.path().startsWith(ADMIN) && browser.text("body").contains("Users"));
        assertThat(browser.absent(LOGIN_FORM)).isTrue();
        assertNoUpgradeNotice(wait);
    }

    /** The webapps are the planning office's: the evaluation team and an agency get PlanCycle's 403 page. */
    @Test
    void everyoneElseIsRefusedAtTheDoor() {
        for (String user : List.of("reviewer", "civil-affairs")) {
            browser.signIn(user);
            for (String app : List.of(COCKPIT, TASKLIST, "/camunda/app/")) {
                browser.open(app);
                assertThat(browser.text("main")).as(app + " as " + user).contains("您沒有權限檢視這個頁面");
                assertThat(browser.absent(LOGIN_FORM)).isTrue();
            }
        }
    }

    /** Cockpit's address opened without a session leads to PlanCycle's login page, and back to Cockpit after it. */
    @Test
    void someoneNotSignedInSignsInOnPlanCyclesLoginPageAndComesBack() {
        browser.open(COCKPIT);
        browser.waitForPath("/login");
        browser.find("#username").sendKeys("admin");
        browser.find("#password").sendKeys(PlanCycleApi.PASSWORD);
        browser.click("button[type=submit]");
        showsDashboard(webappWait());
        assertThat(browser.absent(LOGIN_FORM)).isTrue();
    }

    /** Signing out of PlanCycle signs out of Cockpit; "Log out" in Cockpit's menu signs out of PlanCycle. */
    @Test
    void signingOutOfEitherSignsOutOfBoth() {
        browser.signIn("admin");
        browser.open(COCKPIT);
        showsDashboard(webappWait());
        browser.open("/");
        browser.follow("form[action='/logout'] button");
        browser.open(COCKPIT);
        browser.waitForPath("/login");

        browser.signIn("admin");
        browser.open(COCKPIT);
        WebDriverWait wait = webappWait();
        showsDashboard(wait);
        browser.click("li.account > a");
        wait.until(d -> d.findElements(By.cssSelector("li.logout a")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null)).click();
        wait.until(d -> browser.path().equals("/login"));
        browser.open("/");
        browser.waitForPath("/login");
    }

    private void showsDashboard(WebDriverWait wait) {
        wait.until(d -> browser.path().startsWith(COCKPIT) && browser.path().endsWith("#/dashboard")
                && !browser.findAll(".dashboard").isEmpty());
    }

    /**
     * The banner urging the move to Camunda 8, which every page's header carries, is not shown (once the header is
     * there; Operaton's header has no such banner).
     */
    private void assertNoUpgradeNotice(WebDriverWait wait) {
        wait.until(d -> !browser.findAll("[cam-widget-header] .navbar-header").isEmpty());
        assertThat(browser.findAll("[cam-widget-header] .ce-eol-banner"))
                .allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
        assertThat(browser.text("body")).doesNotContain("Camunda 8");
    }

    private WebDriverWait webappWait() {
        WebDriverWait wait = browser.waiting(Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
