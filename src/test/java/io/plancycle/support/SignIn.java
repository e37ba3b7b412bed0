package io.plancycle.support;

import io.plancycle.security.PlanCycleUser;
import io.plancycle.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Set;

/**
 * Puts a PlanCycle user into the Spring Security context of the calling thread, as the HTTP sign-in would
 * ({@code IdentityAuthenticationProvider}): the same principal, roles as {@code ROLE_*} authorities and the
 * engine groups that make tasks the user's. For service-level tests; call {@link #clear()} after each test.
 */
public final class SignIn {

    private SignIn() {
    }

    /** A user of the planning office, the evaluation team or the approvers: member of that role's group. */
    public static PlanCycleUser as(String userId, Role role) {
        if (role == Role.AGENCY) {
            throw new IllegalArgumentException("an agency user belongs to an agency: use asAgency(code)");
        }
        return signIn(new PlanCycleUser(userId, userId, Set.of(role), null, null, List.of(role.groupId())));
    }

    /** The demo user of an agency: its id and its one group are the agency's code. */
    public static PlanCycleUser asAgency(String agencyCode) {
        return signIn(new PlanCycleUser(agencyCode, agencyCode, Set.of(Role.AGENCY), agencyCode, agencyCode, List.of(agencyCode)));
    }

    /** The demo head of an agency ({@code <code>-head}): a user of the agency, in the heads' group too. */
    public static PlanCycleUser asHead(String agencyCode) {
        return signIn(new PlanCycleUser(agencyCode + "-head", agencyCode + "-head", Set.of(Role.AGENCY, Role.HEAD), agencyCode,
                agencyCode, List.of(agencyCode, Role.HEAD.groupId())));
    }

    public static PlanCycleUser asAdmin() {
        return as("admin", Role.ADMIN);
    }

    public static PlanCycleUser asReviewer() {
        return as("reviewer", Role.REVIEWER);
    }

    public static PlanCycleUser asApprover() {
        return as("approver", Role.APPROVER);
    }

    public static void clear() {
        SecurityContextHolder.clearContext();
    }

    private static PlanCycleUser signIn(PlanCycleUser user) {
        var authorities = user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
        return user;
    }
}
