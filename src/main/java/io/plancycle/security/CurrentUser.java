package io.plancycle.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one home of PlanCycle's access rules: who may read and who may change an agency's work.
 * Services call it before touching a plan, so a direct API call cannot get around the process.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static PlanCycleUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PlanCycleUser user) {
            return user;
        }
        throw new AccessDeniedException("not signed in");
    }

    /** The id recorded as the author of a change: the signed-in user, or the engine itself for timers and jobs. */
    public static String idOrSystem() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PlanCycleUser user ? user.id() : "system";
    }

    /** The users the signed-in deputy acts for ({@link PlanCycleUser#onBehalfOf()}); null when none, or no one is signed in. */
    public static String onBehalfOfOrNone() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PlanCycleUser user ? user.onBehalfOf() : null;
    }

    /** The evaluation team, administrators and approvers read every agency's work; an agency reads only its own. */
    public static void requireRead(String agencyCode) {
        PlanCycleUser user = get();
        if (!(user.belongsTo(agencyCode) || user.overseesEveryAgency())) {
            throw new AccessDeniedException("agency " + agencyCode + " is not yours");
        }
    }

    /** What every agency's work shows at once is for the evaluation team, administrators and approvers only. */
    public static PlanCycleUser requireOversight(String refusal) {
        PlanCycleUser user = get();
        if (!user.overseesEveryAgency()) {
            throw new AccessDeniedException(refusal);
        }
        return user;
    }

    /** Only the agency itself changes its plan, actuals and revisions. */
    public static void requireAgency(String agencyCode) {
        if (!get().belongsTo(agencyCode)) {
            throw new AccessDeniedException("only " + agencyCode + " may change its own work");
        }
    }

    public static void require(Role role) {
        if (!get().has(role)) {
            throw new AccessDeniedException("needs role " + role);
        }
    }
}
