package io.plancycle.web;

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
 * planning office opens an agency's drafting task there and sees its form.
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
            browser.open("/camunda/app/tasklist/default/");
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
            wait.ignoring(StaleElementReferenceException.class);
            wait.until(d -> !d.findElements(By.cssSelector("input[ng-model=username]")).isEmpty());
            browser.find("input[ng-model=username]").sendKeys("admin");
            browser.find("input[ng-model=password]").sendKeys("plancycle");
            browser.find("button[type=submit]").click();

            wait.until(d -> {
                WebElement task = d.findElements(By.cssSelector(".tasks-list li a")).stream()
                        .filter(a -> a.getText().contains("草擬施政計畫與前一年度績效報告")).findFirst().orElse(null);
                if (task == null) {
                    return false;
                }
                task.click();
                return true;
            });
            wait.until(d -> d.getPageSource().contains("確認送出本年度施政計畫草案"));
            assertThat(browser.findAll("input[type=checkbox]")).isNotEmpty();
            browser.screenshot("tasklist-draft-form");
        }
    }
}
