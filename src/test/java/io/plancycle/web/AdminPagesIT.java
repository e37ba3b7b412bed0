package io.plancycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.cycle.DueNotice;
import io.plancycle.cycle.NoticeSchedule;
import io.plancycle.cycle.ProcessModel;
import io.plancycle.notification.OutboxSender;
import io.plancycle.support.Browser;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.ExpectedMail;
import io.plancycle.support.OwnServer;
import io.plancycle.support.PageScenario;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanCycleApi.Change;
import io.plancycle.support.PlanCycleApi.Comment;
import io.plancycle.support.PlanCycleProcess;
import io.plancycle.support.PlanJson;
import io.plancycle.support.PlanJson.Actual;
import io.plancycle.support.PlanJson.Place;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.plancycle.support.ExpectedMail.rocNumeric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The planning office's pages in a real browser, on the city's real plan, with the clock at today: the 110 cycle
 * opened from the form (a refused calendar first), its progress board as agencies move on through the API, a due
 * date moved with its reason, the KPI rolling revision summary table and its CSV, the achievement charts checked
 * against the plans as the API shows them, the notification log with a failed notice sent again, a one-agency 109
 * cycle consolidated from its board, the contacts of an agency, and the pages closed to everyone else.
 */
@OwnServer
@TestPropertySource(properties = {"plancycle.mail.max-attempts=1"})
class AdminPagesIT extends PageScenario {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final int YEAR = 110;
    private static final int REPORT_YEAR = 109;
    private static final String CIVIL_AFFAIRS = "civil-affairs";
    private static final String CONSTRUCTION = "construction";
    private static final String LAND = "land-administration";
    private static final String POLICE = "police";
    private static final String EDUCATION = "education";

    /** 民政處 一/1 festival attendance (109 target 550), 三/1 group weddings (20), 五/2 new residents (94%), 六/1 exams. */
    private static final Place FESTIVAL = Place.of(1, 1);
    private static final Place WEDDING = Place.of(3, 1);
    private static final Place NEW_RESIDENTS = Place.of(5, 2);
    private static final Place EXAMS = Place.of(6, 1);
    /** 605 of 550 is 110%; 30 of 20 is 150%, over the threshold; 90% of 94% is missed. */
    private static final Map<Place, Actual> CIVIL_109 = Map.of(
            FESTIVAL, Actual.of("605"),
            WEDDING, Actual.of("30"),
            NEW_RESIDENTS, Actual.missed("90%", "受新冠肺炎疫情影響，部分新住民活動停辦或縮減規模，服務人數未達預期。"));
    /** 建設處 三/2 pesticide residue ≦5%: 4% is 125%. */
    private static final Map<Place, Actual> CONSTRUCTION_109 = Map.of(Place.of(3, 2), Actual.of("4%"));
    /** 警察局 七/1 response time &lt; 10分鐘: 8 minutes is 125%. */
    private static final Map<Place, Actual> POLICE_109 = Map.of(Place.of(7, 1), Actual.of("8分鐘"));

