package io.plancycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.support.Browser;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.PageScenario;
import io.plancycle.support.PanelSteps;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanJson;
import io.plancycle.support.PlanJson.Place;
import io.plancycle.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.plancycle.support.PanelSteps.LIN;
import static io.plancycle.support.PanelSteps.WANG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review panel (評核委員): the planning office assigns members to an agency of a cycle; as its submission enters
 * review they are mailed, each writes opinions per KPI and overall on their own page, a member not assigned is
 * refused; the evaluation team's lead sees the opinions side by side on the review sheet, returns the plan with the
 * consolidated comments, and the review-response table names who said what. An agency without members is reviewed by
 * the team alone, as before.
 */
@SharedServer
class ReviewPanelIT extends PageScenario {

    private static final int API_YEAR = 147;
    private static final int PAGE_YEAR = 148;
    private static final String CIVIL = "civil-affairs";
    private static final String POLICE = "police";
    private static final Place FESTIVAL = Place.of(1, 1);
    private static final Place WEDDING = Place.of(3, 1);
    private static final String WANG_FESTIVAL = "參與人數連年成長，建議目標值再提高。";
    private static final String WANG_WEDDING = "集團結婚對數宜說明目標值設定依據。";
    private static final String WANG_OVERALL = "整體指標設定合理，惟宜增列成果面指標。";
    private static final String LIN_FESTIVAL = "請說明參與人數之統計方式，避免重複計算。";
    private static final String LIN_OVERALL = "建議增列民眾滿意度指標。";
    private static final String LEAD_FESTIVAL = "綜合委員意見：請提高目標值並說明統計方式。";
    private static final String LEAD_OVERALL = "請依委員意見修正並逐項回覆。";

    @Test
    void assignedMembersAreMailedAndWriteOpinionsTheOthersAreRefusedAndTheTeamAloneReviewsAsBefore() {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, API_YEAR);
        PanelSteps panel = new PanelSteps(api, API_YEAR);
        steps.openAhead(List.of(CIVIL, POLICE));
        String board = "/api/cycles/" + API_YEAR + "/panel";

        scenario.step("A user outside the panel, or an agency not in the cycle, is refused by its field; nothing is saved.");
        JsonNode refused = assign(api, List.of(Map.of("agency", CIVIL, "members", List.of(WANG, "reviewer")),
                Map.of("agency", "education", "members", List.of(LIN)))).problem(400);
        assertThat(refused.path("errors").findValuesAsText("field"))
                .containsExactly("assignments[0].members[1]", "assignments[1].agency");
        assertThat(refused.path("errors").get(0).path("code").asText()).isEqualTo("panel.notMember");
        api.as("admin").get(board).ok().path("agencies").forEach(a -> assertThat(a.path("members")).isEmpty());

        scenario.step("王委員 and 林委員 are assigned to 民政處; 警察局 has nobody. The change is in the audit trail.");
        panel.assign(CIVIL, WANG, LIN);
        assertThat(api.as("admin").get("/api/audit?entity=PanelAssignment").ok().path("entries").findValuesAsText("user"))
                .hasSize(2).containsOnly("admin");
        assertThat(api.as(WANG).get("/api/panel").ok().findValuesAsText("agency")).containsExactly(CIVIL);

        scenario.step("Before 民政處 submits there is nothing to read, and nothing can be written.");
        String mine = "/api/cycles/" + API_YEAR + "/agencies/" + CIVIL + "/opinions/mine";
        assertThat(api.as(WANG).get(mine).ok().path("plan").isNull()).isTrue();
        assertThat(saveOpinions(api, WANG, CIVIL, Map.of(), "意見").status()).isEqualTo(409);

        scenario.step("Both submit: 民政處's members are mailed through the outbox, with the round and its due date; "
                + "警察局's submission asks nobody.");
        JsonNode plan = steps.draftAndSubmit(CIVIL);
        steps.draftAndSubmit(POLICE);
        List<JsonNode> asked = notices(api, CIVIL, "PANEL_ASKED");
        assertThat(asked).singleElement().satisfies(n -> {
            assertThat(n.path("recipients").toString()).contains("panel1@plancycle.test", "panel2@plancycle.test");
            assertThat(n.path("subject").asText()).startsWith("【PlanCycle】請提供民政處" + API_YEAR + "年度施政計畫（第1輪）書面審查意見");
            assertThat(n.path("text").asText()).contains("評核委員", "/cycles/" + API_YEAR + "/agencies/" + CIVIL + "/opinions");
        });
        assertThat(notices(api, POLICE, "PANEL_ASKED")).isEmpty();

