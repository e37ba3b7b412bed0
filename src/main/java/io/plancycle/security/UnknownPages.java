package io.plancycle.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The last line of the pages' access table: a request no line matched. If no handler serves it (no controller, no
 * endpoint: at most a static file that is not there), a signed-in user may go on and get the 404 page with the
 * navigation; a route that exists without a line of its own stays refused to everyone, and an anonymous caller is
 * sent to sign in.
 */
final class UnknownPages implements AuthorizationManager<RequestAuthorizationContext> {

    private final HandlerMappingIntrospector handlers;

    UnknownPages(HandlerMappingIntrospector handlers) {
        this.handlers = handlers;
    }

    @Override
    @SuppressWarnings("deprecation") // check(…) is still the method a rule implements in Spring Security 6.5
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        return new AuthorizationDecision(authentication.get() != null
                && authentication.get().getPrincipal() instanceof PlanCycleUser
                && !served(context.getRequest()));
    }

    /** Whether a handler other than the static files' would take the request (or refuses its method: a route there). */
    private boolean served(HttpServletRequest request) {
        HttpServletRequest probe = new Probe(request);
        ServletRequestPathUtils.parseAndCache(probe);
        for (HandlerMapping mapping : handlers.getHandlerMappings()) {
            try {
                HandlerExecutionChain chain = mapping.getHandler(probe);
                if (chain != null) {
                    return !(chain.getHandler() instanceof ResourceHttpRequestHandler);
                }
            } catch (Exception routeForAnotherMethod) {
                return true;
            }
        }
        return false;
    }

    /** The request as the handler mappings see it, whose attributes they set are kept apart from the real request's. */
    private static final class Probe extends HttpServletRequestWrapper {

        private final Map<String, Object> attributes = new HashMap<>();
        private final Set<String> removed = new HashSet<>();

        Probe(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            if (attributes.containsKey(name)) {
                return attributes.get(name);
            }
            return removed.contains(name) ? null : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
            removed.remove(name);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
            removed.add(name);
        }
    }
}
