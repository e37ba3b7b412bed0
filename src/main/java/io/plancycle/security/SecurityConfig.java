package io.plancycle.security;

import io.plancycle.security.AccessRule.Who;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.plancycle.security.AccessRule.Who.ADMIN;
import static io.plancycle.security.AccessRule.Who.APPROVER;
import static io.plancycle.security.AccessRule.Who.OWN_AGENCY;
import static io.plancycle.security.AccessRule.Who.OWN_HEAD;
import static io.plancycle.security.AccessRule.Who.PANEL;
import static io.plancycle.security.AccessRule.Who.REVIEWER;
import static io.plancycle.security.AccessRule.Who.SIGNED_IN;
import static io.plancycle.security.AccessRule.rule;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * Who may call what, in one table per filter chain. A route that is not in a table is refused to everyone, so a new
 * endpoint stays closed until it is given a rule here (SecurityIT fails until it is given one there too); an address
 * that is no route at all answers a signed-in user the 404 page ({@link UnknownPages}). The services check the same
 * rules again on the data itself ({@link CurrentUser}).
 * <p>
 * Nothing answers without a signed-in user but the login page, static assets, the health check and the public page.
 * The REST API and the engine's REST API take HTTP Basic and keep no session; pages use a form login with a session
 * and CSRF protection. The Camunda webapps are the planning office's and share the pages' sign-in
 * ({@link EngineWebappSignIn}): their own password form is closed, anyone else is refused at the door, and the
 * webapps' own API answers no one who is not signed in (401).
 */
@Configuration
class SecurityConfig {

    static final String LOGIN_PAGE = "/login";
    /** Where the Camunda webapps live: each app's page under /app, their own API under /api. */
    static final String WEBAPPS = "/camunda";

    private static final Who[] OVERSIGHT = {REVIEWER, ADMIN, APPROVER};
    private static final Who[] READERS = {OWN_AGENCY, REVIEWER, ADMIN, APPROVER};

    private static final String AGENCY_API = "/api/cycles/{year}/agencies/{code}";
    private static final String AGENCY_PAGES = "/cycles/{year}/agencies/{code}";

    /** The REST API: an agency's routes carry its code, and only that agency may change what is under it. */
    static final List<AccessRule> API = List.of(
            rule(GET, "/api/cycles", SIGNED_IN),
            rule(POST, "/api/cycles", ADMIN),
            rule(GET, "/api/cycles/{year}", OVERSIGHT),
            rule(POST, "/api/cycles/{year}/consolidation", ADMIN),
            rule(POST, "/api/cycles/{year}/approval", APPROVER),
            rule(PUT, "/api/cycles/{year}/calendar/{stage}", ADMIN),
            rule(GET, "/api/cycles/{year}/calendar/changes", ADMIN),
            rule(GET, "/api/cycles/{year}/revision-summary", SIGNED_IN),
            rule(GET, "/api/cycles/{year}/plan-book", OVERSIGHT),
            rule(GET, "/api/cycles/{year}/performance-report", OVERSIGHT),
            rule(PUT, "/api/cycles/{year}/publication", ADMIN),
            rule(DELETE, "/api/cycles/{year}/publication", ADMIN),
            rule(GET, AGENCY_API + "/plan", READERS),
            rule(PUT, AGENCY_API + "/plan", OWN_AGENCY),
            rule(GET, AGENCY_API + "/plan/changes", READERS),
            rule(POST, AGENCY_API + "/plan/import/preview", OWN_AGENCY),
            rule(POST, AGENCY_API + "/plan/import", OWN_AGENCY),
            rule(POST, AGENCY_API + "/submission", OWN_AGENCY),
            rule(POST, AGENCY_API + "/sign-off", OWN_HEAD),
            rule(GET, AGENCY_API + "/sign-offs", READERS),
            rule(GET, AGENCY_API + "/reviews", READERS),
            rule(POST, AGENCY_API + "/review", REVIEWER),
            rule(GET, AGENCY_API + "/review-sheet", REVIEWER),
            rule(GET, AGENCY_API + "/revisions", READERS),
            rule(POST, AGENCY_API + "/revisions", OWN_AGENCY),
            rule(POST, AGENCY_API + "/report", OWN_AGENCY),
            rule(GET, AGENCY_API + "/performance-report", READERS),
            rule(GET, AGENCY_API + "/review-responses", READERS),
            rule(GET, "/api/cycles/{year}/panel", ADMIN),
            rule(PUT, "/api/cycles/{year}/panel", ADMIN),
            rule(GET, "/api/panel", PANEL),
            rule(GET, AGENCY_API + "/opinions/mine", PANEL),
            rule(PUT, AGENCY_API + "/opinions/mine", PANEL),
            rule(GET, AGENCY_API + "/opinions", REVIEWER),
            rule(GET, AGENCY_API + "/evidence", READERS),
            rule(POST, AGENCY_API + "/evidence", OWN_AGENCY),
            rule(GET, AGENCY_API + "/evidence/{id}", READERS),
            rule(DELETE, AGENCY_API + "/evidence/{id}", OWN_AGENCY),
            rule(GET, "/api/tasks", SIGNED_IN),
            rule(GET, "/api/medium-term-plans", ADMIN),
            rule(GET, "/api/medium-term-plans/{id}", ADMIN),
            rule(POST, "/api/medium-term-plans", ADMIN),
            rule(POST, "/api/medium-term-plans/preview", ADMIN),
            rule(POST, "/api/medium-term-plans/import", ADMIN),
            rule(POST, "/api/medium-term-plans/import/preview", ADMIN),
            rule(GET, "/api/agencies/{code}/contacts", OWN_AGENCY, ADMIN),
            rule(PUT, "/api/agencies/{code}/contacts", ADMIN),
            rule(GET, "/api/notifications", ADMIN),
            rule(POST, "/api/notifications/{id}/resend", ADMIN),
            rule(GET, "/api/audit", ADMIN),
            rule(GET, "/api/audit/types", ADMIN),
            rule(GET, "/api/backups", ADMIN),
            rule(POST, "/api/backups", ADMIN),
            rule(GET, "/api/backups/{name}", ADMIN),
            rule(GET, "/api/deputies", SIGNED_IN),
            rule(POST, "/api/deputies", SIGNED_IN),
            rule(DELETE, "/api/deputies/{id}", SIGNED_IN),
            rule(GET, "/api/users", ADMIN),
            rule(POST, "/api/users", ADMIN),
            rule(GET, "/api/users/{id}", ADMIN),
            rule(PUT, "/api/users/{id}", ADMIN),
            rule(POST, "/api/users/{id}/disable", ADMIN),
            rule(POST, "/api/users/{id}/enable", ADMIN),
            rule(PUT, "/api/users/{id}/password", ADMIN),
            rule(POST, "/api/users/{id}/unlock", ADMIN),
            rule(GET, "/v3/api-docs", SIGNED_IN),
            rule(null, "/engine-rest/**", ADMIN));

