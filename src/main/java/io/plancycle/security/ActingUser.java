package io.plancycle.security;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Runs work as a user of the identity store, signed in as the login page would sign them in (same principal, roles and
 * groups), so that the services check their rules on it as on any request: for work PlanCycle does on a user's behalf
 * outside a request, such as the demo cycle on the first start. The calling thread's sign-in is restored afterwards.
 */
@Component
public class ActingUser {

    private final IdentityAuthenticationProvider identities;

    ActingUser(IdentityAuthenticationProvider identities) {
        this.identities = identities;
    }

    public <T> T as(String userId, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(identities.authenticated(userId));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
