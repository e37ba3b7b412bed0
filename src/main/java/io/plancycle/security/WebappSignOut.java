package io.plancycle.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * "Log out" in a Camunda webapp signs out of PlanCycle too: one sign-in, one sign-out. The webapps' own sign-out
 * call ({@code POST …/api/admin/auth/user/{engine}/logout}) runs first, with the webapps' CSRF check; once it
 * succeeded, the session it ran in (PlanCycle's, which the webapps share) ends. Otherwise the webapps would sign the
 * person in again at once from the PlanCycle session that is still there.
 */
final class WebappSignOut extends OncePerRequestFilter {

    /** Where, under the webapps' path, their sign-in and sign-out calls live (a servlet URL pattern). */
    static final String SIGN_OUT_AREA = "/api/admin/auth/user/*";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/logout"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        HttpSession session = request.getSession(false);
        if (response.getStatus() < HttpServletResponse.SC_BAD_REQUEST && session != null) {
            SecurityContextHolder.clearContext();
            session.invalidate();
        }
    }
}
