package io.plancycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.support.Browser;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.EvidencePage;
import io.plancycle.support.PageScenario;
import io.plancycle.support.PanelSteps;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanJson;
import io.plancycle.support.PlanJson.Place;
import io.plancycle.support.SampleFiles;
import io.plancycle.support.SharedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.plancycle.support.PanelSteps.LIN;
import static io.plancycle.support.PanelSteps.WANG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people as they really work, one story on the demo plan through the pages: 文化局's clerk drafts and sends, its
 * head sends it back once and then signs it off; the panel's two members comment and the evaluation team's lead
 * returns it; the clerk goes on leave and a colleague, named deputy, revises and sends it again, recorded as the
 * clerk's deputy; the head signs, the lead approves; the report goes with a PDF behind 一-1's actual, signed off by
 * the head, and the evaluation team opens that PDF beside the figure.
 */
@SharedServer
class PeopleStoryIT extends PageScenario {

    private static final int YEAR = 154;
    private static final String CULTURAL = "cultural-affairs";
    private static final String HEAD = "cultural-affairs-head";
    private static final String COLLEAGUE = "cultural-affairs-lee";
    private static final String BASE = "/cycles/" + YEAR + "/agencies/" + CULTURAL;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Taipei"));

    @AfterEach
    void takeEveryDeputyBack() {
        PlanCycleApi api = new PlanCycleApi(port);
        api.as("admin").get("/api/deputies").ok().forEach(d -> api.as("admin").request(HttpMethod.DELETE,
                "/api/deputies/" + d.path("id").asLong(), null, MediaType.APPLICATION_JSON).expect(204));
    }

    @Test
    void fromTheClerksDraftThroughHeadPanelAndDeputyToTheReportsEvidence() throws Exception {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, YEAR);
        steps.openAhead(List.of(CULTURAL));
        new PanelSteps(api, YEAR).assign(CULTURAL, WANG, LIN);
        colleagueOf(api);
        long festival = PlanJson.kpiId(steps.saveDraft(CULTURAL, Map.of()), Place.of(1, 1));
        Browser b = BROWSERS.at(port);

        scenario.step("The clerk sends the draft from the submission page: it waits for the head.");
        b.signIn(CULTURAL).open(BASE + "/plan/submit");
        b.follow(".pc-confirm-submit");
        assertThat(b.text("#pc-flash")).isEqualTo("已送出，等待本機關主管核章。");

        scenario.step("The head sends it back once with a note; the clerk sends it again; the head signs it off.");
        b.signIn(HEAD).open(BASE + "/sign-off");
        b.type("#note", "請再確認文化活動參與人次之統計期間。");
        b.follow("#pc-sign-off-return");
        assertThat(b.text(".pc-stage")).isEqualTo("草擬");
        b.signIn(CULTURAL).open(BASE + "/plan/submit");
        b.follow(".pc-confirm-submit");
        b.signIn(HEAD).open(BASE + "/sign-off");
        b.followConfirming("#pc-sign-off-approve");
        assertThat(b.text(".pc-stage")).isEqualTo("書面審查");

        scenario.step("王委員 and 林委員 write their opinions on 一-1; the lead sees both beside it and returns the plan.");
        PanelSteps panel = new PanelSteps(api, YEAR);
        panel.writeOpinions(b, WANG, CULTURAL, Map.of(festival, "參與人次宜區分實體與線上。"), null);
        panel.writeOpinions(b, LIN, CULTURAL, Map.of(festival, "目標值未見成長，請說明理由。"), null);
        b.signIn("reviewer").open(BASE + "/review");
        assertThat(b.text("#kpi-" + festival)).contains("王委員", "參與人次宜區分實體與線上。", "林委員", "目標值未見成長，請說明理由。");
        b.type("#comment-" + festival, "請區分實體與線上參與人次，並說明目標值設定理由。");
        b.type("#overall", "請依委員意見修正後再送。");
        b.click("#return");
        b.waitFor("#rv-confirm[open] #rv-confirm-yes");
        b.click("#rv-confirm-yes");
        b.waitFor(".rv-decided");

