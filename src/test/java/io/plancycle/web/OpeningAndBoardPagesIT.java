package io.plancycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.cycle.NoticeSchedule;
import io.plancycle.cycle.WorkingDays;
import io.plancycle.support.Browser;
import io.plancycle.support.Calendars;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.ExpectedMail;
import io.plancycle.support.PageScenario;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.SharedServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Opening a cycle safely and finding one's way on the progress board, in a real browser on the city's real plan with
 * the clock at today: the form suggests dates ahead on working days; a passed date, a holiday and a year whose office
 * calendar is computed or missing are warned about on the check step, which counts the agencies and the notices that would go out at once; nothing happens before the
 * confirmation, going back keeps what was typed, and the confirmed cycle has the dates typed and exactly the notices
 * counted; while an earlier year is not approved the check step asks why, and the board keeps the reason. The board
 * lists every agency without an inner scroll box, filters by step and by due date, and leads to an agency's plan; after the approver returns a cycle, its board says so with the reason. The approver reaches the
 * summary table page and an agency's plan, read-only.
 */
@SharedServer
class OpeningAndBoardPagesIT extends PageScenario {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final List<String> STEPS = List.of("drafting", "review", "revision", "report", "consolidation",
            "approval");
    private static final String RETURN_REASON = "消防局績效報告之達成率計算有誤，請重新彙整後再送核定。";

    @Autowired
    NoticeSchedule noticeSchedule;

    private static final String OPENING_REASON = "140 年度尚待首長核定，先行開啟以利各機關草擬。";

    Browser browser;
    PlanCycleApi api;
    LocalDate today;
    WorkingDays days;

    @BeforeEach
    void start() {
        browser = BROWSERS.at(port);
        api = new PlanCycleApi(port);
        today = LocalDate.now(TAIPEI);
        days = noticeSchedule.workingDays();
    }

