package io.plancycle.security;

import java.util.List;
import java.util.Set;

/**
 * The signed-in person as PlanCycle sees them: their roles, the agency they belong to (if any)
 * and the engine groups that make tasks theirs.
 */
public record PlanCycleUser(String id, Set<Role> roles, String agencyCode, List<String> groupIds) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The evaluation team, the planning office and the approver read every agency's work. */
    public boolean overseesEveryAgency() {
        return has(Role.REVIEWER) || has(Role.ADMIN) || has(Role.APPROVER);
    }

    public boolean belongsTo(String agency) {
        return agency != null && agency.equals(agencyCode);
    }
}