        scenario.step("The clerk goes on leave and names a colleague as deputy for the days of it.");
        b.signIn(CULTURAL).open("/deputies");
        b.select("#deputy", COLLEAGUE);
        b.setDate("startsOn", TODAY);
        b.setDate("endsOn", TODAY.plusDays(4));
        b.follow("#pc-deputy-submit");
        assertThat(b.text("#pc-flash")).isEqualTo("已指定職務代理人。");

        scenario.step("The deputy, shown as the clerk's, answers every comment and sends the revision; the head signs it.");
        b.signIn(COLLEAGUE).open(BASE + "/revision");
        assertThat(b.text(".pc-me-deputy")).isEqualTo("代理 文化局承辦人");
        for (long comment : steps.latestComments(CULTURAL)) {
            b.type("#f-replies-" + comment, "遵照辦理，已區分實體與線上參與人次並補充目標值設定理由。");
        }
        b.follow(".pc-submit");
        b.follow(".pc-confirm-submit");
        assertThat(b.text("#pc-flash")).isEqualTo("已送出，等待本機關主管核章。");
        JsonNode replied = api.as("admin").get("/api/audit?entity=CommentReply&user=" + COLLEAGUE + "&size=1").ok()
                .path("entries").get(0);
        assertThat(replied.path("userName").asText()).as("the audit trail says for whom")
                .isEqualTo("文化局李承辦（" + COLLEAGUE + "）（代理 文化局承辦人（" + CULTURAL + "））");
        b.signIn(HEAD).open(BASE + "/sign-off");
        b.followConfirming("#pc-sign-off-approve");

        scenario.step("The lead approves the revised plan.");
        b.signIn("reviewer").open(BASE + "/review");
        b.type("#overall", "已依意見修正，准予通過。");
        b.click("#approve");
        b.waitFor("#rv-confirm[open] #rv-confirm-yes");
        b.click("#rv-confirm-yes");
        b.waitFor(".rv-decided");

        scenario.step("The clerk attaches the PDF behind 一-1's actual and files the report; the head signs it off.");
        byte[] pdf = SampleFiles.pdf(YEAR - 1 + "年文化活動參與人次統計");
        b.signIn(CULTURAL);
        EvidencePage.attach(b, YEAR, CULTURAL, festival, EvidencePage.file("參與人次統計.pdf", pdf), "文化局活動報名系統",
                TODAY.minusDays(1), "文化局承辦人");
        assertThat(b.text("#pc-notice")).isEqualTo("已上傳佐證資料「參與人次統計.pdf」。");
        b.open(BASE + "/report");
        b.followConfirming(".pc-file");
        assertThat(b.text("#pc-flash")).isEqualTo("績效報告已送出，等待本機關主管核章。");
        b.signIn(HEAD).open(BASE + "/sign-off");
        b.followConfirming("#pc-sign-off-approve");
        assertThat(b.text(".pc-stage")).isEqualTo("完成");
        assertThat(b.text("#pc-sign-off-history")).contains("草擬施政計畫", "退回承辦人", "滾動修正", "施政績效報告");

        scenario.step("The evaluation team opens the PDF beside 一-1's figure in the report.");
        b.signIn("reviewer").open(BASE + "/report");
        String beside = "#kpi-" + festival + " .pc-evidence-file";
        assertThat(b.text(beside)).isEqualTo("參與人次統計.pdf");
        Path opened = b.download(beside);
        assertThat(Files.readAllBytes(opened)).isEqualTo(pdf);
    }

    /** A second clerk of 文化局, as the planning office adds one (once: the shared server keeps its users). */
    private static void colleagueOf(PlanCycleApi api) {
        if (api.as("admin").get("/api/users/" + COLLEAGUE).status() == 200) {
            return;
        }
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", COLLEAGUE);
        user.put("name", "文化局李承辦");
        user.put("email", COLLEAGUE + "@plancycle.test");
        user.put("password", "plancycle");
        user.put("agency", CULTURAL);
        user.put("roles", List.of());
        api.as("admin").post("/api/users", user).expect(201);
    }
}
