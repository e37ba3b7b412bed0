package io.plancycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.support.Browser;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.PageScenario;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanCycleApi.Comment;
import io.plancycle.support.PlanJson;
import io.plancycle.support.PlanJson.Place;
import io.plancycle.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The revision screen offers every kind of change the API takes, each with its reason (修正理由), on 民政處's plan
 * returned by the evaluation team: a KPI renamed, given a unit, another direction, merged into another KPI; a goal
 * renamed, one deleted with its KPIs (asked first), one added with a KPI. A change without its reason is refused beside
 * its reason field, naming the change, and nothing typed is lost; sent, the plan, its list of revisions and the
 * revision summary table show every change. Through the API, a goal is added with its KPIs in one request.
 */
@SharedServer
class RevisionChangesPageIT extends PageScenario {

    private static final int PAGE_YEAR = 142;
    private static final int API_YEAR = 143;
    private static final String CIVIL = "civil-affairs";
    private static final Place FESTIVAL = Place.of(1, 1);
    private static final Place WEDDING = Place.of(3, 1);
    private static final Place COMING_OF_AGE = Place.of(3, 2);
    private static final Place BRIEFINGS = Place.of(6, 2);
    private static final String NEW_NAME = "提高市民參與原住民歲時祭儀及客家節慶活動人次";
    private static final String REASON_NAME = "依審查意見精簡指標名稱。";
    private static final String REASON_UNIT = "明定參與人數以人次計。";
    private static final String REASON_DIRECTION = "說明會依限辦理即為達成，改由人工判定。";
    private static final String REASON_MERGE = "成年禮與集團結婚合併辦理，指標整併。";
    private static final String GOAL_TITLE = "落實新住民照顧服務，營造友善移民城市";
    private static final String REASON_GOAL_TITLE = "目標文字修正。";
    private static final String REASON_GOAL_DELETE = "廟宇文創業務已移由觀光新聞處辦理，經檢討為非核心業務，將其刪除。";
    private static final String NEW_GOAL = "推動數位便民服務";
    private static final String REASON_NEW_GOAL = "配合市府數位轉型政策，新增目標。";
    private static final String NEW_KPI = "戶政線上申辦案件數";
    private static final String NEW_MEASURE = "年度戶政線上申辦件數";
    private static final String REASON_NEW_KPI = "衡量線上申辦推動成效。";
    private static final String ON_COMING_OF_AGE = "請說明本指標與三-1之關聯，必要時整併。";
    private static final String ON_FESTIVAL = "請精簡指標名稱並明定參與人數之單位。";
    private static final String REPLY = "遵照辦理，已修正指標名稱並明定單位為人次。";

    @Test
    void theRevisionPageMakesEveryKindOfChangeEachWithItsReason() {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, PAGE_YEAR);
        steps.openAhead(List.of(CIVIL));
        JsonNode plan = steps.draftAndSubmit(CIVIL);
        long festival = PlanJson.kpiId(plan, FESTIVAL);
        long wedding = PlanJson.kpiId(plan, WEDDING);
        long comingOfAge = PlanJson.kpiId(plan, COMING_OF_AGE);
        long briefings = PlanJson.kpiId(plan, BRIEFINGS);
        JsonNode temples = PlanJson.goal(plan, 4);
        long templesId = temples.path("id").asLong();
        long newResidents = PlanJson.goal(plan, 5).path("id").asLong();
        String weddingName = PlanJson.kpi(plan, WEDDING).path("name").asText();
        api.as("reviewer").review(PAGE_YEAR, CIVIL, "RETURN", "請依審查意見修正指標及目標架構。",
                new Comment(festival, ON_FESTIVAL), new Comment(comingOfAge, ON_COMING_OF_AGE)).ok();
        String revision = "/cycles/" + PAGE_YEAR + "/agencies/" + CIVIL + "/revision";
        Browser b = BROWSERS.at(port);

