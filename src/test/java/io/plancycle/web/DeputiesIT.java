package io.plancycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.support.Browser;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.PageScenario;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.SharedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deputies (職務代理人) on the demo data: 文化局's head names the clerk as deputy for the days of the head's leave;
 * meanwhile the clerk holds the head's role, signs off as "文化局承辦人, deputy of 文化局主管" (on the sign-off and in
 * the audit trail), and the head's notices reach both; taken back, the clerk is a clerk again. Oneself, another
 * agency's user, days in the wrong order, past or overlapping another deputy are refused naming the field; only the
 * principal or the planning office names a principal's deputy. Every deputy is taken back after each test, so the
 * other classes on the shared server find none.
 */
@SharedServer
class DeputiesIT extends PageScenario {

    private static final int YEAR = 153;
    private static final String CULTURAL = "cultural-affairs";
    private static final String HEAD = "cultural-affairs-head";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Taipei"));

    @AfterEach
    void takeEveryDeputyBack() {
        PlanCycleApi admin = new PlanCycleApi(port);
        admin.as("admin").get("/api/deputies").ok()
                .forEach(d -> admin.as("admin").request(HttpMethod.DELETE, "/api/deputies/" + d.path("id").asLong(), null,
                        MediaType.APPLICATION_JSON).expect(204));
    }

    @Test
    void theClerkSignsOffAsTheHeadsDeputyDuringTheHeadsLeave() {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, YEAR);
        steps.openAhead(List.of(CULTURAL));
        steps.saveDraft(CULTURAL, Map.of());

        scenario.step("Refused, naming the field: oneself, another agency's user, days in the wrong order or past, an unknown user.");
        PlanCycleApi.User head = api.as(HEAD);
        assertThat(head.post("/api/deputies", deputy(null, HEAD, TODAY, TODAY)).invalidFields()).containsExactly("deputy");
        assertThat(head.post("/api/deputies", deputy(null, "education", TODAY, TODAY)).invalidFields()).containsExactly("deputy");
        assertThat(head.post("/api/deputies", deputy(null, "nobody", TODAY, TODAY)).invalidFields()).containsExactly("deputy");
        assertThat(head.post("/api/deputies", deputy(null, CULTURAL, TODAY, TODAY.minusDays(1))).invalidFields()).containsExactly("endsOn");
        assertThat(head.post("/api/deputies", deputy(null, CULTURAL, TODAY.minusDays(9), TODAY.minusDays(2))).invalidFields())
                .containsExactly("endsOn");
        assertThat(head.post("/api/deputies", deputy(null, CULTURAL, null, null)).invalidFields()).containsExactly("startsOn", "endsOn");
        api.as(CULTURAL).post("/api/deputies", deputy(HEAD, CULTURAL, TODAY, TODAY)).problem(403);
        assertThat(api.as("admin").get("/api/deputies").ok()).as("nothing half-saved").isEmpty();

        scenario.step("The head names the clerk for five days from today; overlapping days are refused.");
        JsonNode named = head.post("/api/deputies", deputy(null, CULTURAL, TODAY, TODAY.plusDays(4))).expect(201).json();
        assertThat(named.path("principalName").asText()).isEqualTo("文化局主管");
        assertThat(named.path("deputyName").asText()).isEqualTo("文化局承辦人");
        assertThat(named.path("activeToday").asBoolean()).isTrue();
        assertThat(api.as("admin").post("/api/deputies", deputy(HEAD, CULTURAL, TODAY.plusDays(4), TODAY.plusDays(6)))
                .invalidFields()).containsExactly("startsOn");
        assertThat(api.as(CULTURAL).get("/api/deputies").ok().findValuesAsText("principal")).containsExactly(HEAD);
        api.as("education").get("/api/deputies").ok().forEach(d -> assertThat(d.path("principal").asText()).isNotEqualTo(HEAD));

        scenario.step("The clerk sends the draft: the head and the deputy are both asked to sign it.");
        assertThat(api.as(CULTURAL).submit(YEAR, CULTURAL).ok().path("stage").asText()).isEqualTo("SIGN_OFF");
        JsonNode asked = notice(api, "SIGN_OFF_REQUESTED");
        assertThat(asked.path("recipients").toString()).contains("cultural-affairs.head@plancycle.test", "cultural-affairs@plancycle.test");

