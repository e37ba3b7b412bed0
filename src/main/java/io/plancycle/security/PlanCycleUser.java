package io.plancycle.security;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The signed-in person as PlanCycle sees them: their name, their roles, the agency they belong to (if any, with its
 * name) and the engine groups that make tasks theirs; and, as a deputy (職務代理人) today, the users they act for,
 * whose roles and groups they hold meanwhile ({@link Deputies}). Loaded once at sign-in: the pages' top bar shows it.
 * Serializable: it is kept in the page session, which lives in the database (Spring Session JDBC) for every node.
 */
public record PlanCycleUser(String id, String name, Set<Role> roles, String agencyCode, String agencyName,
                            List<String> groupIds, List<String> deputyFor) implements Serializable {

    public PlanCycleUser(String id, String name, Set<Role> roles, String agencyCode, String agencyName,
                         List<String> groupIds) {
        this(id, name, roles, agencyCode, agencyName, groupIds, List.of());
    }

    /** The users this one acts for today, as records keep it (ids separated by commas); null when acting for no one. */
    public String onBehalfOf() {
        return deputyFor.isEmpty() ? null : String.join(",", deputyFor);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The roles the top bar names: an agency's head is named its head, not its clerk too. */
    public List<Role> rolesShown() {
        return roles.stream().filter(role -> role != Role.AGENCY || !has(Role.HEAD)).sorted().toList();
    }

    /** The evaluation team, the planning office and the approver read every agency's work. */
    public boolean overseesEveryAgency() {
        return has(Role.REVIEWER) || has(Role.ADMIN) || has(Role.APPROVER);
    }

    public boolean belongsTo(String agency) {
        return agency != null && agency.equals(agencyCode);
    }

    /** The head (主管) of this agency: one of its users, in the heads' group too. */
    public boolean heads(String agency) {
        return belongsTo(agency) && has(Role.HEAD);
    }
}
