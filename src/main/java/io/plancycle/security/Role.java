package io.plancycle.security;

/** What a user does in the cycle; each role is a group in the process engine's identity store. */
public enum Role {
    ADMIN("administrators"),
    REVIEWER("evaluation-team"),
    APPROVER("approvers"),
    /** A member of the evaluation team's panel (評核委員): writes opinions on the agencies assigned to them. */
    PANEL("review-panel"),
    /** The head (主管) of the agency the user belongs to: signs off its submissions and reports. */
    HEAD("agency-heads"),
    /** A user of an agency (its clerk, 承辦人, unless also its head). */
    AGENCY(null);

    /** Group type of the one group per agency; its id is the agency's code. */
    public static final String AGENCY_GROUP_TYPE = "agency";

    private final String groupId;

    Role(String groupId) {
        this.groupId = groupId;
    }

    /** The engine group of this role; null for AGENCY, whose group is the agency's own. */
    public String groupId() {
        return groupId;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
