package io.plancycle.people;

import io.plancycle.support.Browser;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.PageScenario;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.SharedServer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planning office manages users on its pages, in a real browser: it creates a clerk and a head of 教育處 (refused
 * fields shown beside them, what was typed kept), the new head signs in and finds the agency's work of the 149 cycle,
 * a disabled head cannot sign in, a reset password is the one that works, and a user locked by wrong passwords is
 * unlocked; the audit trail shows it all.
 */
@SharedServer
class PeoplePagesIT extends PageScenario {

    private static final int YEAR = 149;

    @Autowired
    IdentityService identityService;

    @Test
    void thePlanningOfficeCreatesAClerkAndAHeadDisablesResetsAndUnlocks() {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, YEAR);
        steps.open(List.of("education"));
        Browser b = BROWSERS.at(port);

        scenario.step("the planning office opens 使用者管理 from its menu: every user with agency, roles and status");
        b.signIn("admin");
        b.follow("#pc-nav a[href='/admin/users']");
        assertThat(b.text("h1")).isEqualTo("使用者管理");
        assertThat(b.text("tr[data-user='education']")).contains("教育處", "承辦人", "啟用");
        assertThat(b.text("tr[data-user='reviewer']")).contains("評估小組");
        b.assertAccessible("the list of users");

        scenario.step("a new clerk of 教育處: a missing name and a bad e-mail refused beside their fields, the rest kept");
        b.follow("#admin-user-new");
        b.type("#user-id", "edu-lin");
        b.type("#user-email", "lin-at-city");
        b.type("#user-password", "plancycle");
        b.select("#user-agency", "education");
        b.follow("#admin-user-save");
        assertThat(b.text("#user-name + .invalid-feedback")).isEqualTo("請填寫姓名。");
        assertThat(b.text("#user-email + .invalid-feedback")).contains("請填寫正確的電子郵件");
        assertThat(b.value("#user-id")).isEqualTo("edu-lin");
        assertThat(b.value("#user-agency")).isEqualTo("education");
        b.assertAccessible("the new user refused");
        b.type("#user-name", "林承辦");
        b.type("#user-email", "lin@city.gov.tw");
        b.type("#user-password", "plancycle");
        b.follow("#admin-user-save");
        assertThat(b.path()).isEqualTo("/admin/users/edu-lin");
        assertThat(b.text("#admin-notice")).contains("已建立帳號 edu-lin（林承辦）", "請將初始密碼告知本人");
        assertThat(b.text("#admin-user-summary")).contains("啟用", "承辦人");

        scenario.step("a head without an agency is refused at the agency; with 教育處 the head is created");
        b.follow("#admin-users-back").follow("#admin-user-new");
        b.type("#user-id", "edu-chen");
        b.type("#user-name", "陳處長");
        b.type("#user-email", "chen@city.gov.tw");
        b.type("#user-password", "plancycle");
        b.click("#user-place-head");
        b.follow("#admin-user-save");
        assertThat(b.text("#user-agency + .invalid-feedback")).isEqualTo("主管須屬於一個機關，請選擇機關。");
        b.select("#user-agency", "education");
        b.type("#user-password", "plancycle");
        b.follow("#admin-user-save");
        assertThat(b.path()).isEqualTo("/admin/users/edu-chen");
        assertThat(b.text("#admin-user-summary")).contains("主管").doesNotContain("承辦人");

        scenario.step("the new head signs in and finds 教育處's drafting of the 149 cycle");
        b.signInOnThePage("edu-chen");
        assertThat(b.text(".pc-me")).contains("陳處長", "教育處", "機關主管");
        assertThat(b.text("main")).contains("149年度", "教育處");
        b.assertAccessible("the new head's inbox");

        scenario.step("disabled after a question: the head cannot sign in, and the login page says why");
        b.signIn("admin").open("/admin/users/edu-chen");
        b.assertAccessible("a user's page");
        assertThat(b.find("#admin-user-disable").getAttribute("data-confirm")).contains("確定停用帳號 edu-chen（陳處長）");
        b.followConfirming("#admin-user-disable");
        assertThat(b.text("#admin-notice")).contains("已停用帳號 edu-chen");
        assertThat(b.text("#admin-user-summary")).contains("停用");
        signInTyping(b, "edu-chen", "plancycle");
        assertThat(b.path()).isEqualTo("/login?disabled");
        assertThat(b.text("#pc-disabled")).contains("這個帳號已停用");

        scenario.step("enabled again, the password reset after a question: only the new one signs in");
        b.signIn("admin").open("/admin/users/edu-chen");
        b.follow("#admin-user-enable");
        assertThat(b.text("#admin-user-summary")).contains("啟用");
        b.followConfirming("#admin-user-reset");
        assertThat(b.text("#user-password + .invalid-feedback")).isEqualTo("請設定密碼。");
        b.type("#user-password", "Chen-new-pass-1");
        b.followConfirming("#admin-user-reset");
        assertThat(b.text("#admin-notice")).contains("已重設 edu-chen（陳處長）的密碼");
        signInTyping(b, "edu-chen", "Chen-new-pass-1");
        assertThat(b.path()).isEqualTo("/tasks");

        scenario.step("the clerk locked by ten wrong passwords: 鎖定 on the list, unlocked, signs in again");
        lockByWrongPasswords("edu-lin");
        b.signIn("admin").open("/admin/users");
        assertThat(b.text("tr[data-user='edu-lin']")).contains("鎖定");
        b.follow("tr[data-user='edu-lin'] a");
        b.follow("#admin-user-unlock");
        assertThat(b.text("#admin-notice")).contains("已解除 edu-lin（林承辦）的鎖定");
        assertThat(b.text("#admin-user-summary")).contains("啟用").doesNotContain("鎖定");
        b.signInOnThePage("edu-lin");
        assertThat(b.text(".pc-me")).contains("林承辦", "教育處");

        scenario.step("the audit trail lists who disabled, enabled, reset and unlocked");
        b.signIn("admin").open("/admin/audit?entity=UserAccountChange");
        assertThat(b.text("main")).contains("停用帳號", "重新啟用帳號", "變更密碼", "解除鎖定", "edu-chen", "edu-lin");

        scenario.step("陳處長 disabled again, 教育處 has no head to sign its work: its draft goes to the evaluation team at "
                + "once, as before the head was named (and as the other tests on this server find 教育處)");
        api.as("admin").post("/api/users/edu-chen/disable", null).ok();
        steps.draftAndSubmit("education");
    }

    private static void signInTyping(Browser b, String user, String password) {
        b.driver().manage().deleteAllCookies();
        b.open("/login");
        b.type("#username", user);
        b.type("#password", password);
        b.follow("button[type=submit]");
    }

    /** Ten wrong passwords, each after the engine's wait for the one before (the engine's clock moved, no sleeping). */
    private void lockByWrongPasswords(String user) {
        Instant now = Instant.now();
        try {
            for (int i = 1; i <= 10; i++) {
                ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofMinutes(2L * i))));
                assertThat(identityService.checkPassword(user, "wrong-" + i)).isFalse();
            }
        } finally {
            ClockUtil.reset();
        }
    }
}