        scenario.step("Per KPI the name, unit and direction beside the measure, each with its reason once changed.");
        b.signIn(CIVIL).open(revision);
        String name = kpiField(festival, "textarea", "name");
        String nameReason = kpiField(festival, "textarea", "nameReason");
        assertThat(b.find(nameReason).isDisplayed()).isFalse();
        b.type(name, NEW_NAME);
        b.until(() -> b.find(nameReason).isDisplayed());
        b.type(nameReason, REASON_NAME);
        b.type(kpiField(festival, "input", "unit"), "人次");
        b.type(kpiField(festival, "textarea", "unitReason"), REASON_UNIT);
        b.select(kpiField(briefings, "select", "direction"), "MILESTONE");
        String directionReason = kpiField(briefings, "textarea", "directionReason");
        b.until(() -> b.find(directionReason).isDisplayed());
        b.type("#kpi-" + festival + " textarea[name^='replies[']", REPLY);

        scenario.step("三-2 deleted and merged into 三-1 (併入指標), sharing the deletion's reason.");
        b.click(kpiField(comingOfAge, "input", "delete"));
        b.select(kpiField(comingOfAge, "select", "mergeInto"), String.valueOf(wedding));
        b.type(kpiField(comingOfAge, "textarea", "deleteReason"), REASON_MERGE);

        scenario.step("Goal 五 renamed with its reason; goal 四 deleted, asked first, the page keeping what was typed.");
        b.type(goalField(newResidents, "input", "title"), GOAL_TITLE);
        b.type(goalField(newResidents, "textarea", "titleReason"), REASON_GOAL_TITLE);
        b.followConfirming("#goal-" + templesId + " .pc-delete-goal");
        assertThat(b.text("#pc-notice")).contains("目標及其所有指標將刪除");
        assertThat(b.text("#goal-" + templesId + " .pc-goal-deleted"))
                .isEqualTo("刪除目標「" + temples.path("title").asText() + "」（其指標一併刪除）");
        assertThat(b.value(name)).isEqualTo(NEW_NAME);
        assertThat(b.value(kpiField(comingOfAge, "select", "mergeInto"))).isEqualTo(String.valueOf(wedding));
        b.type(goalField(templesId, "textarea", "deleteReason"), REASON_GOAL_DELETE);

        scenario.step("A goal added with its title and reason, and a KPI under it with its own.");
        b.follow(".pc-add-goal");
        assertThat(b.text("#pc-notice")).contains("已新增一個目標");
        int year = plan.path("cycleYear").asInt();
        b.type("#f-newGoals-0-title", NEW_GOAL);
        b.type("#f-newGoals-0-reason", REASON_NEW_GOAL);
        b.type("#f-newGoals-0-kpis-0-name", NEW_KPI);
        b.type("#f-newGoals-0-kpis-0-measure", NEW_MEASURE);
        b.type("#f-newGoals-0-kpis-0-targets-" + year, "1200");
        b.type("#f-newGoals-0-kpis-0-reason", REASON_NEW_KPI);

        scenario.step("Saved without the direction's reason: refused beside it, naming the change; all kept as typed.");
        b.follow(".pc-save");
        assertThat(feedback(b, directionReason)).isEqualTo("請填寫「方向修正」的修正理由。");
        assertThat(b.text("#pc-errors")).contains("六-2「" + PlanJson.kpi(plan, BRIEFINGS).path("name").asText()
                + "」：請填寫「方向修正」的修正理由。");
        assertThat(b.value(name)).isEqualTo(NEW_NAME);
        assertThat(b.value(kpiField(festival, "input", "unit"))).isEqualTo("人次");
        assertThat(b.value(kpiField(briefings, "select", "direction"))).isEqualTo("MILESTONE");
        assertThat(b.find(kpiField(comingOfAge, "input", "delete")).isSelected()).isTrue();
        assertThat(b.value(kpiField(comingOfAge, "textarea", "deleteReason"))).isEqualTo(REASON_MERGE);
        assertThat(b.value(goalField(newResidents, "input", "title"))).isEqualTo(GOAL_TITLE);
        assertThat(b.value(goalField(templesId, "textarea", "deleteReason"))).isEqualTo(REASON_GOAL_DELETE);
        assertThat(b.value("#f-newGoals-0-kpis-0-targets-" + year)).isEqualTo("1200");
        assertThat(b.value("#f-newGoals-0-kpis-0-reason")).isEqualTo(REASON_NEW_KPI);
        assertThat(b.value("#kpi-" + festival + " textarea[name^='replies[']")).isEqualTo(REPLY);
        b.screenshot("agency-revision-changes-refused");
        b.assertAccessible("agency-revision-changes-refused");

