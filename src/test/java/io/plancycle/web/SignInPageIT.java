package io.plancycle.web;

import io.plancycle.support.Browser;
import io.plancycle.support.SharedServer;
import io.plancycle.support.PageScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out in a real browser, each role landing on its own home, in Chinese or English. */
@SharedServer
class SignInPageIT extends PageScenario {

    Browser browser;

    @BeforeEach
    void start() {
        browser = BROWSERS.at(port);
    }

    @Test
    void aPageAsksForSignInAndEachRoleLandsOnItsHome() {
        Browser b = browser.open("/tasks");
        assertThat(b.path()).startsWith("/login");
        assertThat(b.text("h1")).isEqualTo("施政計畫暨績效評估");
        b.screenshot("login");
        b.assertAccessible("login");

        b.signInOnThePage("civil-affairs");
        assertThat(b.path()).isEqualTo("/tasks");
        assertThat(b.text("h1")).isEqualTo("我的待辦");
        b.assertAccessible("an agency's inbox");

        b.follow("form[action$='/logout'] button");
        assertThat(b.path()).startsWith("/login");
        assertThat(b.text(".alert-info")).contains("您已登出");
        b.assertAccessible("the login page after signing out");
    }

    @Test
    void stylesAndScriptsAreDownloadedOnceAndKeptByTheBrowser() {
        Browser b = browser.open("/login");
        List<String> assets = b.findAll("link[rel=stylesheet], script[src]").stream()
                .map(e -> e.getAttribute(e.getTagName().equals("link") ? "href" : "src")).toList();
        assertThat(assets).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(url -> assertThat(url).as("named by its content").matches(".*-[0-9a-f]{32}\\.(css|js)"));

        b.open("/login?again");
        Object fetched = b.script("return performance.getEntriesByType('resource')"
                + ".filter(r => /\\.(css|js)$/.test(r.name) && r.transferSize > 0).map(r => r.name);");
        assertThat((List<?>) fetched).as("stylesheets and scripts fetched again on the next page").isEmpty();
    }

    @Test
    void aWrongPasswordIsRefusedOnThePage() {
        Browser b = browser.open("/login");
        b.find("#username").sendKeys("nobody-at-all");
        b.find("#password").sendKeys("wrong");
        b.find("button[type=submit]").click();
        assertThat(b.text(".alert-danger")).contains("帳號或密碼錯誤");
        b.assertAccessible("the login page refusing a wrong password");
    }

    @Test
    void theLanguageSwitchesToEnglish() {
        Browser b = browser.signIn("civil-affairs").open("/tasks?lang=en");
        assertThat(b.text("h1")).isEqualTo("My tasks");
        b.assertAccessible("the inbox in English");
        b.open("/tasks?lang=zh_TW");
        assertThat(b.text("h1")).isEqualTo("我的待辦");
    }
}