        scenario.step("The clerk signs it off as the head's deputy: recorded as such, on the sign-off and in the audit trail.");
        assertThat(api.as(CULTURAL).signOff(YEAR, CULTURAL, "APPROVE", null).ok().path("stage").asText()).isEqualTo("REVIEW");
        JsonNode signOff = api.as(CULTURAL).get("/api/cycles/" + YEAR + "/agencies/" + CULTURAL + "/sign-offs").ok().get(0);
        assertThat(signOff.path("signedBy").asText()).isEqualTo(CULTURAL);
        assertThat(signOff.path("onBehalfOf").asText()).isEqualTo(HEAD);
        JsonNode audited = api.as("admin").get("/api/audit?entity=SignOff&user=" + CULTURAL + "&size=1").ok().path("entries").get(0);
        assertThat(audited.path("userName").asText()).isEqualTo("文化局承辦人（cultural-affairs）（代理 文化局主管（cultural-affairs-head））");
        assertThat(audited.path("onBehalfOf").asText()).isEqualTo(HEAD);

        scenario.step("Taken back, the clerk is a clerk again: the head's sign-off is refused.");
        head.request(HttpMethod.DELETE, "/api/deputies/" + named.path("id").asLong(), null, MediaType.APPLICATION_JSON).expect(204);
        api.as(CULTURAL).signOff(YEAR, CULTURAL, "APPROVE", null).problem(403);
    }

    @Test
    void theHeadNamesAndTakesBackTheDeputyOnThePage() {
        Browser b = BROWSERS.at(port);
        b.signIn(HEAD).open("/deputies");
        assertThat(b.text("h1")).isEqualTo("職務代理");

        scenario.step("Without a deputy chosen and with the days the wrong way round: both named next to their fields.");
        b.setDate("startsOn", TODAY.plusDays(3));
        b.setDate("endsOn", TODAY.plusDays(1));
        b.follow("#pc-deputy-submit");
        assertThat(b.text("#deputy-error")).isEqualTo("此欄必填。");
        assertThat(b.text("#endsOn-error")).isEqualTo("結束日不能早於開始日。");
        assertThat(b.value("#startsOn")).as("what was typed is kept").isEqualTo(TODAY.plusDays(3).toString());
        b.assertAccessible("deputies");

        scenario.step("The clerk chosen for today and tomorrow: listed as acting now; the clerk's top bar says for whom.");
        b.select("#deputy", CULTURAL);
        b.setDate("startsOn", TODAY);
        b.setDate("endsOn", TODAY.plusDays(1));
        b.follow("#pc-deputy-submit");
        assertThat(b.text("#pc-flash")).isEqualTo("已指定職務代理人。");
        assertThat(b.text(".pc-deputy-row")).contains("文化局主管", "文化局承辦人", "代理中");
        b.screenshot("deputies");
        b.reset().signIn(CULTURAL).open("/tasks");
        assertThat(b.text(".pc-me-deputy")).isEqualTo("代理 文化局主管");

        scenario.step("The head takes the deputy back, asked first.");
        b.reset().signIn(HEAD).open("/deputies");
        b.followConfirming(".pc-deputy-cancel");
        assertThat(b.text("#pc-flash")).isEqualTo("已取消職務代理。");
        assertThat(b.absent(".pc-deputy-row")).isTrue();
    }

    private static Map<String, Object> deputy(String principal, String deputy, LocalDate startsOn, LocalDate endsOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("principal", principal);
        body.put("deputy", deputy);
        body.put("startsOn", startsOn == null ? null : startsOn.toString());
        body.put("endsOn", endsOn == null ? null : endsOn.toString());
        return body;
    }

    /** The year's latest notice of this kind about 文化局. */
    private static JsonNode notice(PlanCycleApi api, String kind) {
        for (JsonNode n : api.as("admin").get("/api/notifications?agency=" + CULTURAL).ok().path("items")) {
            if (n.path("kind").asText().equals(kind) && n.path("subject").asText().contains(YEAR + "年度")) {
                return n;
            }
        }
        throw new AssertionError("no " + kind + " notice in " + YEAR);
    }
}