        scenario.step("Its reason given, the eight changes are saved; the page shows the plan as revised.");
        b.type(directionReason, REASON_DIRECTION);
        b.follow(".pc-save");
        assertThat(b.text("#pc-flash")).isEqualTo("已儲存 8 項修正。");
        assertThat(b.value(name)).isEqualTo(NEW_NAME);
        assertThat(b.absent("#goal-" + templesId)).isTrue();
        assertThat(b.absent("#kpi-" + comingOfAge)).isTrue();
        // The comment on the KPI merged away is still there to answer, beside those on the whole submission.
        assertThat(b.text(".pc-review-summary .pc-comment")).contains(
                "關於已刪除之指標 三-2「" + PlanJson.kpi(plan, COMING_OF_AGE).path("name").asText() + "」：", ON_COMING_OF_AGE);
        b.type(".pc-review-summary textarea[name^='replies[']", "已併入三-1辦理。");
        assertThat(b.text(".pc-jump")).contains("目標七");
        b.screenshot("agency-revision-changes");
        b.assertAccessible("agency-revision-changes");

        scenario.step("Sent back to the evaluation team.");
        b.follow(".pc-submit");
        assertThat(b.text("#pc-ready h2")).isEqualTo("內容已完整，可以送出");
        b.follow(".pc-confirm-submit");
        assertThat(b.text("#pc-flash")).isEqualTo("修正後的計畫已重新送出，等待評估小組審查。");

        scenario.step("The plan through the API shows each change.");
        JsonNode revised = api.as(CIVIL).plan(PAGE_YEAR, CIVIL).ok();
        List<String> titles = new ArrayList<>();
        revised.path("goals").forEach(g -> titles.add(g.path("title").asText()));
        assertThat(titles).hasSize(7).doesNotContain(temples.path("title").asText()).contains(GOAL_TITLE).last()
                .isEqualTo(NEW_GOAL);
        assertThat(PlanJson.goal(revised, 7).path("kpis")).singleElement().satisfies(kpi -> {
            assertThat(kpi.path("name").asText()).isEqualTo(NEW_KPI);
            assertThat(kpi.path("measure").asText()).isEqualTo(NEW_MEASURE);
            assertThat(kpi.path("targets").path(String.valueOf(year)).path("raw").asText()).isEqualTo("1200");
        });
        Map<Long, JsonNode> kpis = new LinkedHashMap<>();
        PlanJson.kpis(revised).forEach(k -> kpis.put(k.path("id").asLong(), k));
        assertThat(kpis.get(festival).path("name").asText()).isEqualTo(NEW_NAME);
        assertThat(kpis.get(festival).path("unit").asText()).isEqualTo("人次");
        assertThat(kpis.get(briefings).path("direction").asText()).isEqualTo("MILESTONE");
        assertThat(kpis).doesNotContainKey(comingOfAge).containsKey(wedding);

        scenario.step("GET …/revisions lists each with its reason; the deleted goal's KPIs share its reason.");
        JsonNode history = api.as(CIVIL).revisions(PAGE_YEAR, CIVIL).ok();
        List<org.assertj.core.groups.Tuple> recorded = new ArrayList<>();
        history.forEach(r -> recorded.add(tuple(r.path("kind").asText(), r.path("reason").asText())));
        assertThat(recorded).containsExactlyInAnyOrder(
                tuple("KPI_RENAMED", REASON_NAME), tuple("UNIT_CHANGE", REASON_UNIT),
                tuple("DIRECTION_CHANGE", REASON_DIRECTION), tuple("KPI_MERGED", REASON_MERGE),
                tuple("GOAL_RENAMED", REASON_GOAL_TITLE), tuple("GOAL_ADDED", REASON_NEW_GOAL),
                tuple("KPI_ADDED", REASON_NEW_KPI), tuple("GOAL_DELETED", REASON_GOAL_DELETE),
                tuple("KPI_DELETED", REASON_GOAL_DELETE), tuple("KPI_DELETED", REASON_GOAL_DELETE));