        scenario.step("A member not assigned to the agency is refused; so is the evaluation team on a member's route.");
        assertThat(api.as(WANG).get("/api/cycles/" + API_YEAR + "/agencies/" + POLICE + "/opinions/mine").status())
                .isEqualTo(403);
        assertThat(saveOpinions(api, LIN, POLICE, Map.of(), "意見").status()).isEqualTo(403);
        assertThat(api.as("reviewer").get(mine).status()).isEqualTo(403);

        scenario.step("王委員 writes on 一-1 and overall; a KPI not in the submission is refused by its field, nothing saved.");
        long festival = PlanJson.kpiId(plan, FESTIVAL);
        assertThat(saveOpinions(api, WANG, CIVIL, Map.of(festival, WANG_FESTIVAL, -1L, "不存在"), WANG_OVERALL)
                .invalidFields()).containsExactly("opinions[-1]");
        JsonNode sheet = saveOpinions(api, WANG, CIVIL, Map.of(festival, WANG_FESTIVAL), WANG_OVERALL).ok();
        assertThat(sheet.path("opinions").path(String.valueOf(festival)).asText()).isEqualTo(WANG_FESTIVAL);
        assertThat(sheet.path("overall").asText()).isEqualTo(WANG_OVERALL);
        assertThat(sheet.path("plan").path("goals")).isNotEmpty();

        scenario.step("The lead reads the round's opinions, member by member, with their names.");
        JsonNode opinions = api.as("reviewer").get("/api/cycles/" + API_YEAR + "/agencies/" + CIVIL + "/opinions").ok();
        assertThat(opinions.path("members").findValuesAsText("name")).containsExactly("王委員", "林委員");
        assertThat(opinions.path("opinions").findValuesAsText("text")).containsExactlyInAnyOrder(WANG_FESTIVAL, WANG_OVERALL);