    private static final String REASON_FESTIVAL = "109年每場次參與人數605人，達成率110%，111年目標值由650人提高為700人。";
    private static final String REASON_WEDDING = "109年達成率150%，逾130%，依規定調高111年目標值為40對。";
    private static final String REASON_EXAMS = "配合役男人數增加，110年體檢場次由74場提高為80場。";
    private static final String MOVE_REASON = "配合市政會議改期，草擬期限延後。";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        // No mail server listens here: every attempt fails, and with one attempt allowed the notification is FAILED.
        int closedPort = PlanCycleProcess.freePort();
        registry.add("spring.mail.port", () -> closedPort);
    }

    @Autowired
    OutboxSender outbox;

    @Autowired
    ManagementService managementService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    NoticeSchedule noticeSchedule;

    Browser browser;
    PlanCycleApi api;
    LocalDate today;

    @BeforeEach
    void start() {
        browser = BROWSERS.at(port);
        api = new PlanCycleApi(port);
        today = LocalDate.now(TAIPEI);
    }

    @Test
    void thePlanningOfficeRunsTheCycleFromItsPages() {
        Browser b = browser.signIn("admin");
        assertThat(b.path()).isEqualTo("/admin/cycles");
        assertThat(b.text("h1")).isEqualTo("年度作業");
        b.assertAccessible("the cycles page before any cycle");
        PlanCycleApi.User admin = api.as("admin");

        scenario.step("opening the 110 cycle: review due before drafting is refused at its field, everything typed is "
                + "kept");
        LocalDate drafting = today.minusDays(10);
        LocalDate review = today.plusDays(30);
        fillOpenForm("110", drafting, today.minusDays(20), today.plusDays(40), today.plusDays(50), today.plusDays(55),
                today.plusDays(60));
        checkbox("agency-" + POLICE, false);
        browser.click(b.find("#admin-open-submit"));
        b.waitFor("#review-error");
        assertThat(b.text("#review-error")).isEqualTo("書面審查期限不得早於草擬期限。");
        assertThat(b.find("#review").getAttribute("class")).contains("is-invalid");
        assertThat(b.find("#drafting").getAttribute("class")).doesNotContain("is-invalid");
        assertThat(b.text("#admin-open-errors")).contains("1 個欄位需要修正");
        b.assertAccessible("the open-cycle form refused");
        assertThat(b.find("#year").getAttribute("value")).isEqualTo("110");
        assertThat(b.find("#drafting").getAttribute("value")).isEqualTo(drafting.toString());
        assertThat(b.find("#review").getAttribute("value")).isEqualTo(today.minusDays(20).toString());
        assertThat(b.find("#approval").getAttribute("value")).isEqualTo(today.plusDays(60).toString());
        assertThat(b.find("#agency-" + POLICE).isSelected()).as("the unchecked agency stays unchecked").isFalse();
        assertThat(b.find("#agency-" + CIVIL_AFFAIRS).isSelected()).isTrue();
        assertThat(b.text("#drafting-roc")).isEqualTo(ExpectedMail.roc(drafting));
        assertThat(admin.cycleYears().ok()).isEmpty();

        browser.setDate("review", review);
        assertThat(b.text("#review-roc")).as("the ROC year follows the date").isEqualTo(ExpectedMail.roc(review));
        checkbox("agency-" + POLICE, true);
        browser.click(b.find("#admin-open-submit"));
        b.waitFor("#admin-open-confirm");
        browser.click(b.find("#admin-open-confirm"));
        browser.waitForPath("/admin/cycles/110");
        assertThat(b.text("#admin-notice")).contains("已開啟 110 年度作業");

        scenario.step("the board: all 20 agencies drafting, late (the drafting due date has passed)");
        JsonNode opened = admin.cycle(YEAR).ok();
        assertThat(CycleSteps.agencies(opened)).hasSize(20);
        List<Map<String, Object>> board = board();
        assertThat(board).hasSize(20);
        b.assertAccessible("the progress board of 20 agencies drafting");
        assertThat(board).extracting(r -> r.get("agency")).containsExactlyElementsOf(CycleSteps.agencies(opened).keySet());
        for (Map<String, Object> row : board) {
            assertThat(row.get("stage")).isEqualTo("DRAFTING");
            assertThat(cell(row, "DRAFTING").get("class")).as("%s", row.get("agency")).contains("pc-cell-overdue");
            assertThat(cell(row, "DRAFTING").get("text")).contains(rocNumeric(drafting)).contains(daysText(drafting));
            for (String later : List.of("REVIEW", "REVISION", "REPORT", "DONE")) {
                assertThat(cell(row, later).get("class")).as("%s %s", row.get("agency"), later).doesNotContain("pc-cell-");
            }
        }
        assertThat(b.text("#admin-overdue-count")).isEqualTo("20");
        assertThatColoursFollowTheDueDates(admin.cycle(YEAR).ok());

        scenario.step("the same year again: refused at the year field");
        b.open("/admin/cycles");
        fillOpenForm("110", today.plusDays(1), today.plusDays(2), today.plusDays(3), today.plusDays(4), today.plusDays(5),
                today.plusDays(6));
        browser.click(b.find("#admin-open-submit"));
        b.waitFor("#year-error");
        assertThat(b.text("#year-error")).contains("110 年度作業已經開啟");
        assertThat(b.find("#year").getAttribute("value")).isEqualTo("110");
        assertThat(b.find("#report").getAttribute("value")).isEqualTo(today.plusDays(4).toString());

        scenario.step("agencies move on through the API: done, at its report, under review, back for revision, drafting");
        CycleSteps steps = new CycleSteps(api, YEAR);
        PlanCycleApi.User reviewer = api.as("reviewer");
        steps.draftAndSubmit(CIVIL_AFFAIRS, CIVIL_109);
        JsonNode civilPlan = api.as(CIVIL_AFFAIRS).plan(YEAR, CIVIL_AFFAIRS).ok();
        long festival = PlanJson.kpiId(civilPlan, FESTIVAL);
        long wedding = PlanJson.kpiId(civilPlan, WEDDING);
        long exams = PlanJson.kpiId(civilPlan, EXAMS);
        reviewer.review(YEAR, CIVIL_AFFAIRS, "RETURN", "部分指標109年達成率偏高，請滾動修正目標值。",
                new Comment(wedding, "109年達成率150%，逾130%，請調高目標值。")).ok();
        api.as(CIVIL_AFFAIRS).revise(YEAR, CIVIL_AFFAIRS, Change.target(festival, 111, "700", REASON_FESTIVAL),
                Change.target(exams, 110, "80", REASON_EXAMS), Change.target(wedding, 111, "40", REASON_WEDDING).onPage("12")).ok();
        steps.replyToEveryComment(CIVIL_AFFAIRS);
        steps.submit(CIVIL_AFFAIRS);
        steps.approveReview(CIVIL_AFFAIRS);
        steps.fileReport(CIVIL_AFFAIRS, CIVIL_109);
        steps.draftAndSubmit(CONSTRUCTION, CONSTRUCTION_109);
        steps.approveReview(CONSTRUCTION);
        steps.draftAndSubmit(LAND);
        steps.draftAndSubmit(POLICE, POLICE_109);
        reviewer.review(YEAR, POLICE, "RETURN", "請補充各項指標之衡量方式。").ok();
        steps.saveDraft(EDUCATION, Map.of());

        b.open("/admin/cycles/110");
        Map<String, Map<String, Object>> rows = byAgency(board());
        JsonNode moving = admin.cycle(YEAR).ok();
        assertThat(rows.keySet()).containsExactlyElementsOf(CycleSteps.stages(moving).keySet());
        CycleSteps.stages(moving).forEach((code, stage) -> assertThat(rows.get(code).get("stage")).as(code).isEqualTo(stage));
        assertThatColoursFollowTheDueDates(moving);

        Map<String, Object> civil = rows.get(CIVIL_AFFAIRS);
        assertThat(civil.get("stage")).isEqualTo("DONE");
        for (String column : List.of("DRAFTING", "REVIEW", "REVISION", "REPORT", "DONE")) {
            assertThat(cell(civil, column).get("class")).as("民政處 %s", column).contains("pc-cell-done");
        }
        assertThat(civil.get("round")).isEqualTo("第 2 輪");
        assertThat(civil.get("notices")).asString().contains("REPORT_FILED");
        assertThat(civil.get("noticeText")).asString().contains("績效報告已提交");

        Map<String, Object> construction = rows.get(CONSTRUCTION);
        assertThat(cell(construction, "REPORT").get("class")).contains("pc-cell-on-time");
        assertThat(cell(construction, "REPORT").get("text")).contains(rocNumeric(today.plusDays(50))).contains(daysText(today.plusDays(50)));
        assertThat(cell(construction, "DRAFTING").get("class")).contains("pc-cell-done");
        assertThat(cell(construction, "REVISION").get("state")).isEqualTo("skipped");
        assertThat(cell(construction, "DONE").get("class")).doesNotContain("pc-cell-");
        assertThat(construction.get("round")).isEqualTo("第 1 輪");
        assertThat(construction.get("notices")).asString().isEqualTo("REVIEW_APPROVED");

        assertThat(cell(rows.get(LAND), "REVIEW").get("class")).contains("pc-cell-on-time");
        assertThat(rows.get(LAND).get("notices")).asString().isEqualTo("SUBMITTED");
        assertThat(cell(rows.get(POLICE), "REVISION").get("class")).contains("pc-cell-on-time");
        assertThat(rows.get(POLICE).get("notices")).asString().isEqualTo("RETURNED");
        assertThat(cell(rows.get(EDUCATION), "DRAFTING").get("class")).contains("pc-cell-overdue");
        assertThat(rows.get(EDUCATION).get("notices")).as("overdue from the opening, and told so at once").asString()
                .isEqualTo("OVERDUE");
        assertThat(b.text("#admin-overdue-count")).isEqualTo("16");

        scenario.step("moving the drafting due date: without a reason refused at the field; then the board and the list "
                + "show it");
        b.select("#stage", "drafting");
        LocalDate moved = today.plusDays(2);
        browser.setDate("dueOn", moved);
        browser.click(b.find("#admin-move-submit"));
        b.waitFor("#reason-error");
        assertThat(b.text("#reason-error")).isEqualTo("請填寫調整理由。");
        assertThat(b.find("#dueOn").getAttribute("value")).isEqualTo(moved.toString());
        assertThat(b.text("#dueOn-roc")).isEqualTo(ExpectedMail.roc(moved));
        assertThat(new Select(b.find("#stage")).getFirstSelectedOption().getAttribute("value")).isEqualTo("drafting");
        assertThat(admin.get("/api/cycles/110/calendar/changes").ok()).isEmpty();

        b.find("#reason").sendKeys(MOVE_REASON);
        browser.click(b.find("#admin-move-submit"));
        browser.waitForPath("/admin/cycles/110");
        assertThat(b.text("#admin-notice")).contains("已將草擬期限由 " + rocNumeric(drafting) + " 調整為 " + rocNumeric(moved));
        Map<String, Map<String, Object>> afterMove = byAgency(board());
        assertThat(cell(afterMove.get(EDUCATION), "DRAFTING").get("class")).contains("pc-cell-due-soon");
        assertThat(cell(afterMove.get(EDUCATION), "DRAFTING").get("text")).contains(rocNumeric(moved)).contains(daysText(moved));
        assertThat(afterMove.get(EDUCATION).get("notices")).as("the overdue notice of the old date, then the move")
                .asString().isEqualTo("OVERDUE,DEADLINE_MOVED");
        assertThat(afterMove.get(CONSTRUCTION).get("notices")).asString().isEqualTo("REVIEW_APPROVED");
        assertThat(b.text("#admin-overdue-count")).isEqualTo("0");
        assertThatColoursFollowTheDueDates(admin.cycle(YEAR).ok());
        WebElement change = b.find("#admin-changes tbody tr");
        assertThat(change.getAttribute("data-stage")).isEqualTo("DRAFTING");
        assertThat(change.getText()).contains("草擬", rocNumeric(drafting) + " → " + rocNumeric(moved), MOVE_REASON, "admin");
        assertThat(b.find("[data-calendar='DRAFTING']").getText()).contains(rocNumeric(moved));
        JsonNode changes = admin.get("/api/cycles/110/calendar/changes").ok();
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).path("reason").asText()).isEqualTo(MOVE_REASON);

        // A notice of the new date: at the time of the first one (the engine's clock set there for the moment) 教育處's
        // daily notice timer fires, and the board lists that notice with the move, as notices of its current step. The
        // other agencies' jobs are held meanwhile, so that the job executor fires nobody else's timer at that time.
        DueNotice next = noticeSchedule.noticesFor(moved).stream()
                .filter(n -> n.at().toInstant().isAfter(Instant.now())).findFirst().orElseThrow();
        Job timer = managementService.createJobQuery().timers().activityId("Timer_DailyNoticeDrafting").list().stream()
                .filter(job -> EDUCATION.equals(runtimeService.getVariable(job.getProcessInstanceId(), "agencyCode")))
                .findFirst().orElseThrow();
        int noticesBefore = admin.get("/api/notifications?agency=education&size=500").ok().findValuesAsText("kind").size();
        managementService.suspendJobByProcessDefinitionKey(ProcessModel.AGENCY_PROCESS);
        try {
            ClockUtil.setCurrentTime(Date.from(next.at().toInstant()));
            managementService.executeJob(timer.getId());
            await("教育處's notice").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> admin.get("/api/notifications?agency=education&size=500").ok().findValuesAsText("kind")
                            .size() > noticesBefore);
        } finally {
            ClockUtil.reset();
            managementService.activateJobByProcessDefinitionKey(ProcessModel.AGENCY_PROCESS);
        }
        b.open("/admin/cycles/110");
        Map<String, Map<String, Object>> reminded = byAgency(board());
        assertThat(reminded.get(EDUCATION).get("notices")).asString().isEqualTo("OVERDUE,DEADLINE_MOVED," + next.kind());
        assertThat(reminded.get(EDUCATION).get("noticeText")).asString()
                .contains("期限變更", next.kind() == DueNotice.Kind.REMINDER ? "期限提醒" : "逾期通知", "待寄送");
        assertThat(reminded.get("public-works").get("notices")).asString().isEqualTo("OVERDUE,DEADLINE_MOVED");
        b.screenshot("admin-progress-board");
        b.assertAccessible("admin-progress-board");

        scenario.step("the KPI rolling revision summary table, row for row as the API gives it, and the same CSV");
        b.open("/admin/cycles/110/summary");
        JsonNode table = admin.revisionSummary(YEAR).ok();
        assertThat(table.path("rows")).hasSize(3);
        List<String> header = texts("#admin-summary thead th");
        List<String> expectedHeader = new ArrayList<>(List.of("單位", "關鍵策略目標", "關鍵績效指標", "衡量標準"));
        table.path("years").forEach(y -> expectedHeader.add(y.asInt() + "年度目標值(修正後)"));
        expectedHeader.addAll(List.of("修正理由", "頁碼"));
        assertThat(header).containsExactlyElementsOf(expectedHeader);
        List<WebElement> summaryRows = b.findAll("#admin-summary tbody tr");
        assertThat(summaryRows).hasSize(table.path("rows").size());
        for (int i = 0; i < summaryRows.size(); i++) {
            JsonNode row = table.path("rows").get(i);
            List<String> expected = new ArrayList<>(List.of(row.path("agency").asText(), row.path("goal").asText(),
                    row.path("kpi").asText(), row.path("measure").asText("")));
            table.path("years").forEach(y -> expected.add(row.path("revisedTargets").path(y.asText()).asText()));
            expected.add(row.path("reason").asText());
            expected.add(row.path("page").asText(""));
            assertThat(summaryRows.get(i).findElements(By.tagName("td"))).extracting(WebElement::getText)
                    .as("summary row %d", i).containsExactlyElementsOf(expected);
        }
        assertThat(b.text("#admin-summary")).contains(REASON_WEDDING, "700", "40");
        String csvLink = b.find("#admin-summary-download-csv").getAttribute("href");
        assertThat(csvLink).endsWith("/admin/cycles/110/summary?format=csv");
        HttpResponse<String> csv = getWithSession(csvLink);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).isEqualTo(admin.revisionSummaryCsv(YEAR).expect(200).text());
        b.screenshot("admin-summary");
        b.assertAccessible("admin-summary");

        scenario.step("the achievement charts: drawn, and the numbers beside them are the plans' as the API shows them");
        b.open("/admin/cycles/110/charts");
        b.waiting(Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(browser.script(
                "return !!(window.Chart && Chart.getChart(document.getElementById('admin-chart-distribution'))"
                        + " && Chart.getChart(document.getElementById('admin-chart-histogram')));")));
        assertThat(texts("#admin-histogram-table thead th")).containsExactly("機關", "<60%", "60–80%", "80–100%",
                "100–120%", "120–130%", ">130%");
        Map<String, Map<String, String>> distribution = tableByAgency("#admin-distribution-table", "data-count");
        Map<String, Map<String, String>> histogram = tableByAgency("#admin-histogram-table", "data-bin");
        assertThat(distribution.keySet()).containsAll(CycleSteps.agencies(moving).keySet());
        int[] totals = new int[5];
        int[] binTotals = new int[6];
        for (String code : CycleSteps.agencies(moving).keySet()) {
            JsonNode plan = admin.plan(YEAR, code).ok();
            Counts expected = counts(plan);
            assertThat(expected.kpis).as("%s: every KPI counted once", code).isEqualTo(PlanJson.kpiCount(plan));
            Map<String, String> shown = distribution.get(code);
            assertThat(List.of(shown.get("met"), shown.get("notMet"), shown.get("overThreshold"), shown.get("notJudged"),
                    shown.get("kpis"))).as("%s's counts", code).containsExactly(String.valueOf(expected.met),
                    String.valueOf(expected.notMet), String.valueOf(expected.over), String.valueOf(expected.notJudged),
                    String.valueOf(expected.kpis));
            for (int bin = 0; bin < 6; bin++) {
                assertThat(histogram.get(code).get(String.valueOf(bin))).as("%s's rates in bin %d", code, bin)
                        .isEqualTo(String.valueOf(expected.bins[bin]));
                binTotals[bin] += expected.bins[bin];
            }
            totals[0] += expected.met;
            totals[1] += expected.notMet;
            totals[2] += expected.over;
            totals[3] += expected.notJudged;
            totals[4] += expected.kpis;
        }
        JsonNode civilReported = admin.plan(YEAR, CIVIL_AFFAIRS).ok();
        Counts civilCounts = counts(civilReported);
        assertThat(civilCounts.over).as("民政處: 集團結婚 at 150%").isGreaterThanOrEqualTo(1);
        assertThat(civilCounts.notMet).as("民政處: 新住民 missed").isGreaterThanOrEqualTo(1);
        assertThat(civilCounts.met).isGreaterThan(0);
        assertThat(civilCounts.notJudged).as("民政處: its KPIs without a 109 target")
                .isEqualTo(PlanJson.kpis(civilReported).stream().filter(kpi -> !PlanJson.hasTarget(kpi, REPORT_YEAR)).count());
        Map<String, String> total = distribution.get("");
        assertThat(List.of(total.get("met"), total.get("notMet"), total.get("overThreshold"), total.get("notJudged"),
                total.get("kpis"))).containsExactly(String.valueOf(totals[0]), String.valueOf(totals[1]),
                String.valueOf(totals[2]), String.valueOf(totals[3]), String.valueOf(totals[4]));
        for (int bin = 0; bin < 6; bin++) {
            assertThat(histogram.get("").get(String.valueOf(bin))).isEqualTo(String.valueOf(binTotals[bin]));
        }
        b.select("#admin-histogram-agency", CIVIL_AFFAIRS);
        @SuppressWarnings("unchecked")
        List<Number> civilBars = (List<Number>) browser.script(
                "return Chart.getChart(document.getElementById('admin-chart-histogram')).data.datasets[0].data;");
        assertThat(civilBars).extracting(Number::intValue).containsExactly(civilCounts.boxedBins());
        b.screenshot("admin-charts");
        b.assertAccessible("admin-charts");

        scenario.step("the notification log: the notices of the steps above, filtered by agency; a failed one sent again");
        b.open("/admin/notifications");
        List<String> kinds = attributes("#admin-notifications tbody tr", "data-kind");
        assertThat(kinds).contains("SUBMITTED", "RETURNED", "REVIEW_APPROVED", "REPORT_FILED", "DEADLINE_MOVED");
        b.select("#filter-agency", CIVIL_AFFAIRS);
        browser.click(b.find("#admin-filter-submit"));
        browser.waitForPath("/admin/notifications?agency=civil-affairs&status=");
        JsonNode civilNotices = admin.get("/api/notifications?agency=civil-affairs&size=500").ok().path("items");
        assertThat(attributes("#admin-notifications tbody tr", "data-id")).containsExactlyElementsOf(
                civilNotices.findValuesAsText("id"));
        assertThat(attributes("#admin-notifications tbody tr", "data-agency")).containsOnly(CIVIL_AFFAIRS);

        assertThat(outbox.deliverDue()).as("nothing is accepted by a closed port").isZero();
        JsonNode failed = admin.get("/api/notifications?agency=civil-affairs&status=FAILED&size=500").ok().path("items");
        assertThat(failed.size()).isEqualTo(civilNotices.size());
        b.open("/admin/notifications?agency=civil-affairs&status=FAILED");
        assertThat(attributes("#admin-notifications tbody tr", "data-status")).hasSize(failed.size()).containsOnly("FAILED");
        String resent = b.find("#admin-notifications tbody tr").getAttribute("data-id");
        assertThat(b.find("#notification-" + resent + " .admin-last-error").getText()).isNotBlank();
        browser.click(b.find("#notification-" + resent + " .admin-resend"));
        browser.waitForPath("/admin/notifications?agency=civil-affairs&status=FAILED#notification-" + resent);
        assertThat(b.text("#admin-notice")).isEqualTo("通知 " + resent + " 已重新排入寄送佇列。");
        b.screenshot("admin-notifications");
        b.assertAccessible("admin-notifications");
        assertThat(attributes("#admin-notifications tbody tr", "data-id")).hasSize(failed.size() - 1).doesNotContain(resent);
        JsonNode again = admin.get("/api/notifications?agency=civil-affairs&status=PENDING&size=500").ok().path("items");
        assertThat(again.findValuesAsText("id")).containsExactly(resent);
        b.open("/admin/notifications?agency=civil-affairs");
        assertThat(b.find("#notification-" + resent).getAttribute("data-status")).isEqualTo("PENDING");
        assertThat(b.find("#notification-" + resent).getText()).contains("待寄送");

        scenario.step("the audit trail of all the above, filtered by kind, and a filter refused at its field");
        b.open("/admin/audit");
        assertThat(b.findAll(".pc-audit-table tbody tr")).isNotEmpty();
        b.screenshot("admin-audit");
        b.assertAccessible("admin-audit");
        // in the words of the other pages: the person and the agency by name, the step by its label, an ROC date
        b.open("/admin/audit?user=civil-affairs&entity=Plan");
        assertThat(b.findAll(".pc-audit-table tbody tr")).isNotEmpty().allSatisfy(row ->
                assertThat(row.findElements(By.cssSelector("td")).get(1).getText()).isEqualTo("民政處承辦人（civil-affairs）"));
        assertThat(b.text(".pc-audit-table")).contains("機關 民政處", "年度作業 110年度", "書面審查")
                .doesNotContain("DRAFTING", "SUBMISSIONS");
        assertThat(b.findAll(".pc-audit-table tbody tr td:first-child")).extracting(WebElement::getText)
                .allSatisfy(at -> assertThat(at).matches("\\d{3}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}"));
        b.open("/admin/audit?from=not-a-date");
        assertThat(b.find("#audit-from").getAttribute("class")).contains("is-invalid");
        b.assertAccessible("admin-audit-refused");

        scenario.step("a 109 cycle for 消防局 alone, from the form; done through the API, consolidated from the board");
        b.open("/admin/cycles");
        fillOpenForm("109", today.plusDays(5), today.plusDays(10), today.plusDays(15), today.plusDays(20), today.plusDays(22),
                today.plusDays(25));
        browser.click(b.find("[data-admin-check='none']"));
        checkbox("agency-fire", true);
        browser.click(b.find("#admin-open-submit"));
        b.waitFor("#admin-open-confirm");
        browser.click(b.find("#admin-open-confirm"));
        browser.waitForPath("/admin/cycles/109");
        List<Map<String, Object>> fireBoard = board();
        assertThat(fireBoard).extracting(r -> r.get("agency")).containsExactly("fire");
        assertThat(cell(fireBoard.get(0), "DRAFTING").get("class")).contains("pc-cell-on-time");
        assertThat(b.absent("#admin-consolidation")).isTrue();

        CycleSteps fire = new CycleSteps(api, 109);
        fire.draftAndSubmit("fire");
        fire.approveReview("fire");
        fire.fileReport("fire");
        fire.awaitConsolidation();
        b.open("/admin/cycles/109");
        assertThat(b.text("#admin-cycle-stage")).isEqualTo("彙整");
        browser.click(b.find("#admin-consolidate"));
        browser.waitForPath("/admin/cycles/109");
        assertThat(b.text("#admin-notice")).contains("109 年度作業已彙整");
        assertThat(b.text("#admin-cycle-stage")).isEqualTo("核定");
        assertThat(admin.cycle(109).ok().path("stage").asText()).isEqualTo("APPROVAL");
        api.as("approver").approve(109).ok();
        b.open("/admin/cycles/109");
        assertThat(b.text("#admin-cycle-stage")).isEqualTo("已核定");
        WebElement decision = b.find("#admin-approvals tbody tr");
        assertThat(decision.getAttribute("data-decision")).isEqualTo("APPROVE");
        assertThat(decision.getText()).contains("approver", "核定");

        scenario.step("the list of cycles, in Chinese and in English");
        b.open("/admin/cycles");
        assertThat(attributes(".admin-cycle-table tbody tr", "data-year")).containsExactly("110", "109");
        assertThat(b.find(".admin-cycle-table tr[data-year='110']").getText()).contains("機關提報中", "已完成 1／20");
        assertThat(b.find(".admin-cycle-table tr[data-year='109']").getText()).contains("已核定", "已完成 1／1");
        b.screenshot("admin-cycles");
        b.assertAccessible("admin-cycles");
        b.open("/admin/cycles/110?lang=en");
        assertThat(b.text("h1")).isEqualTo("Cycle 110: progress");
        assertThat(b.text("#admin-board thead")).contains("Drafting", "Written review", "Notices of this step");
        b.open("/admin/cycles?lang=zh_TW");
        assertThat(b.text("h1")).isEqualTo("年度作業");
    }

    @Test
    void anAgencysContactsAreEditedWithErrorsNextToTheirFields() {
        Browser b = browser.signIn("admin");
        JsonNode before = api.as("admin").get("/api/agencies/" + EDUCATION + "/contacts").ok();
        assertThat(before).hasSize(2);
        b.open("/admin/contacts");
        b.select("#choose-agency", EDUCATION);
        browser.waitForPath("/admin/contacts?agency=education");
        assertThat(b.text("#admin-contacts-of")).isEqualTo("教育處的聯絡人");
        assertThat(b.find("[name='contacts[0].email']").getAttribute("value")).isEqualTo(before.get(0).path("email").asText());
        assertThat(b.findAll("#admin-contact-rows tr")).hasSize(3);

        // A bad address in the first row, a new head in the blank row, one more row added, the second one removed.
        browser.type("[name='contacts[0].email']", "chen-at-city.gov.tw");
        browser.type("[name='contacts[2].name']", "林主任");
        browser.type("[name='contacts[2].email']", "lin@chiayi.gov.tw");
        b.select("[name='contacts[2].role']", "HEAD");
        browser.click(b.find("#admin-contact-add"));
        assertThat(b.findAll("#admin-contact-rows tr")).hasSize(4);
        browser.type("[name='contacts[3].name']", "王承辦");
        browser.type("[name='contacts[3].email']", "wang@chiayi.gov.tw");
        browser.click(b.find("[name='contacts[1].remove']"));
        browser.click(b.find("#admin-contacts-save"));
        b.waitFor("#admin-contacts-errors");
        WebElement email = b.find("[name='contacts[0].email']");
        assertThat(email.getAttribute("class")).contains("is-invalid");
        assertThat(email.findElement(By.xpath("following-sibling::div[contains(@class,'invalid-feedback')]")).getText())
                .isEqualTo("請填寫正確的電子郵件，例如 name@city.gov.tw。");
        assertThat(email.getAttribute("value")).isEqualTo("chen-at-city.gov.tw");
        assertThat(b.find("[name='contacts[2].name']").getAttribute("value")).isEqualTo("林主任");
        assertThat(new Select(b.find("[name='contacts[2].role']")).getFirstSelectedOption().getAttribute("value")).isEqualTo("HEAD");
        assertThat(b.find("[name='contacts[3].email']").getAttribute("value")).isEqualTo("wang@chiayi.gov.tw");
        assertThat(b.find("[name='contacts[1].remove']").isSelected()).isTrue();
        assertThat(api.as("admin").get("/api/agencies/" + EDUCATION + "/contacts").ok()).isEqualTo(before);

        browser.type("[name='contacts[0].email']", "chen@chiayi.gov.tw");
        browser.click(b.find("#admin-contacts-save"));
        browser.waitForPath("/admin/contacts?agency=education");
        assertThat(b.text("#admin-notice")).isEqualTo("已儲存教育處的 3 位聯絡人。");
        JsonNode saved = api.as("admin").get("/api/agencies/" + EDUCATION + "/contacts").ok();
        assertThat(saved.findValuesAsText("email")).containsExactlyInAnyOrder("chen@chiayi.gov.tw", "lin@chiayi.gov.tw",
                "wang@chiayi.gov.tw");
        assertThat(saved.findValuesAsText("role")).containsExactlyInAnyOrder("CONTACT", "HEAD", "CONTACT");
        assertThat(b.findAll("#admin-contact-rows tr")).hasSize(4);
        b.screenshot("admin-contacts");
        b.assertAccessible("admin-contacts");
    }

    @Test
    void theAdminPagesAreForThePlanningOfficeOnly() throws Exception {
        Browser b = browser.signIn("civil-affairs");
        for (String page : List.of("/admin/cycles", "/admin/cycles/110", "/admin/cycles/110/summary",
                "/admin/cycles/110/charts", "/admin/contacts", "/admin/notifications")) {
            b.open(page);
            assertThat(b.text(".pc-error-message")).as(page).isEqualTo("您沒有權限檢視這個頁面。");
        }
        b.assertAccessible("an administrator's page refused to an agency");
        assertThat(getWithSession(baseUrl() + "/admin/cycles").statusCode()).isEqualTo(403);
        assertThat(getWithSession(baseUrl() + "/admin/cycles/110/summary?format=csv").statusCode()).isEqualTo(403);
    }

    // ---- the browser ---------------------------------------------------------------------------------------------

    private void fillOpenForm(String year, LocalDate drafting, LocalDate review, LocalDate revision, LocalDate report,
                              LocalDate consolidation, LocalDate approval) {
        browser.type("#year", year);
        browser.setDate("drafting", drafting);
        browser.setDate("review", review);
        browser.setDate("revision", revision);
        browser.setDate("report", report);
        browser.setDate("consolidation", consolidation);
        browser.setDate("approval", approval);
    }

    /** Sets a date input as the date picker would, firing the events the page listens to. */

    private void checkbox(String id, boolean checked) {
        WebElement box = browser.find("#" + id);
        if (box.isSelected() != checked) {
            browser.click(box);
        }
    }

    private List<String> texts(String css) {
        return browser.findAll(css).stream().map(WebElement::getText).toList();
    }

    private List<String> attributes(String css, String attribute) {
        @SuppressWarnings("unchecked")
        List<String> values = (List<String>) browser.script("var attribute = arguments[1];"
                + " return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(function (e) { return e.getAttribute(attribute); });", css, attribute);
        return values;
    }

    /** The board as the user sees it, read in one go: per agency its stage, round, notices and each cell. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> board() {
        return (List<Map<String, Object>>) browser.script("""
                return Array.from(document.querySelectorAll('#admin-board tbody tr')).map(function (tr) {
                  var cells = {};
                  tr.querySelectorAll('td.admin-cell').forEach(function (td) {
                    cells[td.dataset.stage] = {'class': td.className, text: td.innerText, state: td.dataset.state};
                  });
                  return {agency: tr.dataset.agency, stage: tr.dataset.stage, cells: cells,
                          round: tr.querySelector('.admin-round').innerText.trim(),
                          notices: Array.from(tr.querySelectorAll('.admin-notices li')).map(function (li) {
                            return li.dataset.kind; }).join(','),
                          noticeText: tr.querySelector('.admin-notices').innerText};
                });""");
    }

    private static Map<String, Map<String, Object>> byAgency(List<Map<String, Object>> board) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        board.forEach(row -> rows.put((String) row.get("agency"), row));
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> cell(Map<String, Object> row, String stage) {
        return ((Map<String, Map<String, String>>) row.get("cells")).get(stage);
    }

    /** Each agency's current cell has the colour of its due date as the API gives it; a finished agency is grey. */
    private void assertThatColoursFollowTheDueDates(JsonNode cycle) {
        Map<String, Map<String, Object>> rows = byAgency(board());
        CycleSteps.agencies(cycle).forEach((code, a) -> {
            String stage = a.path("stage").asText();
            String expected;
            if (stage.equals("DONE")) {
                expected = "pc-cell-done";
            } else {
                long left = ChronoUnit.DAYS.between(today, LocalDate.parse(a.path("dueOn").asText()));
                expected = left < 0 ? "pc-cell-overdue" : left <= 3 ? "pc-cell-due-soon" : "pc-cell-on-time";
                assertThat(a.path("overdue").asBoolean()).as(code).isEqualTo(left < 0);
            }
            assertThat(cell(rows.get(code), stage).get("class")).as("%s at %s", code, stage).contains(expected);
            assertThat(cell(rows.get(code), stage).get("state")).isEqualTo("current");
        });
    }

    /** A numbers table of the charts page: per agency code ("" for the total) the cells by their data attribute. */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, String>> tableByAgency(String table, String attribute) {
        return (Map<String, Map<String, String>>) browser.script("""
                var out = {}, attribute = arguments[1];
                document.querySelectorAll(arguments[0] + ' tr[data-agency]').forEach(function (tr) {
                  var cells = {};
                  tr.querySelectorAll('td[' + attribute + ']').forEach(function (td) {
                    cells[td.getAttribute(attribute)] = td.innerText.trim(); });
                  out[tr.getAttribute('data-agency')] = cells;
                });
                return out;""", table, attribute);
    }

    private HttpResponse<String> getWithSession(String url) {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    // ---- what the numbers should be ------------------------------------------------------------------------------

    /** What an agency's plan says of 109, counted as the charts count it. */
    private static final class Counts {
        int met;
        int notMet;
        int over;
        int notJudged;
        int kpis;
        final int[] bins = new int[6];

        Integer[] boxedBins() {
            Integer[] boxed = new Integer[bins.length];
            for (int i = 0; i < bins.length; i++) {
                boxed[i] = bins[i];
            }
            return boxed;
        }
    }

    /**
     * Every KPI, once: over the threshold, met, not met or not judged (no 109 target, no actual, or no judgement); its
     * rate in the bins &lt;60, 60–80, 80–100, 100–120, 120–130 (with 130) and over 130.
     */
    private static Counts counts(JsonNode plan) {
        Counts counts = new Counts();
        for (JsonNode kpi : PlanJson.kpis(plan)) {
            counts.kpis++;
            JsonNode actual = kpi.path("actuals").path(String.valueOf(REPORT_YEAR));
            if (!PlanJson.hasTarget(kpi, REPORT_YEAR) || actual.isMissingNode()) {
                counts.notJudged++;
                continue;
            }
            if (actual.path("overThreshold").asBoolean()) {
                counts.over++;
            } else if (actual.path("met").isBoolean()) {
                if (actual.path("met").asBoolean()) {
                    counts.met++;
                } else {
                    counts.notMet++;
                }
            } else {
                counts.notJudged++;
            }
            if (actual.path("rate").isNumber()) {
                BigDecimal rate = actual.path("rate").decimalValue();
                int bin = rate.compareTo(BigDecimal.valueOf(60)) < 0 ? 0
                        : rate.compareTo(BigDecimal.valueOf(80)) < 0 ? 1
                        : rate.compareTo(BigDecimal.valueOf(100)) < 0 ? 2
                        : rate.compareTo(BigDecimal.valueOf(120)) < 0 ? 3
                        : rate.compareTo(BigDecimal.valueOf(130)) <= 0 ? 4 : 5;
                counts.bins[bin]++;
            }
        }
        return counts;
    }

    /** "剩 50 天" or "逾期 10 天" for a due date, counted from the Taipei date as the page is read (a run may cross midnight). */
    private static String daysText(LocalDate due) {
        long left = ChronoUnit.DAYS.between(LocalDate.now(TAIPEI), due);
        return left < 0 ? "逾期 " + -left + " 天" : "剩 " + left + " 天";
    }

}