    @Test
    void aCycleOpensOnlyOnceCheckedAndItsBoardShowsTheWay() {
        Browser b = browser.signIn("admin");
        PlanCycleApi.User admin = api.as("admin");
        admin.openCycle(140, Calendars.ahead(), List.of("fire")).expect(201);
        b.open("/admin/cycles");

        scenario.step("the form suggests a year whose dates are all ahead, each on a working day");
        Map<String, LocalDate> suggested = new LinkedHashMap<>();
        STEPS.forEach(step -> suggested.put(step, LocalDate.parse(b.find("#" + step).getAttribute("value"))));
        assertThat(suggested.values()).allSatisfy(day -> {
            assertThat(day).as("a suggested due date").isAfter(today);
            assertThat(days.isWorkingDay(day)).as("%s is a working day", day).isTrue();
        });
        assertThat(b.find("#year").getAttribute("value"))
                .isEqualTo(String.valueOf(suggested.get("drafting").getYear() - 1911));
        b.screenshot("admin-open-form");
        b.assertAccessible("admin-open-form");

        scenario.step("drafting due two working days ago, review on the next holiday, 140 not approved: all warned on the "
                + "check step");
        LocalDate drafting = days.workingDaysBefore(today, 2);
        LocalDate review = nextHoliday(today.plusDays(7));
        Map<String, LocalDate> typed = new LinkedHashMap<>();
        typed.put("drafting", drafting);
        typed.put("review", review);
        typed.put("revision", days.workingDaysAfter(review, 20));
        typed.put("report", days.workingDaysAfter(review, 40));
        typed.put("consolidation", days.workingDaysAfter(review, 50));
        typed.put("approval", days.workingDaysAfter(review, 60));
        int before = notificationCount(admin);
        browser.type("#year", "141");
        typed.forEach(browser::setDate);
        browser.click(b.find("#admin-open-submit"));
        b.waitFor("#admin-open-confirm");
        assertThat(b.path()).isEqualTo("/admin/cycles/check");
        assertThat(b.text("h1")).isEqualTo("141 年度作業開啟前確認");
        assertThat(b.find("#admin-open-warnings [data-warning='passed'][data-stage='DRAFTING']").getText())
                .isEqualTo("草擬期限 " + ExpectedMail.rocNumeric(drafting) + " 已經過了：這個階段一開始就逾期，並立即寄出逾期通知。");
        assertThat(b.find("#admin-open-warnings [data-warning='holiday'][data-stage='REVIEW']").getText())
                .contains("書面審查期限 " + ExpectedMail.rocNumeric(review), days.holidayName(review).orElseThrow(), "不是辦公日");
        assertThat(b.find("#admin-open-warnings [data-warning='unapproved']").getText())
                .isEqualTo("140 年度作業尚未核定：開啟 141 年度須說明理由，各機關草案將自最近一次核定的計畫開始。");
        assertThat(Pattern.compile("(\\d+) 個機關").matcher(b.text("#check-sources")).results()
                .mapToInt(m -> Integer.parseInt(m.group(1))).sum()).as("every agency's draft has a start").isEqualTo(20);
        assertThat(b.findAll("#admin-open-warnings li[data-stage]")).as("only the two dates are warned about").hasSize(2);
        // and, once each, a year of the dates whose office calendar is only computed or not on file
        List<Integer> unpublished = typed.values().stream()
                .filter(day -> days.status(day) != WorkingDays.Status.PUBLISHED).map(LocalDate::getYear).distinct().toList();
        List<WebElement> yearWarnings = b.findAll("#admin-open-warnings li[data-warning^='calendar_']");
        assertThat(yearWarnings).hasSize(unpublished.size());
        for (int i = 0; i < unpublished.size(); i++) {
            int year = unpublished.get(i);
            assertThat(yearWarnings.get(i).getText()).startsWith((year - 1911) + "年（" + year + "年）的辦公日曆尚未")
                    .contains(days.status(year) == WorkingDays.Status.COMPUTED ? "推算" : "只扣除週末");
        }
        assertThat(b.text("#check-drafting")).contains(ExpectedMail.rocNumeric(drafting), "已過期");
        assertThat(b.text("#check-review")).contains(ExpectedMail.rocNumeric(review), "非辦公日");
        assertThat(b.text("#check-agencies")).contains("20 個機關");
        WebElement notices = b.find("#check-notices");
        int noticeCount = Integer.parseInt(notices.getAttribute("data-notices"));
        int addressCount = Integer.parseInt(notices.getAttribute("data-addresses"));
        assertThat(noticeCount).as("one overdue notice per agency").isEqualTo(20);
        assertThat(notices.getText()).contains("20 則逾期通知，寄給 " + addressCount + " 個地址");
        b.screenshot("admin-open-check");
        b.assertAccessible("admin-open-check");
        admin.cycle(141).expect(404);
        assertThat(notificationCount(admin)).as("no mail queued before the confirmation").isEqualTo(before);

        scenario.step("back to the form: everything as typed; the same check again, then confirmed");
        browser.click(b.find("#admin-open-back"));
        b.waitFor("#admin-open-form");
        assertThat(b.path()).isEqualTo("/admin/cycles/edit");
        assertThat(b.find("#year").getAttribute("value")).isEqualTo("141");
        typed.forEach((step, day) -> assertThat(b.find("#" + step).getAttribute("value")).as(step).isEqualTo(day.toString()));
        assertThat(b.findAll("#admin-agencies input[type=checkbox]")).hasSize(20).allMatch(WebElement::isSelected);
        admin.cycle(141).expect(404);
        browser.click(b.find("#admin-open-submit"));
        b.waitFor("#admin-open-confirm");
        browser.click(b.find("#admin-open-confirm"));
        b.waitFor("#reason-error");
        assertThat(b.path()).as("refused on the check step").isEqualTo("/admin/cycles");
        assertThat(b.text("#reason-error")).contains("140 年度作業尚未核定");
        b.assertAccessible("admin-open-check-reason-missing");
        admin.cycle(141).expect(404);
        browser.type("#reason", OPENING_REASON);
        browser.click(b.find("#admin-open-confirm"));
        browser.waitForPath("/admin/cycles/141");
        assertThat(b.text("#admin-opening-reason")).contains(OPENING_REASON);
        JsonNode opened = admin.cycle(141).ok();
        typed.forEach((step, day) -> assertThat(opened.path("calendar").path(step.toUpperCase()).asText()).as(step)
                .isEqualTo(day.toString()));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(notificationCount(admin) - before).as("the notices counted went out").isEqualTo(noticeCount));
        JsonNode newest = admin.get("/api/notifications?size=" + noticeCount).ok().path("items");
        Set<String> addresses = new TreeSet<>();
        newest.forEach(n -> {
            assertThat(n.path("kind").asText()).isEqualTo("OVERDUE");
            n.path("recipients").forEach(r -> addresses.add(r.asText().toLowerCase()));
        });
        assertThat(addresses).as("to the addresses counted").hasSize(addressCount);

