package io.plancycle.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One line of the access table: a route (method and path pattern) and who may call it. "The agency itself" is
 * whoever belongs to the agency whose code is the route's {code}; "its head", a user of it who is its head (主管), or
 * a deputy acting for one today.
 */
record AccessRule(HttpMethod method, String pattern, Set<Who> who)
        implements AuthorizationManager<RequestAuthorizationContext> {

    /** PANEL: a member of the review panel at the door; the service admits only the members assigned to the agency. */
    enum Who { SIGNED_IN, OWN_AGENCY, OWN_HEAD, REVIEWER, ADMIN, APPROVER, PANEL }

    /** A route and who may call it; a null method stands for every method. */
    static AccessRule rule(HttpMethod method, String pattern, Who... who) {
        return new AccessRule(method, pattern, EnumSet.copyOf(Arrays.asList(who)));
    }

    RequestMatcher matcher() {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    @Override
    @SuppressWarnings("deprecation") // check(…) is still the method a rule implements in Spring Security 6.5
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext request) {
        return new AuthorizationDecision(authentication.get() != null
                && authentication.get().getPrincipal() instanceof PlanCycleUser user
                && who.stream().anyMatch(w -> allows(w, user, request.getVariables().get("code"))));
    }

    private static boolean allows(Who who, PlanCycleUser user, String agencyCode) {
        return switch (who) {
            case SIGNED_IN -> true;
            case OWN_AGENCY -> user.belongsTo(agencyCode);
            case OWN_HEAD -> user.heads(agencyCode);
            case REVIEWER -> user.has(Role.REVIEWER);
            case ADMIN -> user.has(Role.ADMIN);
            case APPROVER -> user.has(Role.APPROVER);
            case PANEL -> user.has(Role.PANEL);
        };
    }
}
