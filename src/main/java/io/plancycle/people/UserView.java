package io.plancycle.people;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A user as the planning office sees them on the list. */
@Schema(description = "A user of PlanCycle")
public record UserView(
        String id,
        String name,
        String email,
        @Schema(description = "The code of their agency, if any") String agency,
        @Schema(description = "Its name") String agencyName,
        @Schema(description = "Their roles besides the agency: HEAD, REVIEWER, PANEL, APPROVER, ADMIN") List<String> roles,
        @Schema(description = "Disabled by the planning office: cannot sign in anywhere") boolean disabled,
        @Schema(description = "Locked after too many wrong passwords, until unlocked") boolean locked,
        @Schema(description = "Signs in against the city's directory (LDAP), which keeps the password") boolean directory) {

    /** A clerk (承辦人): of an agency, and not its head. */
    public boolean clerk() {
        return agency != null && !roles.contains("HEAD");
    }
}
