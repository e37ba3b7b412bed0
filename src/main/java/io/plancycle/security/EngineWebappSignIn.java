package io.plancycle.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;

import java.util.Map;

/**
 * The Camunda webapps (Cockpit, Tasklist, Admin under {@value SecurityConfig#WEBAPPS}) take PlanCycle's sign-in: the
 * webapps' container-based authentication ({@link ContainerBasedAuthenticationFilter}) is given the user that Spring
 * Security's session put on the request, with the same engine groups, and the engine's own authorizations decide
 * what each webapp shows. The webapps keep their CSRF protection; their password form is closed
 * ({@link SecurityConfig}), and their "Log out" signs out of PlanCycle ({@link WebappSignOut}).
 * <p>
 * The one class that knows the engine's webapp classes: with Operaton only its imports change
 * ({@code org.operaton.bpm…}). Why this way: {@code docs/adr/0011-webapps-share-the-sign-in.md}.
 */
@Configuration
class EngineWebappSignIn {

    /** After Spring Security's filters (the door and the session), before the webapps' own. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSignIn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("PlanCycle sign-in for the engine webapps");
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SignedInUser.class.getName()));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns(SecurityConfig.WEBAPPS + "/app/*", SecurityConfig.WEBAPPS + "/api/*");
        return registration;
    }

    /** A successful "Log out" in a webapp ends the PlanCycle session it was signed in with. */
    @Bean
    FilterRegistrationBean<WebappSignOut> webappSignOut() {
        FilterRegistrationBean<WebappSignOut> registration = new FilterRegistrationBean<>(new WebappSignOut());
        registration.setName("PlanCycle sign-out from the engine webapps");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns(SecurityConfig.WEBAPPS + WebappSignOut.SIGN_OUT_AREA);
        return registration;
    }

    /**
     * The PlanCycle user signed in on the request (Spring Security's principal, a {@link PlanCycleUser}): its id and
     * the engine groups it was signed in with. Anyone else is nobody to the webapps (the door turned them away first).
     * Made by the filter from its class name, hence public with a public constructor.
     */
    public static final class SignedInUser implements AuthenticationProvider {

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            if (request.getUserPrincipal() instanceof Authentication signedIn
                    && signedIn.getPrincipal() instanceof PlanCycleUser user) {
                AuthenticationResult result = AuthenticationResult.successful(user.id());
                result.setGroups(user.groupIds());
                return result;
            }
            return AuthenticationResult.unsuccessful();
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            // No challenge: PlanCycle's login page is the one way to sign in.
        }
    }
}
