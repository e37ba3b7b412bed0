package io.plancycle.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.support.CityDirectory;
import io.plancycle.support.PageSession;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in against the city's directory ({@link CityDirectory}: an embedded LDAP server with staff of 衛生局 and the
 * evaluation team): the directory's password signs in, the user is kept in the identity store with the name, e-mail,
 * agency and roles the mapping gives, a wrong password is refused, a disabled user stays refused, and the directory
 * keeps the password.
 */
@SharedServer
class DirectorySignInIT {

    @LocalServerPort
    int port;

    @Test
    void theDirectorysStaffSignInWithTheirAgencyAndRolesAsMapped() {
        PlanCycleApi api = new PlanCycleApi(port);
        PlanCycleApi.User admin = api.as("admin");
        assertThat(api.as("lin-wh", "Lin-directory-1").get("/api/tasks").status()).isEqualTo(200);
        assertThat(api.as("chen-zm", "Chen-directory-2").get("/api/tasks").status()).isEqualTo(200);
        assertThat(api.as("wu-py", "Wu-directory-3").get("/api/tasks").status()).isEqualTo(200);

        JsonNode clerk = admin.get("/api/users/lin-wh").ok();
        assertThat(clerk.path("name").asText()).isEqualTo("林文華");
        assertThat(clerk.path("email").asText()).isEqualTo("lin.wh@mail.chiayi.gov.tw");
        assertThat(clerk.path("agency").asText()).isEqualTo("public-health");
        assertThat(clerk.path("roles").toString()).isEqualTo("[]");
        assertThat(clerk.path("directory").asBoolean()).isTrue();
        JsonNode head = admin.get("/api/users/chen-zm").ok();
        assertThat(head.path("agency").asText()).isEqualTo("public-health");
        assertThat(head.path("roles").toString()).isEqualTo("[\"HEAD\"]");
        JsonNode reviewer = admin.get("/api/users/wu-py").ok();
        assertThat(reviewer.path("agency").isNull()).isTrue();
        assertThat(reviewer.path("roles").toString()).isEqualTo("[\"REVIEWER\"]");
        // The evaluation team's work is theirs, another agency's plan is not the clerk's.
        assertThat(api.as("wu-py", "Wu-directory-3").get("/api/cycles/999").status()).isEqualTo(404);
        assertThat(api.as("lin-wh", "Lin-directory-1").get("/api/cycles/999").status()).isEqualTo(403);
        assertThat(api.as("lin-wh", "Lin-directory-1").get("/api/agencies/police/contacts").status()).isEqualTo(403);
        assertThat(api.as("lin-wh", "Lin-directory-1").get("/api/agencies/public-health/contacts").status()).isEqualTo(200);

        PageSession page = new PageSession(port);
        assertThat(page.signIn("chen-zm", "Chen-directory-2").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(page.get("/tasks").body()).contains("陳志明", "衛生局");
    }

    @Test
    void aWrongPasswordOrADisabledUserIsRefusedAndTheDirectoryKeepsThePassword() {
        PlanCycleApi api = new PlanCycleApi(port);
        PlanCycleApi.User admin = api.as("admin");
        assertThat(api.as("lin-wh", "wrong").get("/api/tasks").status()).isEqualTo(401);
        assertThat(api.as("nobody-here", "Lin-directory-1").get("/api/tasks").status()).isEqualTo(401);
        assertThat(new PageSession(port).signIn("lin-wh", "wrong").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));

        assertThat(api.as("lin-wh", "Lin-directory-1").get("/api/tasks").status()).isEqualTo(200);
        admin.post("/api/users/lin-wh/disable", null).ok();
        try {
            assertThat(api.as("lin-wh", "Lin-directory-1").get("/api/tasks").status()).isEqualTo(401);
            assertThat(new PageSession(port).signIn("lin-wh", "Lin-directory-1").headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?disabled"));
        } finally {
            admin.post("/api/users/lin-wh/enable", null).ok();
        }
        assertThat(admin.request(HttpMethod.PUT, "/api/users/lin-wh/password", Map.of("password", "local-pass-1"),
                MediaType.APPLICATION_JSON).invalidFields()).containsExactly("password");
    }
}
