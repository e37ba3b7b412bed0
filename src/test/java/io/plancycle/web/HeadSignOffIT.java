package io.plancycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.support.Browser;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.PageScenario;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.SharedServer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 文化局's head (主管) signs off what its clerk (承辦人) sends, on the demo data: the draft waits at the sign-off, the
 * head is mailed, the clerk cannot sign it, a return needs a note and mails the clerk with it, and only the signed
 * draft reaches the evaluation team; the same on the pages, from the clerk's 送出 to the head's 核章.
 */
@SharedServer
class HeadSignOffIT extends PageScenario {

    private static final int API_YEAR = 151;
    private static final int PAGE_YEAR = 152;
    private static final String CULTURAL = "cultural-affairs";
    private static final String HEAD = "cultural-affairs-head";
    private static final String NOTE = "請補充文化活動參與人次之目標值設定理由。";

    @Test
    void theDraftReachesTheEvaluationTeamOnlyOnceTheHeadSignsIt() {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, API_YEAR);
        steps.openAhead(List.of(CULTURAL));
        steps.saveDraft(CULTURAL, Map.of());

        scenario.step("The clerk sends the draft: it waits for the head, who is mailed; the evaluation team is not yet.");
        JsonNode sent = api.as(CULTURAL).submit(API_YEAR, CULTURAL).ok();
        assertThat(sent.path("stage").asText()).isEqualTo("SIGN_OFF");
        assertThat(mail(api)).containsExactly("SIGN_OFF_REQUESTED → [cultural-affairs.head@plancycle.test]: "
                + "【PlanCycle】文化局" + API_YEAR + "年度「草擬施政計畫」待主管核章，期限" + dueText(api));

        scenario.step("The clerk cannot sign it off; the head's return without a note is refused naming the note.");
        api.as(CULTURAL).signOff(API_YEAR, CULTURAL, "APPROVE", null).problem(403);
        assertThat(api.as(HEAD).signOff(API_YEAR, CULTURAL, "RETURN", "  ").invalidFields()).containsExactly("note");
        assertThat(api.as(HEAD).signOff(API_YEAR, CULTURAL, "MAYBE", NOTE).invalidFields()).containsExactly("decision");

        scenario.step("The head sends it back with a note: the clerk drafts again and is mailed the note.");
        assertThat(api.as(HEAD).signOff(API_YEAR, CULTURAL, "RETURN", NOTE).ok().path("stage").asText()).isEqualTo("DRAFTING");
        List<String> mail = mail(api);
        assertThat(mail).hasSize(2);
        assertThat(mail.get(1)).isEqualTo("SENT_BACK_BY_HEAD → [cultural-affairs.contact@plancycle.test]: "
                + "【PlanCycle】文化局" + API_YEAR + "年度「草擬施政計畫」經主管退回，請修正後再送核");
        assertThat(notices(api).get(1).path("text").asText()).contains(NOTE);

        scenario.step("Sent again and signed: under review, and now the evaluation team is mailed.");
        assertThat(api.as(CULTURAL).submit(API_YEAR, CULTURAL).ok().path("stage").asText()).isEqualTo("SIGN_OFF");
        assertThat(api.as(HEAD).signOff(API_YEAR, CULTURAL, "APPROVE", null).ok().path("stage").asText()).isEqualTo("REVIEW");
        assertThat(mail(api)).hasSize(4).element(3).asString().startsWith("SUBMITTED → [reviewer@plancycle.test]");