        scenario.step("the board: all 20 agencies, no inner scroll box");
        assertThat(b.findAll("#admin-board tbody tr")).hasSize(20);
        assertThat(b.text("#admin-board-showing")).isEqualTo("顯示 20／20 個機關");
        assertThat(innerScrollers()).as("boxes scrolling inside the page").isEmpty();
        b.screenshot("admin-board-all");
        b.assertAccessible("admin-board-all");

        scenario.step("one agency moves on; filtering by step and by overdue narrows the board");
        new CycleSteps(api, 141).draftAndSubmit("civil-affairs");
        b.open("/admin/cycles/141");
        b.select("#filter-step", "REVIEW");
        b.find("#admin-filter-submit").sendKeys(Keys.ENTER);
        browser.waitForPath("/admin/cycles/141?step=REVIEW&due=");
        assertThat(rowAgencies()).containsExactly("civil-affairs");
        assertThat(b.text("#admin-board-showing")).isEqualTo("顯示 1／20 個機關");
        b.select("#filter-step", "");
        b.select("#filter-due", "overdue");
        b.find("#admin-filter-submit").sendKeys(Keys.ENTER);
        browser.waitForPath("/admin/cycles/141?step=&due=overdue");
        assertThat(rowAgencies()).hasSize(19).doesNotContain("civil-affairs");
        b.screenshot("admin-board-overdue");
        b.assertAccessible("admin-board-overdue");
        browser.click(b.find("#admin-filter-clear"));
        browser.waitForPath("/admin/cycles/141");
        assertThat(rowAgencies()).hasSize(20);

        scenario.step("an agency's name opens its plan");
        browser.click(b.find("#admin-board tr[data-agency='civil-affairs'] a.admin-agency-link"));
        browser.waitForPath("/cycles/141/agencies/civil-affairs/plan");
        assertThat(b.text("main")).contains("民政處");
        assertThat(b.find("#pc-readonly").isDisplayed()).isTrue();
        b.screenshot("admin-agency-plan");
        b.assertAccessible("admin-agency-plan");

