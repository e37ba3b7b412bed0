package io.plancycle.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A session whose user the planning office disabled since they signed in ends at their next request: the pages and
 * the Camunda webapps they share it with send them to the login page, which says the account is disabled. (The API
 * signs in on every call and is refused there.)
 */
final class DisabledSessions extends OncePerRequestFilter {

    private final UserAccounts accounts;

    DisabledSessions(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof PlanCycleUser user
                && accounts.of(user.id()).isDisabled()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + SecurityConfig.LOGIN_PAGE + "?disabled");
            return;
        }
        chain.doFilter(request, response);
    }
}
