package io.plancycle.audit;

import io.plancycle.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is changing something, and from where, on the calling thread.
 * <ul>
 *   <li>user: the user signed in to PlanCycle ({@link CurrentUser#idOrSystem()}); failing that, the user signed in to
 *       the Camunda webapps (Cockpit, Tasklist, Admin sign in against the same identity store through their own
 *       filter, not through Spring Security); failing both, {@value AuditRevision#SYSTEM}: a timer, a job, start-up.</li>
 *   <li>address: the remote address of the HTTP request being served, exactly as the servlet container reports it
 *       ({@code getRemoteAddr()}; no forwarding header is believed, since a client can write any it likes);
 *       {@value AuditRevision#SYSTEM} when no request is being served.</li>
 * </ul>
 */
final class RequestOrigin {

    private RequestOrigin() {
    }

    static String user() {
        String user = CurrentUser.idOrSystem();
        if (!AuditRevision.SYSTEM.equals(user)) {
            return user;
        }
        Authentications webapp = Authentications.getCurrent();
        if (webapp != null) {
            for (UserAuthentication authentication : webapp.getAuthentications()) {
                if (authentication.getIdentityId() != null) {
                    return authentication.getIdentityId();
                }
            }
        }
        return AuditRevision.SYSTEM;
    }

    /** The users a deputy signed in to PlanCycle acts for (ids separated by commas); null for none. */
    static String onBehalfOf() {
        return CurrentUser.onBehalfOfOrNone();
    }

    static String address() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            String address = request.getRemoteAddr();
            if (address != null && !address.isBlank()) {
                return address;
            }
        }
        return AuditRevision.SYSTEM;
    }
}
