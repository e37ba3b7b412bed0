package io.plancycle.people;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.support.PageSession;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planning office manages users through the API ({@code /api/users}): every bad field refused at once with
 * nothing saved, a disabled user refused at the door of the API, the pages and the engine's REST API, the planning
 * office never left without an enabled account, and every change in the audit trail.
 */
@SharedServer
class PeopleIT {

    @LocalServerPort
    int port;

    @Test
    void badInputIsRefusedByFieldAndNothingIsSaved() {
        PlanCycleApi.User admin = new PlanCycleApi(port).as("admin");
        PlanCycleApi.Response refused = admin.post("/api/users", user("civil-affairs", "", "not-an-email", "",
                "no-such-agency", List.of("HEAD", "MAYOR")));
        assertThat(refused.invalidFields()).containsExactlyInAnyOrder("id", "name", "email", "roles", "agency", "password");
        assertThat(codes(refused.json())).contains("user.id.taken", "contact.email.invalid", "user.role.unknown",
                "agency.unknown", "user.password.missing");

        PlanCycleApi.Response headAlone = admin.post("/api/users", user("api-head", "無機關主管", "head@city.gov.tw",
                "plancycle", null, List.of("HEAD")));
        assertThat(headAlone.invalidFields()).containsExactly("agency");
        assertThat(codes(headAlone.json())).containsExactly("user.head.withoutAgency");
        assertThat(admin.post("/api/users", user("api-nobody", "無角色", "nobody@city.gov.tw", "plancycle", null,
                List.of())).invalidFields()).containsExactly("roles");
        assertThat(admin.post("/api/users", user("bad id!", "甲", "a@city.gov.tw", "plancycle", null,
                List.of("PANEL"))).invalidFields()).containsExactly("id");
        assertThat(admin.post("/api/users", Map.of()).invalidFields()).containsExactlyInAnyOrder("id", "name", "email",
                "roles", "password");
        assertThat(admin.get("/api/users/api-head").status()).as("nothing half-saved").isEqualTo(404);
    }

    @Test
    void aUserIsCreatedChangedDisabledAndEnabledAgainWithEveryChangeAudited() {
        PlanCycleApi api = new PlanCycleApi(port);
        PlanCycleApi.User admin = api.as("admin");
        JsonNode created = admin.post("/api/users", user("api-panel", "黃委員", "huang@city.gov.tw", "first-pass-1",
                null, List.of("PANEL"))).expect(201).json();
        assertThat(created.path("roles").toString()).isEqualTo("[\"PANEL\"]");
        assertThat(created.path("disabled").asBoolean()).isFalse();
        assertThat(api.as("api-panel", "first-pass-1").get("/api/tasks").status()).isEqualTo(200);

        JsonNode changed = admin.request(HttpMethod.PUT, "/api/users/api-panel", user("api-panel", "黃委員", "huang@city.gov.tw",
                null, "police", List.of("HEAD")), MediaType.APPLICATION_JSON).ok();
        assertThat(changed.path("agency").asText()).isEqualTo("police");
        assertThat(changed.path("agencyName").asText()).isEqualTo("警察局");
        assertThat(changed.path("roles").toString()).isEqualTo("[\"HEAD\"]");

        PageSession signedIn = new PageSession(port);
        signedIn.signIn("api-panel", "first-pass-1");
        assertThat(signedIn.get("/tasks").statusCode()).isEqualTo(200);
        admin.post("/api/users/api-panel/disable", null).ok();
        assertThat(signedIn.get("/tasks").headers().firstValue("Location")).as("the session open when disabled")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?disabled"));
        assertThat(api.as("api-panel", "first-pass-1").get("/api/tasks").status()).as("the API").isEqualTo(401);
        assertThat(api.as("api-panel", "first-pass-1").get("/engine-rest/task").status()).as("the engine's API").isEqualTo(401);
        assertThat(new PageSession(port).signIn("api-panel", "first-pass-1").headers().firstValue("Location")).as("the pages").hasValueSatisfying(l -> assertThat(l).endsWith("/login?disabled"));

        admin.post("/api/users/api-panel/enable", null).ok();
        admin.request(HttpMethod.PUT, "/api/users/api-panel/password", Map.of("password", "second-pass-2"),
                MediaType.APPLICATION_JSON).ok();
        assertThat(api.as("api-panel", "second-pass-2").get("/api/tasks").status()).isEqualTo(200);
        assertThat(api.as("api-panel", "first-pass-1").get("/api/tasks").status()).isEqualTo(401);

        JsonNode trail = admin.get("/api/audit?entity=UserAccountChange&user=admin&size=200").ok().path("entries");
        List<String> kinds = StreamSupport.stream(trail.spliterator(), false)
                .filter(e -> e.path("context").asText().startsWith("帳號 api-panel"))
                .map(e -> StreamSupport.stream(e.path("changes").spliterator(), false)
                        .filter(c -> c.path("property").asText().equals("kind")).findFirst().orElseThrow()
                        .path("after").asText()).toList();
        assertThat(kinds).containsSubsequence("變更密碼", "重新啟用帳號", "停用帳號", "移出群組")
                .contains("加入群組", "建立帳號");
        assertThat(trail.toString()).doesNotContain("pass-");
    }

    @Test
    void thePlanningOfficeKeepsAnEnabledAccountAndNobodyDisablesThemselves() {
        PlanCycleApi api = new PlanCycleApi(port);
        PlanCycleApi.User admin = api.as("admin");
        PlanCycleApi.Response self = admin.post("/api/users/admin/disable", null);
        assertThat(self.invalidFields()).containsExactly("disabled");
        assertThat(codes(self.json())).containsExactly("user.disableSelf");

        admin.post("/api/users", user("api-office", "第二位規劃科", "office2@city.gov.tw", "office-pass-1", null,
                List.of("ADMIN"))).expect(201);
        PlanCycleApi.User second = api.as("api-office", "office-pass-1");
        second.post("/api/users/admin/disable", null).ok();
        try {
            PlanCycleApi.Response last = second.request(HttpMethod.PUT, "/api/users/api-office", user("api-office",
                    "第二位規劃科", "office2@city.gov.tw", null, null, List.of("REVIEWER")), MediaType.APPLICATION_JSON);
            assertThat(codes(last.json())).as("the last enabled planning-office account keeps its role")
                    .containsExactly("user.lastAdmin");
            assertThat(admin.get("/api/users").status()).as("the disabled administrator").isEqualTo(401);
        } finally {
            second.post("/api/users/admin/enable", null).ok();
        }
        second.request(HttpMethod.PUT, "/api/users/api-office", user("api-office", "第二位規劃科", "office2@city.gov.tw",
                null, null, List.of("REVIEWER")), MediaType.APPLICATION_JSON).ok();
        assertThat(api.as("api-office", "office-pass-1").get("/api/users").status()).isEqualTo(403);
    }

    private static Map<String, Object> user(String id, String name, String email, String password, String agency,
                                            List<String> roles) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", id);
        user.put("name", name);
        user.put("email", email);
        user.put("password", password);
        user.put("agency", agency);
        user.put("roles", roles);
        return user;
    }

    private static List<String> codes(JsonNode problem) {
        return StreamSupport.stream(problem.path("errors").spliterator(), false).map(e -> e.path("code").asText()).toList();
    }
}