        scenario.step("The revision summary table (關鍵績效指標(KPI)滾動修正項目彙總表) shows them.");
        b.signIn("admin").open("/admin/cycles/" + PAGE_YEAR + "/summary");
        assertThat(b.text("h1")).isEqualTo(PAGE_YEAR + "年度關鍵績效指標(KPI)滾動修正項目彙總表");
        assertThat(b.text("#admin-summary")).contains("名稱修正：" + REASON_NAME, "單位修正：" + REASON_UNIT,
                "方向修正：" + REASON_DIRECTION, "併入「三-1 " + weddingName + "」：" + REASON_MERGE,
                "關鍵策略目標名稱修正：" + REASON_GOAL_TITLE, "新增關鍵策略目標：" + REASON_NEW_GOAL,
                "新增關鍵績效指標：" + REASON_NEW_KPI, "刪除關鍵策略目標：" + REASON_GOAL_DELETE, NEW_GOAL, NEW_KPI);
    }

    @Test
    void theApiAddsAGoalWithItsKpisInOneRequest() {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, API_YEAR);
        steps.openAhead(List.of(CIVIL));
        steps.draftAndSubmit(CIVIL);
        api.as("reviewer").review(API_YEAR, CIVIL, "RETURN", "請增列數位服務目標。").ok();
        PlanCycleApi.User civil = api.as(CIVIL);
        String revisions = "/api/cycles/" + API_YEAR + "/agencies/" + CIVIL + "/revisions";

        scenario.step("A KPI added without its goal and no goal added before it is refused, naming its goal.");
        JsonNode refused = civil.post(revisions, Map.of("changes", List.of(
                newKpi(NEW_KPI, REASON_NEW_KPI), Map.of("kind", "GOAL_ADDED", "value", NEW_GOAL)))).problem(400);
        assertThat(refused.path("errors").findValuesAsText("field")).containsExactly("changes[0].goalId",
                "changes[1].reason");
        assertThat(refused.path("errors").get(1).path("message").asText()).contains("(Goal added)");

        scenario.step("A goal added, then its two KPIs naming no goal: both go into it, in one request.");
        JsonNode recorded = civil.post(revisions, Map.of("changes", List.of(
                Map.of("kind", "GOAL_ADDED", "value", NEW_GOAL, "reason", REASON_NEW_GOAL),
                newKpi(NEW_KPI, REASON_NEW_KPI), newKpi("智慧櫃檯服務人次", REASON_NEW_KPI)))).ok();
        assertThat(recorded).hasSize(3);
        long goalId = recorded.get(0).path("goalId").asLong();
        assertThat(recorded).allSatisfy(r -> assertThat(r.path("goalId").asLong()).isEqualTo(goalId));
        JsonNode plan = civil.plan(API_YEAR, CIVIL).ok();
        JsonNode added = plan.path("goals").get(plan.path("goals").size() - 1);
        assertThat(added.path("id").asLong()).isEqualTo(goalId);
        assertThat(added.path("kpis").findValuesAsText("name")).containsExactly(NEW_KPI, "智慧櫃檯服務人次");
    }

    private static Map<String, Object> newKpi(String name, String reason) {
        Map<String, Object> kpi = new LinkedHashMap<>();
        kpi.put("kind", "KPI_ADDED");
        kpi.put("name", name);
        kpi.put("measure", NEW_MEASURE);
        kpi.put("reason", reason);
        return kpi;
    }

    /** A field of a KPI's entry on the revision screen: {@code kpis[i].<field>} in its row. */
    private static String kpiField(long kpiId, String element, String field) {
        return "#kpi-" + kpiId + " " + element + "[name$='." + field + "']";
    }

    /** A field of a goal's entry on the revision screen: {@code goals[i].<field>} in its card's head. */
    private static String goalField(long goalId, String element, String field) {
        return "#goal-" + goalId + " .pc-goal-head " + element + "[name$='." + field + "']";
    }

    private static String feedback(Browser b, String input) {
        return b.find(input).findElement(By.xpath("following-sibling::div[contains(@class,'invalid-feedback')][1]")).getText();
    }
}
