package io.plancycle;

import io.plancycle.cycle.CycleService;
import io.plancycle.cycle.WorkingDays;
import io.plancycle.cycle.CycleView;
import io.plancycle.notification.RocDates;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.support.Browser;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanCycleApp;
import io.plancycle.support.SignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PlanCycle's first start with the demo data, as a newcomer meets it: the current year's cycle is open and every role's
 * home has something in it — the planning office's board with agencies at every step and one overdue (its overdue
 * notice in the notification log), the evaluation team's queue, and each agency's task, the returned one with the
 * reviewer's comments. A second start on the same database opens no second demo cycle.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoCycleIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Taipei"));
    private static final int YEAR = RocDates.year(TODAY);

    private static final List<String> DONE = List.of("land-administration", "budget-accounting-statistics",
            "civil-service-ethics");
    private static final String OVERDUE_REPORTING = "police";
    private static final String RETURNED = "civil-affairs";
    private static final String REVISING = "tourism-information";
    private static final List<String> SUBMITTED = List.of("construction", "public-works", "social-affairs",
            "administration", "smart-technology", "personnel", "finance-taxation", "public-health", "fire");
    private static final String DRAFT_SAVED = "education";
    private static final List<String> DRAFTING = List.of(DRAFT_SAVED, "urban-development", "transportation",
            "environmental-protection");
    /** Sent by its clerk, waiting for its head (cultural-affairs-head). */
    private static final String AWAITING_SIGN_OFF = "cultural-affairs";

    @TempDir
    static Path dataDir;

    private static PlanCycleApp app;
    private static int port;

    @BeforeAll
    static void firstStart() {
        start();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void theServicesShowTheCurrentYearsCycleWithAgenciesAtEveryStep() {
        CycleView cycle = read();
        Map<String, CycleView.AgencyProgress> byCode = cycle.agencies().stream()
                .collect(Collectors.toMap(CycleView.AgencyProgress::code, Function.identity()));
        assertThat(byCode).hasSize(20);
        Map<String, SubmissionStage> expected = new LinkedHashMap<>();
        DONE.forEach(code -> expected.put(code, SubmissionStage.DONE));
        expected.put(OVERDUE_REPORTING, SubmissionStage.REPORT);
        expected.put(RETURNED, SubmissionStage.REVISION);
        expected.put(REVISING, SubmissionStage.REVISION);
        SUBMITTED.forEach(code -> expected.put(code, SubmissionStage.REVIEW));
        DRAFTING.forEach(code -> expected.put(code, SubmissionStage.DRAFTING));
        expected.put(AWAITING_SIGN_OFF, SubmissionStage.SIGN_OFF);
        expected.forEach((code, stage) -> assertThat(byCode.get(code).stage()).as(code).isEqualTo(stage));

        // One agency overdue: its report, due two working days ago; drafting due within three days; the rest ahead.
        assertThat(cycle.agencies()).filteredOn(CycleView.AgencyProgress::overdue)
                .extracting(CycleView.AgencyProgress::code).containsExactly(OVERDUE_REPORTING);
        assertThat(byCode.get(OVERDUE_REPORTING).dueOn()).isBefore(TODAY.minusDays(1));
        DRAFTING.forEach(code -> assertThat(ChronoUnit.DAYS.between(TODAY, byCode.get(code).dueOn())).as(code)
                .isBetween(0L, 3L));
        SUBMITTED.forEach(code -> assertThat(byCode.get(code).dueOn()).as(code).isAfter(TODAY.plusDays(3)));
        assertThat(byCode.get(AWAITING_SIGN_OFF).dueOn()).as("the sign-off, 3 working days on")
                .isEqualTo(app.bean(WorkingDays.class).workingDaysAfter(TODAY, 3));
        assertThat(byCode.get(RETURNED).dueOn()).isAfter(TODAY.plusDays(3));
        assertThat(byCode.get(RETURNED).reviewRound()).isEqualTo(1);

        // Last year's actuals: the returned agency's two far over their targets, the reports filed on target.
        assertThat(kpis(RETURNED)).filteredOn(k -> lastYearsActual(k) != null && lastYearsActual(k).overThreshold())
                .extracting(PlanView.KpiView::name)
                .containsExactly("提高市民參加原住民歲時祭儀及客家節慶活動之參與度", "辦理市民集團結婚");
        for (String done : DONE) {
            assertThat(kpis(done)).as(done).filteredOn(k -> lastYearsActual(k) != null).isNotEmpty()
                    .allSatisfy(k -> assertThat(lastYearsActual(k)).as(k.name())
                            .returns(true, PlanView.ActualView::finalReport)
                            .returns(true, PlanView.ActualView::met)
                            .returns(false, PlanView.ActualView::overThreshold));
        }
    }

    @Test
    @Order(2)
    void theAdministratorsBoardListsEveryAgencyAtItsStepWithOneOverdue() {
        try (Browser b = new Browser(port)) {
            b.signIn("admin");
            assertThat(b.path()).isEqualTo("/admin/cycles");
            b.find("a[href='/admin/cycles/" + YEAR + "']").click();
            b.waitFor("#admin-board");
            List<WebElement> rows = b.findAll("#admin-board tbody tr[data-agency]");
            assertThat(rows).hasSize(20);
            assertThat(b.text("#admin-overdue-count")).isEqualTo("1");
            assertThat(b.findAll("#admin-board td.pc-cell-overdue")).hasSize(1);
            WebElement police = b.find("#admin-board tr[data-agency='police']");
            assertThat(police.getAttribute("data-stage")).isEqualTo("REPORT");
            assertThat(police.findElements(By.cssSelector("td.pc-cell-overdue[data-stage='REPORT']"))).hasSize(1);
            assertThat(police.findElements(By.cssSelector(".admin-notices li[data-kind='OVERDUE']"))).hasSize(1);
            boolean signOffDueSoon = ChronoUnit.DAYS.between(TODAY,
                    app.bean(WorkingDays.class).workingDaysAfter(TODAY, 3)) <= 3;
            assertThat(b.findAll("#admin-board td.pc-cell-due-soon")).hasSize(DRAFTING.size() + (signOffDueSoon ? 1 : 0));
            assertThat(b.findAll("#admin-board td.pc-cell-on-time")).hasSize(SUBMITTED.size() + 2 + (signOffDueSoon ? 0 : 1));
            assertThat(b.find("#admin-board tr[data-agency='" + AWAITING_SIGN_OFF + "']").getAttribute("data-stage"))
                    .isEqualTo("SIGN_OFF");
            WebElement signing = b.find("#admin-board tr[data-agency='" + AWAITING_SIGN_OFF + "'] td[data-state='current']");
            assertThat(signing.getAttribute("data-stage")).as("shown at the draft it waits on").isEqualTo("DRAFTING");
            assertThat(signing.findElement(By.cssSelector(".admin-signing-off")).getText()).isEqualTo("主管核章");
            assertThat(b.find("#admin-board tr[data-agency='civil-affairs']").getAttribute("data-stage")).isEqualTo("REVISION");
            assertThat(b.find("[data-at-stage='DONE']").getText()).isEqualTo("3");
            b.screenshot("demo-admin-board");

            b.open("/admin/notifications");
            List<WebElement> overdue = b.findAll("#admin-notifications tr[data-kind='OVERDUE']");
            assertThat(overdue).hasSize(1);
            assertThat(overdue.get(0).getAttribute("data-agency")).isEqualTo(OVERDUE_REPORTING);
            assertThat(overdue.get(0).getText()).contains("警察局");
            b.open("/admin/notifications?agency=" + OVERDUE_REPORTING);
            assertThat(b.findAll("#admin-notifications tr[data-kind='OVERDUE']")).hasSize(1);
            b.screenshot("demo-admin-notifications");
        }
    }

    @Test
    @Order(3)
    void theReviewerFindsTheSubmittedAgenciesAndTheApproverTheCycle() {
        try (Browser b = new Browser(port)) {
            b.signIn("reviewer");
            assertThat(b.path()).isEqualTo("/review");
            assertThat(b.findAll("tr[data-agency]:not([data-decision])")).extracting(r -> r.getAttribute("data-agency"))
                    .containsExactlyInAnyOrderElementsOf(SUBMITTED);
            assertThat(b.find("tr[data-decision='RETURN'][data-agency='civil-affairs']").isDisplayed()).isTrue();
            b.screenshot("demo-reviewer-queue");

            // The review panel's 王委員 finds the two agencies assigned to them, both waiting for their opinions.
            b.signIn("panel1");
            assertThat(b.path()).isEqualTo("/panel");
            assertThat(b.findAll("#panel-agencies tr[data-agency]")).extracting(r -> r.getAttribute("data-agency"))
                    .containsExactly("construction", "public-works");
            b.screenshot("demo-panel");

            b.signIn("approver");
            assertThat(b.path()).isEqualTo("/approval");
            b.find("a[href='/approval/" + YEAR + "']").click();
            assertThat(b.path()).isEqualTo("/approval/" + YEAR);
            b.screenshot("demo-approver");
        }
    }

    @Test
    @Order(4)
    void eachAgencyFindsItsTaskAndTheReturnedOneTheReviewersComments() {
        try (Browser b = new Browser(port)) {
            openTask(b, DRAFT_SAVED, "due-soon", "/plan");
            b.screenshot("demo-agency-drafting");

            openTask(b, RETURNED, "on-time", "/revision");
            assertThat(b.findAll(".pc-comment")).extracting(WebElement::getText)
                    .anyMatch(text -> text.contains("達成率141.5%") && text.contains("請調高" + YEAR + "年以後目標值"))
                    .anyMatch(text -> text.contains("集團結婚" + (YEAR - 1) + "年參加42對"));
            b.screenshot("demo-agency-returned");

            openTask(b, REVISING, "on-time", "/revision");
            assertThat(b.findAll(".pc-comment")).extracting(WebElement::getText)
                    .anyMatch(text -> text.contains("新聞發布368則"));
            b.screenshot("demo-agency-revising");

            openTask(b, OVERDUE_REPORTING, "overdue", "/report");
            b.screenshot("demo-agency-overdue-report");
        }
    }

    @Test
    @Order(5)
    void aSecondStartOnTheSameDatabaseOpensNoSecondDemoCycle() {
        CycleView before = read();
        app.close();
        start();
        SignIn.asAdmin();
        try {
            assertThat(app.bean(CycleService.class).years()).containsExactly(YEAR);
        } finally {
            SignIn.clear();
        }
        assertThat(read().agencies()).isEqualTo(before.agencies());
    }

    /** The agency signs in, finds its one task coloured by its due date, and opens it. */
    private static void openTask(Browser b, String agency, String urgency, String page) {
        b.signIn(agency);
        assertThat(b.path()).isEqualTo("/tasks");
        List<WebElement> tasks = b.findAll("tr[data-task]");
        assertThat(tasks).as("%s's tasks", agency).hasSize(1);
        assertThat(tasks.get(0).getAttribute("class")).contains("pc-" + urgency);
        tasks.get(0).findElement(By.cssSelector("a")).click();
        b.waitFor("main");
        assertThat(b.path()).isEqualTo("/cycles/" + YEAR + "/agencies/" + agency + page);
    }

    private static List<PlanView.KpiView> kpis(String agency) {
        SignIn.asAdmin();
        try {
            return app.bean(PlanService.class).read(YEAR, agency).goals().stream().flatMap(g -> g.kpis().stream())
                    .toList();
        } finally {
            SignIn.clear();
        }
    }

    private static PlanView.ActualView lastYearsActual(PlanView.KpiView kpi) {
        return kpi.actuals().get(YEAR - 1);
    }

    private static CycleView read() {
        SignIn.asAdmin();
        try {
            return app.bean(CycleService.class).read(YEAR);
        } finally {
            SignIn.clear();
        }
    }

    private static void start() {
        app = PlanCycleApp.start(dataDir,
                "plancycle.demo-cycle=true",
                "camunda.bpm.job-execution.enabled=false");
        port = app.port();
    }
}