    /** The pages: an agency works on its own plan; the others read it. */
    static final List<AccessRule> PAGES = List.of(
            rule(GET, "/", SIGNED_IN),
            rule(GET, "/tasks", SIGNED_IN),
            rule(GET, "/tasks/{taskId}", SIGNED_IN),
            rule(null, "/deputies", SIGNED_IN),
            rule(POST, "/deputies/{id}/cancel", SIGNED_IN),
            rule(GET, AGENCY_PAGES + "/plan", READERS),
            rule(POST, AGENCY_PAGES + "/plan", OWN_AGENCY),
            rule(null, AGENCY_PAGES + "/plan/import", OWN_AGENCY),
            rule(POST, AGENCY_PAGES + "/plan/import/confirm", OWN_AGENCY),
            rule(GET, AGENCY_PAGES + "/revision", READERS),
            rule(POST, AGENCY_PAGES + "/revision", OWN_AGENCY),
            rule(null, AGENCY_PAGES + "/plan/submit", OWN_AGENCY),
            rule(null, AGENCY_PAGES + "/revision/submit", OWN_AGENCY),
            rule(GET, AGENCY_PAGES + "/sign-off", OWN_AGENCY),
            rule(POST, AGENCY_PAGES + "/sign-off", OWN_HEAD),
            rule(GET, AGENCY_PAGES + "/history", READERS),
            rule(GET, AGENCY_PAGES + "/report", READERS),
            rule(POST, AGENCY_PAGES + "/report", OWN_AGENCY),
            rule(GET, "/review", REVIEWER),
            rule(null, AGENCY_PAGES + "/review", REVIEWER),
            rule(GET, AGENCY_PAGES + "/responses", READERS),
            rule(GET, "/panel", PANEL),
            rule(null, AGENCY_PAGES + "/opinions", PANEL),
            rule(GET, AGENCY_PAGES + "/evidence", READERS),
            rule(POST, AGENCY_PAGES + "/evidence", OWN_AGENCY),
            rule(GET, AGENCY_PAGES + "/evidence/{id}", READERS),
            rule(POST, AGENCY_PAGES + "/evidence/{id}/delete", OWN_AGENCY),
            rule(GET, "/agencies/{code}/cycles", READERS),
            rule(GET, "/cycles/{year}/plan-book", OVERSIGHT),
            rule(GET, "/cycles/{year}/performance-report", OVERSIGHT),
            rule(null, "/approval/**", APPROVER),
            rule(null, "/admin/**", ADMIN),
            rule(GET, "/swagger-ui.html", SIGNED_IN),
            rule(GET, "/swagger-ui/**", SIGNED_IN),
            rule(GET, "/v3/api-docs/**", SIGNED_IN),
            rule(null, WEBAPPS + "/**", ADMIN));

