package io.plancycle.web;

import io.plancycle.support.Browser;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.SharedServer;
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
 * planning office opens an agency's drafting task there and sees its form.
 */
@SharedServer
class TasklistFormIT {

    /** The cycle year this test alone opens in the shared database. */
    private static final int YEAR = 114;

    @LocalServerPort
    int port;

    @Test
    void theDraftingFormOpensInTheTasklist() {
        new CycleSteps(new PlanCycleApi(port), YEAR).open(List.of("civil-affairs"));
        try (Browser browser = new Browser(port)) {
            browser.open("/camunda/app/tasklist/default/");
            WebDriverWait wait = browser.waiting(Duration.ofSeconds(30));
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
