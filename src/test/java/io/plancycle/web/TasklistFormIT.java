package io.plancycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.support.Browser;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.OwnServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user tasks' Camunda Forms (forms/*.form, referenced by formRef) still work in the bundled Tasklist: the
 * planning office, signed in to PlanCycle (the Tasklist asks for no login of its own), opens an agency's drafting task
 * there and sees its form, and a written review completed with its form is recorded as PlanCycle's review page records
 * it. The Camunda webapps find their engine by name in a registry the whole test JVM shares, so this class runs on a
 * server of its own, started as it begins.
 */
@OwnServer
class TasklistFormIT {

    /** The cycle years this test opens. */
    private static final int YEAR = 114;
    private static final int REVIEW_YEAR = 113;

    @LocalServerPort
    int port;

    @Test
    void theDraftingFormOpensInTheTasklist() {
        new CycleSteps(new PlanCycleApi(port), YEAR).open(List.of("civil-affairs"));
        try (Browser browser = new Browser(port)) {
            WebDriverWait wait = tasklistAsThePlanningOffice(browser);
            openTask(wait, "草擬施政計畫與前一年度績效報告");
            wait.until(d -> d.getPageSource().contains("確認送出本年度施政計畫草案"));
            assertThat(browser.findAll("input[type=checkbox]")).isNotEmpty();
            browser.screenshot("tasklist-draft-form");
        }
    }

    /**
     * 消防局's plan, submitted through PlanCycle, is returned by the planning office in the Tasklist with the review
     * form: the review is recorded with its decision, overall comment and reviewer, and 消防局 is revising.
     */
    @Test
    void aReviewCompletedWithTheTasklistFormIsRecorded() {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, REVIEW_YEAR);
        steps.open(List.of("fire"));
        steps.draftAndSubmit("fire");
        String overall = "請說明目標值之訂定依據。";
        try (Browser browser = new Browser(port)) {
            WebDriverWait wait = tasklistAsThePlanningOffice(browser);
            openTask(wait, "評估小組書面審查");
            wait.until(d -> d.findElements(By.xpath("//*[@ng-click='claim()']")).stream().findFirst().orElse(null)).click();
            // The option's input, named by its label's "for" (the input sits inside the label in Camunda's form-js,
            // beside it in Operaton's).
            wait.until(d -> d.findElements(By.xpath("//input[not(@disabled)][@id=//label[contains(., '退回修正')]/@for]"))
                    .stream().findFirst().orElse(null)).click();
            browser.find("textarea.fjs-textarea").sendKeys(overall);
            browser.screenshot("tasklist-review-form");
            browser.find("button[ng-click='complete()']").click();
            wait.until(d -> !api.as("admin").reviews(REVIEW_YEAR, "fire").ok().isEmpty());
        }
        JsonNode review = api.as("admin").reviews(REVIEW_YEAR, "fire").ok().get(0);
        assertThat(review.path("decision").asText()).isEqualTo("RETURN");
        assertThat(review.path("overall").asText()).isEqualTo(overall);
        assertThat(review.path("reviewer").asText()).isEqualTo("admin");
        assertThat(api.as("fire").plan(REVIEW_YEAR, "fire").ok().path("stage").asText()).isEqualTo("REVISION");
    }

    /** Signed in to PlanCycle as the planning office, which signs it in to the Tasklist too (no login of its own). */
    private static WebDriverWait tasklistAsThePlanningOffice(Browser browser) {
        browser.signIn("admin");
        browser.open("/camunda/app/tasklist/default/");
        WebDriverWait wait = browser.waiting(Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static void openTask(WebDriverWait wait, String name) {
        wait.until(d -> {
            WebElement task = d.findElements(By.cssSelector(".tasks-list li a")).stream()
                    .filter(a -> a.getText().contains(name)).findFirst().orElse(null);
            if (task == null) {
                return false;
            }
            task.click();
            return true;
        });
    }
}
