package io.plancycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.support.Browser;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.PlanCycleApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user tasks' Camunda Forms (forms/*.form, referenced by formRef) still work in the bundled Tasklist: the
 * planning office opens an agency's drafting task there and sees its form, and a written review completed with its
 * form is recorded as PlanCycle's review page records it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "plancycle.mail.embedded=false", "plancycle.mail.sender-enabled=false"})
class TasklistFormIT {

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("plancycle-tasklist").toString();
        registry.add("plancycle.data-dir", () -> dir);
    }

    @LocalServerPort
    int port;

    @Test
    void theDraftingFormOpensInTheTasklist() {
        new CycleSteps(new PlanCycleApi(port), 110).open(List.of("civil-affairs"));
        try (Browser browser = new Browser(port)) {
            WebDriverWait wait = signInToTasklist(browser);
            openTask(wait, "草擬施政計畫與前一年度績效報告");
            wait.until(d -> d.getPageSource().contains("確認送出本年度施政計畫草案"));
            assertThat(browser.findAll("input[type=checkbox]")).isNotEmpty();
            browser.screenshot("tasklist-draft-form");
        }
    }

    /**
     * 消防局's 111 plan, submitted through PlanCycle, is returned by the planning office in the Tasklist with the review
     * form: the review is recorded with its decision, overall comment and reviewer, and 消防局 is revising.
     */
    @Test
    void aReviewCompletedWithTheTasklistFormIsRecorded() {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, 111);
        steps.open(List.of("fire"));
        steps.draftAndSubmit("fire");
        String overall = "請說明111年目標值之訂定依據。";
        try (Browser browser = new Browser(port)) {
            WebDriverWait wait = signInToTasklist(browser);
            openTask(wait, "評估小組書面審查");
            wait.until(d -> d.findElements(By.xpath("//*[@ng-click='claim()']")).stream().findFirst().orElse(null)).click();
            wait.until(d -> d.findElements(By.xpath("//label[contains(., '退回修正')]//input[not(@disabled)]")).stream()
                    .findFirst().orElse(null)).click();
            browser.find("textarea.fjs-textarea").sendKeys(overall);
            browser.screenshot("tasklist-review-form");
            browser.find("button[ng-click='complete()']").click();
            wait.until(d -> !api.as("admin").reviews(111, "fire").ok().isEmpty());
        }
        JsonNode review = api.as("admin").reviews(111, "fire").ok().get(0);
        assertThat(review.path("decision").asText()).isEqualTo("RETURN");
        assertThat(review.path("overall").asText()).isEqualTo(overall);
        assertThat(review.path("reviewer").asText()).isEqualTo("admin");
        assertThat(api.as("fire").plan(111, "fire").ok().path("stage").asText()).isEqualTo("REVISION");
    }

    private static WebDriverWait signInToTasklist(Browser browser) {
        browser.open("/camunda/app/tasklist/default/");
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(d -> !d.findElements(By.cssSelector("input[ng-model=username]")).isEmpty());
        browser.find("input[ng-model=username]").sendKeys("admin");
        browser.find("input[ng-model=password]").sendKeys("plancycle");
        browser.find("button[type=submit]").click();
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
