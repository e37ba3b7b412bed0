package io.plancycle.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;

import java.io.IOException;

/**
 * A page's form sent after the session ended (or with a token no longer valid) is not an attack to refuse with
 * "you may not open this page": the person is asked to sign in again and brought back to the page, where the page's
 * script puts back what was typed (it kept it in the tab before sending; {@code typed.js}).
 * <p>
 * Why this way: the form cannot be replayed after sign-in (its token belonged to the ended session, and a replayed
 * POST would act without the person seeing it again), and the server keeps nothing for a session that is gone. The
 * browser tab still has the text, so the tab keeps it ({@code sessionStorage}, per page and user, never sent anywhere)
 * and the server only has to lead the person back: to the page's own address with {@code ?restore}, which the page's
 * GET shows. A GET of a page after the session ended already comes back through Spring Security's saved request.
 */
final class SignInAgain implements AccessDeniedHandler, AuthenticationSuccessHandler {

    /** Where to go after signing in, kept in the new session that the sign-in carries over. */
    static final String RETURN_TO = SignInAgain.class.getName() + ".returnTo";
    private static final String PAGES = "/cycles/";

    private final AccessDeniedHandler refuse = new AccessDeniedHandlerImpl();
    private final SavedRequestAwareAuthenticationSuccessHandler savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();

    SignInAgain() {
        savedRequest.setDefaultTargetUrl("/");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (!(denied instanceof CsrfException)) {
            refuse.handle(request, response, denied);
            return;
        }
        String page = request.getServletPath();
        String back = page.startsWith(PAGES) ? request.getContextPath() + page + "?restore" : null;
        if (signedIn()) {
            if (back == null) {
                refuse.handle(request, response, denied);
            } else {
                // The session lives on but the token is stale (signed out and in again in another tab): back to the page.
                response.sendRedirect(back);
            }
            return;
        }
        HttpSession session = request.getSession(true);
        if (back != null) {
            session.setAttribute(RETURN_TO, back);
        }
        response.sendRedirect(request.getContextPath() + SecurityConfig.LOGIN_PAGE + "?expired");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Object back = session == null ? null : session.getAttribute(RETURN_TO);
        if (back instanceof String url) {
            session.removeAttribute(RETURN_TO);
            response.sendRedirect(url);
        } else {
            savedRequest.onAuthenticationSuccess(request, response, authentication);
        }
    }

    private static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