        scenario.step("Everyone who reads the agency's work reads its sign-offs; another agency does not.");
        JsonNode history = api.as("reviewer").get("/api/cycles/" + API_YEAR + "/agencies/" + CULTURAL + "/sign-offs").ok();
        assertThat(history.findValuesAsText("decision")).containsExactly("RETURN", "APPROVE");
        assertThat(history.get(0).path("note").asText()).isEqualTo(NOTE);
        assertThat(history.get(0).path("signedBy").asText()).isEqualTo(HEAD);
        api.as("education").get("/api/cycles/" + API_YEAR + "/agencies/" + CULTURAL + "/sign-offs").problem(403);
    }

    @Test
    void theClerkSendsAndTheHeadSignsOnThePages() {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, PAGE_YEAR);
        steps.openAhead(List.of(CULTURAL));
        steps.saveDraft(CULTURAL, Map.of());
        String base = "/cycles/" + PAGE_YEAR + "/agencies/" + CULTURAL;
        Browser b = BROWSERS.at(port);

        scenario.step("The clerk sends the draft on the submission page: it waits for the head's sign-off.");
        b.signIn(CULTURAL).open(base + "/plan/submit");
        b.follow(".pc-confirm-submit");
        assertThat(b.text("#pc-flash")).isEqualTo("已送出，等待本機關主管核章。");
        b.follow(".pc-tab-sign-off");
        assertThat(b.text("#pc-sign-off")).contains("承辦人已送出「草擬施政計畫」，待主管核章後始送出。", "本項由機關主管核章");
        assertThat(b.absent("#pc-sign-off-form")).as("no buttons for the clerk").isTrue();

        scenario.step("The head opens it, sends it back without a note: refused next to the note, nothing sent.");
        b.reset().signIn(HEAD).open(base + "/sign-off");
        assertThat(b.text(".pc-stage")).isEqualTo("主管核章");
        assertThat(b.text(".pc-me-role")).as("who is signed in").isEqualTo("機關主管");
        b.follow("#pc-sign-off-return");
        assertThat(b.text("#note-error")).isEqualTo("退回承辦人時請填寫說明。");
        b.assertAccessible("agency-sign-off");

        scenario.step("With the note it goes back to the clerk; the record says who sent it back and why.");
        b.type("#note", NOTE);
        b.follow("#pc-sign-off-return");
        assertThat(b.text("#pc-flash")).isEqualTo("已退回承辦人，並已通知承辦人。");
        assertThat(b.text(".pc-sign-off-row")).contains("草擬施政計畫", "退回承辦人", NOTE, "文化局主管");
        assertThat(b.text(".pc-stage")).isEqualTo("草擬");

        scenario.step("The clerk sends it again; the head signs it, asked first, and it is under written review.");
        b.reset().signIn(CULTURAL).open(base + "/plan/submit");
        b.follow(".pc-confirm-submit");
        b.reset().signIn(HEAD).open(base + "/sign-off");
        b.followConfirming("#pc-sign-off-approve");
        assertThat(b.text("#pc-flash")).isEqualTo("已核章送出，並已通知接續辦理的人員。");
        assertThat(b.text(".pc-stage")).isEqualTo("書面審查");
        assertThat(b.findAll(".pc-sign-off-row")).hasSize(2);
        b.screenshot("agency-sign-off");
    }

    /** The year's notices about 文化局, oldest first, each as "kind → recipients: subject". */
    private static List<String> mail(PlanCycleApi api) {
        return notices(api).stream().map(n -> n.path("kind").asText() + " → "
                + n.path("recipients").toString().replace("\"", "").replace(",", ", ") + ": " + n.path("subject").asText()).toList();
    }

    private static List<JsonNode> notices(PlanCycleApi api) {
        List<JsonNode> notices = new ArrayList<>();
        for (JsonNode n : api.as("admin").get("/api/notifications?agency=" + CULTURAL).ok().path("items")) {
            if (n.path("subject").asText().contains(API_YEAR + "年度")) {
                notices.add(0, n);
            }
        }
        return notices;
    }

    /** The sign-off's due date as the mail writes it (民國…年…月…日). */
    private static String dueText(PlanCycleApi api) {
        JsonNode tasks = api.as(HEAD).get("/api/tasks").ok();
        for (JsonNode t : tasks) {
            if (t.path("cycleYear").asInt() == API_YEAR) {
                LocalDate due = LocalDate.parse(t.path("dueOn").asText());
                return "民國" + (due.getYear() - 1911) + "年" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日";
            }
        }
        throw new AssertionError("the head has no task in " + API_YEAR);
    }
}