    /**
     * Pages may run only PlanCycle's own scripts and styles, and no other site may frame them. (The Camunda webapps
     * under /camunda send a policy of their own.)
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final PathPatternRequestMatcher.Builder PATH = PathPatternRequestMatcher.withDefaults();

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, IdentityAuthenticationProvider identity,
                            ObjectProvider<DirectorySignIn> directory, ProblemResponses problems,
                            RememberedSignIns rememberedSignIns) throws Exception {
        // Path matchers, not MVC ones: /engine-rest is served by the engine's own JAX-RS servlet. The API description
        // is read with HTTP Basic like the API, except by the API browser (Swagger UI) of a signed-in page session.
        RequestMatcher apiDocsWithoutSession = new AndRequestMatcher(PATH.matcher("/v3/api-docs/**"),
                request -> request.getRequestedSessionId() == null);
        List<AuthenticationProvider> signIns = new ArrayList<>(List.of(identity));
        directory.ifAvailable(signIns::add);
        http.authenticationManager(rememberedSignIns.around(new ProviderManager(signIns)));
        http.securityMatcher(new OrRequestMatcher(PATH.matcher("/api/**"), PATH.matcher("/engine-rest/**"),
                        apiDocsWithoutSession))
                .authorizeHttpRequests(auth -> {
                    API.forEach(rule -> auth.requestMatchers(rule.matcher()).access(rule));
                    auth.anyRequest().denyAll();
                })
                .httpBasic(basic -> basic.realmName("PlanCycle").authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, IdentityAuthenticationProvider identity,
                              ObjectProvider<DirectorySignIn> directory, UserAccounts accounts,
                              HandlerMappingIntrospector handlers) throws Exception {
        RequestMatcher webapps = PATH.matcher(WEBAPPS + "/**");
        SignInAgain signInAgain = new SignInAgain();
        http.authenticationProvider(identity.withNames());
        directory.ifAvailable(http::authenticationProvider);
        http.addFilterAfter(new DisabledSessions(accounts), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(LOGIN_PAGE, "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
                            "/favicon.ico", "/actuator/health", "/actuator/health/**").permitAll();
                    // The webapps' own password form: PlanCycle's login page is the one way to sign in.
                    auth.requestMatchers(PATH.matcher(POST, WEBAPPS + "/api/admin/auth/user/*/login/**")).denyAll();
                    // The public page of the years the planning office published (io.plancycle.report.PublicPages).
                    auth.requestMatchers(PATH.matcher(GET, "/public"), PATH.matcher(GET, "/public/**")).permitAll();
                    PAGES.forEach(rule -> auth.requestMatchers(rule.matcher()).access(rule));
                    auth.anyRequest().access(new UnknownPages(handlers));
                })
                .formLogin(form -> form.loginPage(LOGIN_PAGE).successHandler(signInAgain).failureHandler(signInRefused())
                        .permitAll())
                .exceptionHandling(errors -> errors.accessDeniedHandler(signInAgain)
                        .authenticationEntryPoint(signInFirst()))
                .logout(logout -> logout.logoutSuccessUrl(LOGIN_PAGE + "?logout"))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(webapps),
                                new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY))))
                // The webapps send and check a CSRF token of their own (X-XSRF-TOKEN).
                .csrf(csrf -> csrf.ignoringRequestMatchers(webapps));
        return http.build();
    }

    /** A wrong name or password: the login page says so; a disabled account: the page says that instead. */
    private static AuthenticationFailureHandler signInRefused() {
        ExceptionMappingAuthenticationFailureHandler refused = new ExceptionMappingAuthenticationFailureHandler();
        refused.setDefaultFailureUrl(LOGIN_PAGE + "?error");
        refused.setExceptionMappings(Map.of(DisabledException.class.getName(), LOGIN_PAGE + "?disabled"));
        return refused;
    }

    /**
     * Someone not signed in is sent to the login page and brought back after signing in; the webapps' own API, called
     * by their scripts, answers 401 instead, and the webapp then loads its page again, which goes the same way.
     */
    private static AuthenticationEntryPoint signInFirst() {
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
        entryPoints.put(PATH.matcher(WEBAPPS + "/api/**"), new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE));
        return entryPoint;
    }
}