        scenario.step("警察局, without a panel, is approved by the team alone as before.");
        steps.approveReview(POLICE);
    }

    @Test
    void twoMembersWriteTheLeadSeesThemSideBySideReturnsAndTheResponseTableNamesBoth() {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, PAGE_YEAR);
        PanelSteps panel = new PanelSteps(api, PAGE_YEAR);
        steps.openAhead(List.of(CIVIL));
        Browser b = BROWSERS.at(port);

        scenario.step("The planning office ticks 王委員 and 林委員 for 民政處 on the cycle's panel page.");
        b.signIn("admin").open("/admin/cycles/" + PAGE_YEAR);
        b.follow("#admin-panel-link");
        assertThat(b.text("h1")).isEqualTo(PAGE_YEAR + "年度 評核委員分派");
        b.click("#members-" + CIVIL + "-" + WANG);
        b.click("#members-" + CIVIL + "-" + LIN);
        b.follow("#panel-assign-save");
        assertThat(b.text("#admin-notice")).isEqualTo("已儲存" + PAGE_YEAR + "年度評核委員分派。");
        assertThat(b.find("#members-" + CIVIL + "-" + LIN).isSelected()).isTrue();
        b.assertAccessible("admin-review-panel");

        scenario.step("民政處 submits; each member writes opinions on their own page.");
        JsonNode plan = steps.draftAndSubmit(CIVIL);
        long festival = PlanJson.kpiId(plan, FESTIVAL);
        long wedding = PlanJson.kpiId(plan, WEDDING);
        Map<Long, String> wang = new LinkedHashMap<>();
        wang.put(festival, WANG_FESTIVAL);
        wang.put(wedding, WANG_WEDDING);
        panel.writeOpinions(b, WANG, CIVIL, wang, WANG_OVERALL);
        assertThat(b.text(".pc-me")).contains("王委員", "評核委員");
        b.assertAccessible("panel-opinions");
        b.screenshot("panel-opinions");
        panel.writeOpinions(b, LIN, CIVIL, Map.of(festival, LIN_FESTIVAL), LIN_OVERALL);

        scenario.step("The lead sees both opinions on 一-1 side by side, 林委員's column empty on 三-1, and the overall ones.");
        b.signIn("reviewer").open("/cycles/" + PAGE_YEAR + "/agencies/" + CIVIL + "/review");
        List<String> onFestival = texts(b, "#kpi-" + festival + " .rv-opinion");
        assertThat(onFestival).hasSize(2);
        assertThat(onFestival.get(0)).contains("王委員", WANG_FESTIVAL);
        assertThat(onFestival.get(1)).contains("林委員", LIN_FESTIVAL);
        assertThat(texts(b, "#kpi-" + wedding + " .rv-opinion")).containsExactly("王委員\n" + WANG_WEDDING, "林委員\n（未提意見）");
        assertThat(b.text("#rv-opinions-overall")).contains(WANG_OVERALL, LIN_OVERALL);
        b.assertAccessible("review-sheet-panel");
        b.screenshot("review-sheet-panel");

        scenario.step("The lead returns it with the consolidated comments, as before.");
        b.type("#comment-" + festival, LEAD_FESTIVAL);
        b.type("#overall", LEAD_OVERALL);
        b.click("#return");
        b.waitFor("#rv-confirm[open] #rv-confirm-yes");
        b.click("#rv-confirm-yes");
        b.waitFor(".rv-decided");
        assertThat(api.as(CIVIL).plan(PAGE_YEAR, CIVIL).ok().path("stage").asText()).isEqualTo("REVISION");

        scenario.step("The response table names who said what: both members beside the lead's comment on 一-1, their "
                + "overall opinions beside the overall comment, 王委員's on 三-1 among the others.");
        b.signIn(CIVIL).open("/cycles/" + PAGE_YEAR + "/agencies/" + CIVIL + "/responses");
        String row = b.text("tr[data-kpi='" + festival + "']");
        assertThat(row).contains(LEAD_FESTIVAL, "王委員：" + WANG_FESTIVAL, "林委員：" + LIN_FESTIVAL);
        assertThat(b.text(".rv-overall-opinions")).contains("王委員：" + WANG_OVERALL, "林委員：" + LIN_OVERALL);
        assertThat(b.text(".rv-other-opinions")).contains("王委員：" + WANG_WEDDING);
        b.assertAccessible("agency-review-responses-panel");
        JsonNode table = api.as(CIVIL).get("/api/cycles/" + PAGE_YEAR + "/agencies/" + CIVIL + "/review-responses").ok();
        JsonNode rows = table.path("rounds").get(0).path("rows");
        assertThat(rows.get(0).path("opinions").findValuesAsText("memberName")).containsExactly("王委員", "林委員");

        scenario.step("王委員's page now shows the round as decided, read only.");
        b.signIn(WANG).open("/cycles/" + PAGE_YEAR + "/agencies/" + CIVIL + "/opinions");
        assertThat(b.text("#opinions-next")).contains("本輪審查已有決定");
        assertThat(b.absent("#opinions-save")).isTrue();
    }

    private static PlanCycleApi.Response assign(PlanCycleApi api, List<Map<String, Object>> assignments) {
        return api.as("admin").request(HttpMethod.PUT, "/api/cycles/" + API_YEAR + "/panel",
                Map.of("assignments", assignments), MediaType.APPLICATION_JSON);
    }

    private static PlanCycleApi.Response saveOpinions(PlanCycleApi api, String member, String agency,
                                                      Map<Long, String> opinions, String overall) {
        return api.as(member).request(HttpMethod.PUT, "/api/cycles/" + API_YEAR + "/agencies/" + agency + "/opinions/mine",
                Map.of("opinions", opinions, "overall", overall), MediaType.APPLICATION_JSON);
    }

    private static List<JsonNode> notices(PlanCycleApi api, String agency, String kind) {
        List<JsonNode> found = new ArrayList<>();
        api.as("admin").get("/api/notifications?agency=" + agency).ok().path("items").forEach(n -> {
            if (n.path("kind").asText().equals(kind)) {
                found.add(n);
            }
        });
        return found;
    }

    private static List<String> texts(Browser b, String css) {
        return b.findAll(css).stream().map(e -> e.getText().strip()).toList();
    }
}
