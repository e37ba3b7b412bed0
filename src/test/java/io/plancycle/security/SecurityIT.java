package io.plancycle.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.PageSession;
import io.plancycle.support.PanelSteps;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanCycleApi.Response;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static io.plancycle.security.SecurityIT.Caller.ADMIN;
import static io.plancycle.security.SecurityIT.Caller.ANONYMOUS;
import static io.plancycle.security.SecurityIT.Caller.APPROVER;
import static io.plancycle.security.SecurityIT.Caller.OTHER_AGENCY;
import static io.plancycle.security.SecurityIT.Caller.OWN_AGENCY;
import static io.plancycle.security.SecurityIT.Caller.PANEL;
import static io.plancycle.security.SecurityIT.Caller.REVIEWER;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who gets in where. Every endpoint of the OpenAPI document and every page route is called as each of six callers,
 * and the set that gets past the door must be exactly the one written below: a new route without a line here fails
 * the test. Then the process engine's own authorizations, the Camunda webapps, login throttling, session fixation,
 * CSRF and the security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "plancycle.mail.embedded=false", "plancycle.mail.sender-enabled=false", "camunda.bpm.job-execution.enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityIT {

    private static final int YEAR = 110;

    /**
     * The callers; the route's {code} is always the own agency's, civil-affairs, to which the panel member (評核委員)
     * is assigned.
     */
    enum Caller {
        ANONYMOUS(null), OTHER_AGENCY("police"), OWN_AGENCY("civil-affairs"), REVIEWER("reviewer"), ADMIN("admin"),
        APPROVER("approver"), PANEL("panel1");

        final String user;

        Caller(String user) {
            this.user = user;
        }
    }

    private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
    private static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    private static final Set<Caller> OVERSIGHT = EnumSet.of(REVIEWER, ADMIN, APPROVER);
    private static final Set<Caller> READERS = EnumSet.of(OWN_AGENCY, REVIEWER, ADMIN, APPROVER);
    private static final Set<Caller> OWN = EnumSet.of(OWN_AGENCY);

    private static final String AGENCY_API = "/api/cycles/{year}/agencies/{code}";
    private static final String AGENCY_PAGES = "/cycles/{year}/agencies/{code}";

    /** Who may call each endpoint of the REST API. */
    private static final Map<String, Set<Caller>> API = Map.ofEntries(
            entry("GET /api/cycles", SIGNED_IN),
            entry("POST /api/cycles", EnumSet.of(ADMIN)),
            entry("GET /api/cycles/{year}", OVERSIGHT),
            entry("POST /api/cycles/{year}/consolidation", EnumSet.of(ADMIN)),
            entry("POST /api/cycles/{year}/approval", EnumSet.of(APPROVER)),
            entry("PUT /api/cycles/{year}/calendar/{stage}", EnumSet.of(ADMIN)),
            entry("GET /api/cycles/{year}/calendar/changes", EnumSet.of(ADMIN)),
            entry("GET /api/cycles/{year}/revision-summary", SIGNED_IN),
            entry("GET /api/cycles/{year}/plan-book", OVERSIGHT),
            entry("GET /api/cycles/{year}/performance-report", OVERSIGHT),
            entry("PUT /api/cycles/{year}/publication", EnumSet.of(ADMIN)),
            entry("DELETE /api/cycles/{year}/publication", EnumSet.of(ADMIN)),
            entry("GET " + AGENCY_API + "/plan", READERS),
            entry("PUT " + AGENCY_API + "/plan", OWN),
            entry("GET " + AGENCY_API + "/plan/changes", READERS),
            entry("POST " + AGENCY_API + "/plan/import/preview", OWN),
            entry("POST " + AGENCY_API + "/plan/import", OWN),
            entry("POST " + AGENCY_API + "/submission", OWN),
            // The agency's head only (HeadSignOffIT, DeputiesIT): none of the callers heads civil-affairs.
            entry("POST " + AGENCY_API + "/sign-off", EnumSet.noneOf(Caller.class)),
            entry("GET " + AGENCY_API + "/sign-offs", READERS),
            entry("GET " + AGENCY_API + "/reviews", READERS),
            entry("POST " + AGENCY_API + "/review", EnumSet.of(REVIEWER)),
            entry("GET " + AGENCY_API + "/review-sheet", EnumSet.of(REVIEWER)),
            entry("GET " + AGENCY_API + "/revisions", READERS),
            entry("POST " + AGENCY_API + "/revisions", OWN),
            entry("POST " + AGENCY_API + "/report", OWN),
            entry("GET " + AGENCY_API + "/performance-report", READERS),
            entry("GET " + AGENCY_API + "/review-responses", READERS),
            entry("GET /api/cycles/{year}/panel", EnumSet.of(ADMIN)),
            entry("PUT /api/cycles/{year}/panel", EnumSet.of(ADMIN)),
            entry("GET /api/panel", EnumSet.of(PANEL)),
            entry("GET " + AGENCY_API + "/opinions/mine", EnumSet.of(PANEL)),
            entry("PUT " + AGENCY_API + "/opinions/mine", EnumSet.of(PANEL)),
            entry("GET " + AGENCY_API + "/opinions", EnumSet.of(REVIEWER)),
            entry("GET " + AGENCY_API + "/evidence", READERS),
            entry("POST " + AGENCY_API + "/evidence", OWN),
            entry("GET " + AGENCY_API + "/evidence/{id}", READERS),
            entry("DELETE " + AGENCY_API + "/evidence/{id}", OWN),
            entry("GET /api/tasks", SIGNED_IN),
            entry("GET /api/deputies", SIGNED_IN),
            entry("POST /api/deputies", SIGNED_IN),
            entry("DELETE /api/deputies/{id}", SIGNED_IN),
            entry("GET /api/medium-term-plans", EnumSet.of(ADMIN)),
            entry("GET /api/medium-term-plans/{id}", EnumSet.of(ADMIN)),
            entry("POST /api/medium-term-plans", EnumSet.of(ADMIN)),
            entry("POST /api/medium-term-plans/preview", EnumSet.of(ADMIN)),
            entry("POST /api/medium-term-plans/import", EnumSet.of(ADMIN)),
            entry("POST /api/medium-term-plans/import/preview", EnumSet.of(ADMIN)),
            entry("GET /api/agencies/{code}/contacts", EnumSet.of(OWN_AGENCY, ADMIN)),
            entry("PUT /api/agencies/{code}/contacts", EnumSet.of(ADMIN)),
            entry("GET /api/notifications", EnumSet.of(ADMIN)),
            entry("POST /api/notifications/{id}/resend", EnumSet.of(ADMIN)),
            entry("GET /api/audit", EnumSet.of(ADMIN)),
            entry("GET /api/audit/types", EnumSet.of(ADMIN)),
            entry("GET /api/backups", EnumSet.of(ADMIN)),
            entry("POST /api/backups", EnumSet.of(ADMIN)),
            entry("GET /api/backups/{name}", EnumSet.of(ADMIN)),
            entry("GET /api/users", EnumSet.of(ADMIN)),
            entry("POST /api/users", EnumSet.of(ADMIN)),
            entry("GET /api/users/{id}", EnumSet.of(ADMIN)),
            entry("PUT /api/users/{id}", EnumSet.of(ADMIN)),
            entry("POST /api/users/{id}/disable", EnumSet.of(ADMIN)),
            entry("POST /api/users/{id}/enable", EnumSet.of(ADMIN)),
            entry("PUT /api/users/{id}/password", EnumSet.of(ADMIN)),
            entry("POST /api/users/{id}/unlock", EnumSet.of(ADMIN)));

    /** Who may open each page and post each form. */
    private static final Map<String, Set<Caller>> PAGES = Map.ofEntries(
            entry("GET /login", EVERYONE),
            entry("GET /public", EVERYONE),
            entry("GET /public/{year}", EVERYONE),
            entry("GET /public/{year}/plan-book", EVERYONE),
            entry("GET /public/{year}/performance-report", EVERYONE),
            entry("GET /", SIGNED_IN),
            entry("GET /tasks", SIGNED_IN),
            entry("GET /tasks/{taskId}", SIGNED_IN),
            entry("GET /deputies", SIGNED_IN),
            entry("POST /deputies", SIGNED_IN),
            entry("POST /deputies/{id}/cancel", SIGNED_IN),
            entry("GET " + AGENCY_PAGES + "/plan", READERS),
            entry("POST " + AGENCY_PAGES + "/plan", OWN),
            entry("GET " + AGENCY_PAGES + "/plan/import", OWN),
            entry("POST " + AGENCY_PAGES + "/plan/import", OWN),
            entry("POST " + AGENCY_PAGES + "/plan/import/confirm", OWN),
            entry("GET " + AGENCY_PAGES + "/plan/submit", OWN),
            entry("POST " + AGENCY_PAGES + "/plan/submit", OWN),
            entry("GET " + AGENCY_PAGES + "/revision", READERS),
            entry("POST " + AGENCY_PAGES + "/revision", OWN),
            entry("GET " + AGENCY_PAGES + "/revision/submit", OWN),
            entry("POST " + AGENCY_PAGES + "/revision/submit", OWN),
            entry("GET " + AGENCY_PAGES + "/sign-off", OWN),
            entry("POST " + AGENCY_PAGES + "/sign-off", EnumSet.noneOf(Caller.class)),
            entry("GET " + AGENCY_PAGES + "/history", READERS),
            entry("GET " + AGENCY_PAGES + "/report", READERS),
            entry("POST " + AGENCY_PAGES + "/report", OWN),
            entry("GET /review", EnumSet.of(REVIEWER)),
            entry("GET " + AGENCY_PAGES + "/review", EnumSet.of(REVIEWER)),
            entry("POST " + AGENCY_PAGES + "/review", EnumSet.of(REVIEWER)),
            entry("GET " + AGENCY_PAGES + "/responses", READERS),
            entry("GET /panel", EnumSet.of(PANEL)),
            entry("GET " + AGENCY_PAGES + "/opinions", EnumSet.of(PANEL)),
            entry("POST " + AGENCY_PAGES + "/opinions", EnumSet.of(PANEL)),
            entry("GET /admin/cycles/{year}/panel", EnumSet.of(ADMIN)),
            entry("POST /admin/cycles/{year}/panel", EnumSet.of(ADMIN)),
            entry("GET " + AGENCY_PAGES + "/evidence", READERS),
            entry("POST " + AGENCY_PAGES + "/evidence", OWN),
            entry("GET " + AGENCY_PAGES + "/evidence/{id}", READERS),
            entry("POST " + AGENCY_PAGES + "/evidence/{id}/delete", OWN),
            entry("GET /agencies/{code}/cycles", READERS),
            entry("GET /cycles/{year}/plan-book", OVERSIGHT),
            entry("GET /cycles/{year}/performance-report", OVERSIGHT),
            entry("GET /approval", EnumSet.of(APPROVER)),
            entry("GET /approval/{year}", EnumSet.of(APPROVER)),
            entry("POST /approval/{year}", EnumSet.of(APPROVER)),
            entry("GET /approval/{year}/summary", EnumSet.of(APPROVER)),
            entry("GET /admin/cycles", EnumSet.of(ADMIN)),
            entry("POST /admin/cycles", EnumSet.of(ADMIN)),
            entry("POST /admin/cycles/check", EnumSet.of(ADMIN)),
            entry("POST /admin/cycles/edit", EnumSet.of(ADMIN)),
            entry("GET /admin/cycles/{year}", EnumSet.of(ADMIN)),
            entry("POST /admin/cycles/{year}/deadline", EnumSet.of(ADMIN)),
            entry("POST /admin/cycles/{year}/consolidation", EnumSet.of(ADMIN)),
            entry("POST /admin/cycles/{year}/publication", EnumSet.of(ADMIN)),
            entry("POST /admin/cycles/{year}/publication/withdraw", EnumSet.of(ADMIN)),
            entry("GET /admin/cycles/{year}/summary", EnumSet.of(ADMIN)),
            entry("GET /admin/cycles/{year}/charts", EnumSet.of(ADMIN)),
            entry("GET /admin/medium-term-plans", EnumSet.of(ADMIN)),
            entry("POST /admin/medium-term-plans/check", EnumSet.of(ADMIN)),
            entry("POST /admin/medium-term-plans/edit", EnumSet.of(ADMIN)),
            entry("POST /admin/medium-term-plans", EnumSet.of(ADMIN)),
            entry("GET /admin/contacts", EnumSet.of(ADMIN)),
            entry("POST /admin/contacts", EnumSet.of(ADMIN)),
            entry("GET /admin/notifications", EnumSet.of(ADMIN)),
            entry("POST /admin/notifications/{id}/resend", EnumSet.of(ADMIN)),
            entry("GET /admin/audit", EnumSet.of(ADMIN)),
            entry("GET /admin/audit/csv", EnumSet.of(ADMIN)),
            entry("GET /admin/users", EnumSet.of(ADMIN)),
            entry("POST /admin/users", EnumSet.of(ADMIN)),
            entry("GET /admin/users/new", EnumSet.of(ADMIN)),
            entry("GET /admin/users/{id}", EnumSet.of(ADMIN)),
            entry("POST /admin/users/{id}", EnumSet.of(ADMIN)),
            entry("POST /admin/users/{id}/disable", EnumSet.of(ADMIN)),
            entry("POST /admin/users/{id}/enable", EnumSet.of(ADMIN)),
            entry("POST /admin/users/{id}/password", EnumSet.of(ADMIN)),
            entry("POST /admin/users/{id}/unlock", EnumSet.of(ADMIN)));

    /**
     * Who reaches the Camunda webapps (security/EngineWebappSignIn): each app's page, their files, their own API; and
     * their password form, which no one reaches: PlanCycle's login page is the one sign-in.
     */
    private static final Map<String, Set<Caller>> WEBAPPS = Map.ofEntries(
            entry("GET /camunda/app/", EnumSet.of(ADMIN)),
            entry("GET /camunda/app/welcome/default/", EnumSet.of(ADMIN)),
            entry("GET /camunda/app/cockpit/default/", EnumSet.of(ADMIN)),
            entry("GET /camunda/app/tasklist/default/", EnumSet.of(ADMIN)),
            entry("GET /camunda/app/admin/default/", EnumSet.of(ADMIN)),
            entry("GET /camunda/app/cockpit/scripts/config.js", EnumSet.of(ADMIN)),
            entry("GET /camunda/lib/deps.js", EnumSet.of(ADMIN)),
            entry("GET /camunda/api/admin/auth/user/default", EnumSet.of(ADMIN)),
            entry("GET /camunda/api/engine/engine/default/task", EnumSet.of(ADMIN)),
            entry("POST /camunda/api/admin/auth/user/default/login/cockpit", EnumSet.noneOf(Caller.class)));

    private static final String COCKPIT = "/camunda/app/cockpit/default/";
    /** The tasks as the webapps' own API lists them. */
    private static final String WEBAPP_TASKS = "/camunda/api/engine/engine/default/task";

    /** What each path variable stands for in the calls. */
    private static final Map<String, String> PATH_VALUES = Map.of("year", String.valueOf(YEAR),
            "code", OWN_AGENCY.user, "stage", "review", "id", "999999", "name", "plancycle-none.zip", "taskId", "none");

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("plancycle-security");
        registry.add("plancycle.data-dir", dir::toString);
    }

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;

    PlanCycleApi api;

    @BeforeAll
    void openCycle() {
        api = new PlanCycleApi(port);
        new CycleSteps(api, YEAR).open(List.of("civil-affairs", "police", "fire"));
        new PanelSteps(api, YEAR).assign(OWN_AGENCY.user, PANEL.user);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    @Test
    void everyEndpointOfTheApiAdmitsExactlyItsCallers() {
        JsonNode paths = api.as("admin").apiDocs().ok().path("paths");
        Set<String> documented = new TreeSet<>();
        paths.fieldNames().forEachRemaining(path -> paths.path(path).fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path)));
        assertThat(documented).as("routes of the API's handlers, each in the OpenAPI document")
                .containsAll(ownRoutes(true));
        assertThat(documented).as("endpoints in the OpenAPI document, each with a line in API")
                .containsExactlyInAnyOrderElementsOf(API.keySet());

        Map<String, Set<Caller>> admitted = new TreeMap<>();
        for (String route : documented) {
            String[] parts = route.split(" ");
            String path = filled(parts[1]);
            for (Caller caller : Caller.values()) {
                PlanCycleApi.User user = caller.user == null ? api.anonymous() : api.as(caller.user);
                Object body = parts[0].equals("GET") ? null : Map.of();
                Response response = user.request(HttpMethod.valueOf(parts[0]), path, body, MediaType.ALL);
                assertThat(response.status()).as(response.call()).isLessThan(500);
                int refusal = caller == ANONYMOUS ? 401 : 403;
                if (response.status() == refusal) {
                    // Refused at the door, by the access rules, before the request's input is even read.
                    assertThat(response.headers().getContentType()).as(response.call())
                            .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
                    assertThat(response.problem(refusal).path("detail").asText()).as(response.call())
                            .isEqualTo(caller == ANONYMOUS ? "Sign in with a PlanCycle user name and password."
                                    : parts[0] + " " + path + " is not open to this user.");
                } else {
                    assertThat(response.status()).as(response.call()).isNotIn(401, 403);
                    admitted.computeIfAbsent(route, r -> EnumSet.noneOf(Caller.class)).add(caller);
                }
            }
            admitted.putIfAbsent(route, EnumSet.noneOf(Caller.class));
        }
        assertThat(admitted).isEqualTo(new TreeMap<>(API));
    }

    @Test
    void everyPageRouteAdmitsExactlyItsCallers() {
        Set<String> routes = ownRoutes(false);
        assertThat(routes).as("page routes, each with a line in PAGES").containsExactlyInAnyOrderElementsOf(PAGES.keySet());

        Map<Caller, PageSession> sessions = new LinkedHashMap<>();
        for (Caller caller : Caller.values()) {
            PageSession session = new PageSession(port);
            sessions.put(caller, caller.user == null ? session : session.signedInAs(caller.user));
        }
        Map<String, Set<Caller>> admitted = new TreeMap<>();
        for (String route : routes) {
            String[] parts = route.split(" ");
            String path = filled(parts[1]);
            for (Caller caller : Caller.values()) {
                PageSession session = sessions.get(caller);
                HttpResponse<String> response = parts[0].equals("GET") ? session.get(path) : session.postEmptyForm(path);
                String call = route + " as " + caller;
                assertThat(response.statusCode()).as(call).isLessThan(500);
                // A form sent without a session goes to the login page too, which says to sign in again (?expired).
                boolean toLogin = response.statusCode() == 302
                        && response.headers().firstValue("Location").orElse("").matches(".*/login(\\?expired)?");
                if (caller == ANONYMOUS && !PAGES.get(route).contains(ANONYMOUS)) {
                    assertThat(toLogin || response.statusCode() == 403).as(call + " is refused").isTrue();
                } else if (response.statusCode() == 403) {
                    assertThat(response.body()).as(call).contains("您沒有權限檢視這個頁面");
                } else {
                    assertThat(toLogin).as(call + " answers without sending to the login").isFalse();
                    admitted.computeIfAbsent(route, r -> EnumSet.noneOf(Caller.class)).add(caller);
                }
            }
            admitted.putIfAbsent(route, EnumSet.noneOf(Caller.class));
        }
        assertThat(admitted).isEqualTo(new TreeMap<>(PAGES));
    }

    @Test
    void anUnknownRouteIsClosedToEveryoneAndTheEngineRestApiIsForAdministrators() {
        for (Caller caller : Caller.values()) {
            PlanCycleApi.User user = caller.user == null ? api.anonymous() : api.as(caller.user);
            assertThat(user.get("/api/not-a-route").status()).as("unknown API route as " + caller)
                    .isEqualTo(caller == ANONYMOUS ? 401 : 403);
            int expected = caller == ANONYMOUS ? 401 : caller == ADMIN ? 200 : 403;
            assertThat(user.get("/engine-rest/task").status()).as("/engine-rest/task as " + caller).isEqualTo(expected);
            assertThat(user.get("/engine-rest/engine").status()).as("/engine-rest/engine as " + caller).isEqualTo(expected);
        }
    }

    @Test
    void anUnknownPageIsNotFoundForASignedInUserAndSendsAnonymousCallersToSignIn() {
        for (Caller caller : Caller.values()) {
            PageSession session = caller.user == null ? new PageSession(port) : new PageSession(port).signedInAs(caller.user);
            for (String path : List.of("/not-a-page", "/cycles/110/agencies/civil-affairs/not-a-page", "/css/none.css")) {
                HttpResponse<String> page = session.get(path);
                String call = "GET " + path + " as " + caller;
                if (caller == ANONYMOUS && !path.startsWith("/css/")) {
                    assertThat(page.statusCode()).as(call).isEqualTo(302);
                    assertThat(page.headers().firstValue("Location")).as(call).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
                } else {
                    assertThat(page.statusCode()).as(call).isEqualTo(404);
                    if (caller != ANONYMOUS) {
                        assertThat(page.body()).as(call).contains("找不到這個頁面", "回到首頁", "action=\"/logout\"");
                    }
                }
            }
            if (caller != ANONYMOUS) {
                // A route that exists stays closed without a line for it: another method of a page, the actuator's index.
                assertThat(session.postEmptyForm("/tasks").statusCode()).as("POST /tasks as " + caller).isEqualTo(403);
                assertThat(session.get("/actuator").statusCode()).as("/actuator as " + caller).isEqualTo(403);
                // Under a guarded area, an unknown address is refused like the area itself.
                assertThat(session.get("/admin/not-a-page").statusCode()).as("/admin/not-a-page as " + caller)
                        .isEqualTo(caller == ADMIN ? 404 : 403);
            }
        }
    }

    @Test
    void theEngineShowsAndLetsWorkATaskOnlyToItsAgency() {
        Task own = draftTask("civil-affairs");
        Task other = draftTask("police");
        assertThat(authorizations(Resources.TASK, own.getId())).extracting(Authorization::getGroupId)
                .containsExactly("civil-affairs");
        assertThat(authorizations(Resources.TASK, own.getId())).extracting(Authorization::getUserId).containsOnlyNulls();

        identityService.setAuthentication("civil-affairs", List.of("civil-affairs"));
        assertThat(taskService.createTaskQuery().list()).extracting(Task::getId).containsExactly(own.getId());
        assertThatThrownBy(() -> taskService.complete(other.getId())).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.setAssignee(other.getId(), "civil-affairs"))
                .isInstanceOf(AuthorizationException.class);
        identityService.clearAuthentication();
        assertThat(taskService.createTaskQuery().taskId(other.getId()).singleResult().getAssignee()).isNull();

        // No grant over every task or every process definition, but the engine administrators' own.
        for (Resource resource : List.of(Resources.TASK, Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE)) {
            assertThat(authorizations(resource, "*")).as(resource.resourceName()).extracting(Authorization::getGroupId)
                    .containsOnly("camunda-admin");
        }
    }

    /**
     * The Camunda webapps are the planning office's, signed in as on the pages: every other caller is refused at the
     * door, someone not signed in is sent to the login page (the webapps' own API answers 401), and the webapps'
     * password form is closed to everyone, the planning office included.
     */
    @Test
    void theCamundaWebappsAdmitExactlyTheirCallers() {
        Map<String, Set<Caller>> admitted = new TreeMap<>();
        for (Caller caller : Caller.values()) {
            PageSession session = new PageSession(port);
            if (caller.user != null) {
                session.signedInAs(caller.user);
            }
            // As a browser does: an app's page first (it signs the user in to the webapps), then their scripts' calls.
            session.get(COCKPIT);
            for (String route : WEBAPPS.keySet()) {
                String[] parts = route.split(" ");
                boolean api = parts[1].startsWith("/camunda/api/");
                String accept = api ? "application/json" : "text/html";
                HttpResponse<String> response = parts[0].equals("GET") ? session.get(parts[1], accept)
                        : session.post(parts[1], Map.of("username", caller.user == null ? "admin" : caller.user,
                        "password", PlanCycleApi.PASSWORD), accept);
                String call = route + " as " + caller;
                String location = response.headers().firstValue("Location").orElse("");
                if (caller == ANONYMOUS) {
                    if (api) {
                        assertThat(response.statusCode()).as(call).isEqualTo(401);
                    } else {
                        assertThat(response.statusCode()).as(call).isEqualTo(302);
                        assertThat(location).as(call).endsWith("/login");
                    }
                } else if (response.statusCode() != 403) {
                    assertThat(response.statusCode()).as(call).isBetween(200, 302);
                    assertThat(location).as(call).doesNotContain("/login");
                    admitted.computeIfAbsent(route, r -> EnumSet.noneOf(Caller.class)).add(caller);
                }
                admitted.putIfAbsent(route, EnumSet.noneOf(Caller.class));
            }
        }
        assertThat(admitted).isEqualTo(new TreeMap<>(WEBAPPS));
    }

    /**
     * Past the door the engine's own authorizations decide: a member of the planning office who is not an engine
     * administrator opens only the webapps the engine grants it (an application grant, as Camunda Admin gives).
     */
    @Test
    void pastTheDoorTheEnginesOwnAuthorizationsDecideWhichWebappOpens() {
        User planner = identityService.newUser("planner");
        planner.setPassword(PlanCycleApi.PASSWORD);
        identityService.saveUser(planner);
        identityService.createMembership("planner", Role.ADMIN.groupId());
        try {
            assertThat(new PageSession(port).signedInAs("planner").get(COCKPIT).statusCode())
                    .as("no grant of the engine's").isEqualTo(403);
            Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setUserId("planner");
            grant.setResource(Resources.APPLICATION);
            grant.setResourceId("cockpit");
            grant.addPermission(Permissions.ACCESS);
            authorizationService.saveAuthorization(grant);
            PageSession granted = new PageSession(port).signedInAs("planner");
            assertThat(granted.get(COCKPIT).statusCode()).as("Cockpit, granted").isEqualTo(200);
            assertThat(granted.get("/camunda/app/admin/default/").statusCode()).as("Admin, not granted").isEqualTo(403);
        } finally {
            identityService.deleteUser("planner");
        }
    }

    /**
     * The webapps keep their own CSRF protection, which refuses a call without their token and ends the session it came
     * in (PlanCycle's, which they share); their "Log out" with the token signs out of PlanCycle, and signing out of
     * PlanCycle signs out of the webapps.
     */
    @Test
    void theWebappsKeepTheirCsrfProtectionAndShareTheSignOut() {
        String logOut = "/camunda/api/admin/auth/user/default/logout";
        PageSession forged = webappsSignedInAsAdmin();
        assertThat(forged.post(logOut, Map.of(), "application/json").statusCode()).as("without the webapps' token")
                .isEqualTo(403);
        assertSignedOutOfBoth(forged);

        PageSession webappLogOut = webappsSignedInAsAdmin();
        assertThat(webappLogOut.post(logOut, Map.of(), "application/json", "X-XSRF-TOKEN",
                webappLogOut.cookie("XSRF-TOKEN").orElseThrow()).statusCode()).isEqualTo(200);
        assertSignedOutOfBoth(webappLogOut);

        PageSession planCycleLogOut = webappsSignedInAsAdmin();
        assertThat(planCycleLogOut.postEmptyForm("/logout").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertSignedOutOfBoth(planCycleLogOut);
    }

    /** The planning office signed in to PlanCycle, with Cockpit open (which sets the webapps' anti-forgery cookie). */
    private PageSession webappsSignedInAsAdmin() {
        PageSession admin = new PageSession(port).signedInAs("admin");
        assertThat(admin.get(COCKPIT).statusCode()).isEqualTo(200);
        assertThat(admin.get(WEBAPP_TASKS, "application/json").statusCode()).isEqualTo(200);
        return admin;
    }

    private static void assertSignedOutOfBoth(PageSession session) {
        assertThat(session.get("/tasks").headers().firstValue("Location")).as("signed out of PlanCycle")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(session.get(WEBAPP_TASKS, "application/json").statusCode()).as("signed out of the webapps")
                .isEqualTo(401);
        assertThat(session.get(COCKPIT).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void repeatedWrongPasswordsSlowDownAndThenLockTheUser() {
        PlanCycleApi.User right = api.as("fire");
        PlanCycleApi.User wrong = api.as("fire", "guess");
        Instant now = Instant.now();
        ClockUtil.setCurrentTime(Date.from(now));
        assertThat(wrong.tasks().status()).isEqualTo(401);
        assertThat(right.tasks().status()).as("the right password at once after a wrong one").isEqualTo(401);
        ClockUtil.setCurrentTime(Date.from(now.plusSeconds(4)));
        assertThat(right.tasks().status()).as("the right password once the delay is over").isEqualTo(200);

        // Ten wrong passwords in a row, however patiently spaced, lock the user until an administrator unlocks it.
        for (int attempt = 1; attempt <= 10; attempt++) {
            now = now.plus(Duration.ofMinutes(2));
            ClockUtil.setCurrentTime(Date.from(now));
            assertThat(wrong.tasks().status()).isEqualTo(401);
        }
        ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofDays(1))));
        assertThat(right.tasks().status()).as("a locked user, a day later").isEqualTo(401);
        assertThat(new PageSession(port).signIn("fire", PlanCycleApi.PASSWORD).headers().firstValue("Location"))
                .as("the login page refuses the locked user too").hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(api.as("admin").post("/engine-rest/user/fire/unlock", null).status()).isEqualTo(204);
        assertThat(right.tasks().status()).isEqualTo(200);
    }

    @Test
    void signingInGivesANewSessionAndFormsNeedTheirToken() {
        PageSession browser = new PageSession(port);
        browser.get("/login");
        String before = browser.sessionId().orElseThrow();
        browser.signedInAs("admin");
        String after = browser.sessionId().orElseThrow();
        assertThat(after).isNotEqualTo(before);

        PageSession planted = new PageSession(port);
        planted.useSessionId(before);
        assertThat(planted.get("/tasks").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        JsonNode contacts = api.as("admin").get("/api/agencies/police/contacts").ok();
        HttpResponse<String> forged = browser.post("/admin/contacts", Map.of("agency", "police"));
        assertThat(forged.statusCode()).as("a form posted without the session's token").isEqualTo(403);
        assertThat(api.as("admin").get("/api/agencies/police/contacts").ok()).isEqualTo(contacts);
    }

    @Test
    void pagesAndTheApiSendSecurityHeaders() {
        HttpResponse<String> page = new PageSession(port).signedInAs("civil-affairs").get("/tasks");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().allValues("Cache-Control")).anySatisfy(v -> assertThat(v).contains("no-store"));

        Response refused = api.as("police").plan(YEAR, "civil-affairs");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(refused.headers().getCacheControl()).contains("no-store");
        assertThat(refused.problem(403).path("detail").asText()).contains("/api/cycles/110/agencies/civil-affairs/plan");
    }

    @Test
    void theApiBrowserIsForSignedInUsersAndTheDescriptionOtherwiseNeedsHttpBasic() {
        PageSession anonymous = new PageSession(port);
        for (String path : List.of("/swagger-ui.html", "/swagger-ui/index.html")) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse("")).as(path).endsWith("/login");
        }
        api.anonymous().apiDocs().expect(401);
        api.anonymous().get("/v3/api-docs/swagger-config").expect(401);

        PageSession developer = new PageSession(port).signedInAs("civil-affairs");
        HttpResponse<String> browser = developer.get("/swagger-ui/index.html");
        assertThat(browser.statusCode()).isEqualTo(200);
        assertThat(browser.body()).contains("swagger-ui");
        assertThat(developer.get("/v3/api-docs/swagger-config", "application/json").body()).contains("/v3/api-docs");
        HttpResponse<String> description = developer.get("/v3/api-docs", "application/json");
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.body()).contains("\"title\":\"PlanCycle API\"");
    }

    /** The routes of PlanCycle's own controllers: the API's ({@code api}) or the pages'. */
    private Set<String> ownRoutes(boolean api) {
        Set<String> routes = new TreeSet<>();
        handlers.getHandlerMethods().forEach((RequestMappingInfo info, org.springframework.web.method.HandlerMethod handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("io.plancycle")) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") == api) {
                    info.getMethodsCondition().getMethods().forEach(m -> routes.add(m.name() + " " + pattern));
                }
            }
        });
        return routes;
    }

    private static String filled(String pattern) {
        String path = pattern;
        for (Map.Entry<String, String> value : PATH_VALUES.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        assertThat(path).as("every path variable of " + pattern + " has a value").doesNotContain("{");
        return path;
    }

    private Task draftTask(String agency) {
        return taskService.createTaskQuery().taskDefinitionKey("Task_DraftPlan")
                .processVariableValueEquals("agencyCode", agency).singleResult();
    }

    private List<Authorization> authorizations(Resource resource, String resourceId) {
        return authorizationService.createAuthorizationQuery().resourceType(resource).resourceId(resourceId).list();
    }
}
