package io.plancycle.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Nothing answers without a signed-in user but the login page, static assets, the health check and the Camunda
 * webapps' own login (they authenticate against the same identity store). The REST API and the engine's REST API
 * take HTTP Basic and keep no session; the engine's is for administrators only. Pages use a form login with a
 * session and CSRF protection.
 */
@Configuration
class SecurityConfig {

    static final String LOGIN_PAGE = "/login";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, IdentityAuthenticationProvider identity) throws Exception {
        // Path matchers, not MVC ones: /engine-rest is served by the engine's own JAX-RS servlet.
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(path.matcher("/api/**"), path.matcher("/engine-rest/**"),
                        path.matcher("/v3/api-docs/**")))
                .authenticationProvider(identity)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path.matcher("/engine-rest/**")).hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("PlanCycle"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, IdentityAuthenticationProvider identity) throws Exception {
        http.authenticationProvider(identity)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(LOGIN_PAGE, "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**")).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN_PAGE).defaultSuccessUrl("/", true).permitAll())
                .logout(logout -> logout.logoutSuccessUrl(LOGIN_PAGE + "?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**")));
        return http.build();
    }
}