        scenario.step("the approval moved into 117年, whose office calendar is not on file: moved, and the board says so; "
                + "through the API onto a holiday, the answer says which");
        LocalDate into2028 = LocalDate.of(2028, 4, 3);
        b.open("/admin/cycles/141");
        b.select("#stage", "approval");
        browser.setDate("dueOn", into2028);
        b.find("#reason").sendKeys("配合市府行事調整核定期限。");
        browser.click(b.find("#admin-move-submit"));
        browser.waitForPath("/admin/cycles/141");
        assertThat(b.text("#admin-notice")).contains("調整為 " + ExpectedMail.rocNumeric(into2028));
        assertThat(b.findAll("#admin-calendar-warnings li")).singleElement()
                .satisfies(li -> assertThat(li.getAttribute("data-warning")).isEqualTo("calendar_missing"))
                .extracting(WebElement::getText)
                .isEqualTo("117年（2028年）的辦公日曆尚未收錄，到期日只扣除週末，未扣除國定假日。");
        b.assertAccessible("admin-board-calendar-warning");
        JsonNode moved = admin.request(HttpMethod.PUT, "/api/cycles/141/calendar/approval",
                Map.of("dueOn", review.toString(), "reason", "配合首長行程調整核定期限。"), MediaType.APPLICATION_JSON).ok();
        assertThat(moved.path("calendar").path("APPROVAL").asText()).isEqualTo(review.toString());
        assertThat(moved.path("warnings")).as("the holiday, then its year's calendar when only computed")
                .hasSize(days.status(review) == WorkingDays.Status.PUBLISHED ? 1 : 2);
        assertThat(moved.path("warnings").get(0).path("kind").asText()).isEqualTo("HOLIDAY");
        assertThat(moved.path("warnings").get(0).path("message").asText())
                .contains(days.holidayName(review).orElseThrow(), "（放假），不是辦公日。");
        assertThat(admin.cycle(141).ok().path("warnings")).as("a read warns of nothing").isEmpty();
    }

    @Test
    void theApproverReturnsTheCycleAndTheBoardSaysSo() {
        CycleSteps fire = new CycleSteps(api, 112);
        Map<String, String> calendar = new LinkedHashMap<>();
        for (int i = 0; i < STEPS.size(); i++) {
            calendar.put(STEPS.get(i), today.plusDays(20L + 10L * i).toString());
        }
        api.as("admin").openCycle(112, calendar, List.of("fire")).expect(201);
        fire.draftAndSubmit("fire");
        fire.approveReview("fire");
        fire.fileReport("fire");
        fire.awaitConsolidation();
        api.as("admin").consolidate(112).ok();

        // ---- the approver: the summary table as a page, an agency's plan read-only, then the return
        Browser b = browser.signIn("approver");
        b.open("/approval/112");
        browser.click(b.find("#rv-summary-page"));
        browser.waitForPath("/approval/112/summary");
        assertThat(b.text("h1")).isEqualTo("112年度關鍵績效指標(KPI)滾動修正項目彙總表");
        assertThat(b.find("#admin-summary-download-csv").getAttribute("href")).endsWith("/approval/112/summary?format=csv");
        assertThat(b.find(".breadcrumb a[href$='/approval/112']").getText()).isEqualTo("112年度");
        b.screenshot("approver-summary");
        b.assertAccessible("approver-summary");
        b.open("/approval/112");
        browser.click(b.find("tr[data-agency='fire'] a[data-link='plan']"));
        browser.waitForPath("/cycles/112/agencies/fire/plan");
        assertThat(b.text("main")).contains("消防局");
        assertThat(b.find("#pc-readonly").isDisplayed()).isTrue();
        assertThat(b.absent(".pc-save")).isTrue();
        b.screenshot("approver-agency-plan");
        b.assertAccessible("approver-agency-plan");
        b.open("/approval/112");
        browser.click(b.find("tr[data-agency='fire'] a[data-link='history']"));
        browser.waitForPath("/cycles/112/agencies/fire/history");
        assertThat(b.absent(".pc-error-message")).isTrue();

        b.open("/approval/112");
        b.find("#reason").sendKeys(RETURN_REASON);
        b.followConfirming("#return");
        b.waitFor(".rv-decided");
        JsonNode returned = api.as("admin").cycle(112).ok();
        assertThat(returned.path("stage").asText()).as("back with the agencies").isEqualTo("SUBMISSIONS");
        assertThat(CycleSteps.stages(returned)).containsEntry("fire", "APPROVAL_REVISION");

        // ---- the planning office's board says so, with the reason and the date
        b.signIn("admin");
        b.open("/admin/cycles/112");
        assertThat(b.text("#admin-returned")).contains("首長於 " + ExpectedMail.rocNumeric(LocalDate.now(TAIPEI)),
                "approver", "退回理由：" + RETURN_REASON);
        assertThat(b.findAll("tr[data-agency='fire'] .admin-notices li")).as("消防局's notices of its revision")
                .extracting(li -> li.getAttribute("data-kind")).contains("RETURNED_BY_APPROVER");
        assertThat(b.text("tr[data-agency='fire'] .admin-notices")).contains("首長退回修正");
        b.screenshot("admin-board-returned");
        b.assertAccessible("admin-board-returned");
    }

    // ---- the browser ---------------------------------------------------------------------------------------------

    /** The first weekday holiday of the office calendar from the day on. */
    private LocalDate nextHoliday(LocalDate from) {
        LocalDate day = from;
        while (days.holidayName(day).isEmpty()) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static int notificationCount(PlanCycleApi.User admin) {
        return admin.get("/api/notifications?size=500").ok().path("items").size();
    }

    /** Every element between the board and the page that scrolls its content inside itself. */
    @SuppressWarnings("unchecked")
    private List<String> innerScrollers() {
        return new ArrayList<>((List<String>) browser.script("""
                var found = [];
                for (var e = document.getElementById('admin-board').parentElement; e && e !== document.body; e = e.parentElement) {
                  var overflow = getComputedStyle(e).overflowY;
                  if ((overflow === 'auto' || overflow === 'scroll') && e.scrollHeight > e.clientHeight + 1) {
                    found.push(e.tagName + '.' + e.className);
                  }
                }
                return found;"""));
    }

    @SuppressWarnings("unchecked")
    private List<String> rowAgencies() {
        return (List<String>) browser.script("return Array.from(document.querySelectorAll('#admin-board tbody tr'))"
                + ".map(function (tr) { return tr.dataset.agency; });");
    }
}
