package io.plancycle.problem;

/**
 * The refusals about the people who work in PlanCycle: their accounts (使用者管理), deputies (職務代理人), the review
 * panel (評核委員) and an agency's contacts; keys of {@code messages/problem*.properties}, arguments as in {@link MessageCode}.
 */
public enum PeopleCode implements ProblemCode {
    /** No user {0}. */
    DEPUTY_USER_UNKNOWN("deputy.user.unknown"),
    /** A user named as their own deputy. */
    DEPUTY_SELF("deputy.self"),
    /** {0} may not act for {1}: not of the same agency. */
    DEPUTY_OTHER_AGENCY("deputy.otherAgency"),
    /** The last day is before the first. */
    DEPUTY_ENDS_BEFORE_START("deputy.endsBeforeStart"),
    /** The last day has passed. */
    DEPUTY_PAST("deputy.past"),
    /** {0} is the deputy from {1} to {2} already, days that overlap these. */
    DEPUTY_OVERLAP("deputy.overlap"),
    /** No deputy {0}. */
    DEPUTY_NOT_FOUND("deputy.notFound"),

    /** More than {0} contacts. */
    CONTACTS_TOO_MANY("contacts.tooMany"),
    /** A contact without a name. */
    CONTACT_NAME_MISSING("contact.name.missing"),
    /** Not an email address. */
    CONTACT_EMAIL_INVALID("contact.email.invalid"),
    /** Neither CONTACT nor HEAD. */
    CONTACT_ROLE_INVALID("contact.role.invalid"),
    /** The email address is listed twice in the role {0}. */
    CONTACT_EMAIL_TWICE("contact.email.twice"),

    /** The user {0} is not a member of the review panel (評核委員). */
    PANEL_NOT_MEMBER("panel.notMember"),
    /** The KPI {0} is not in the submission of {1}. */
    PANEL_KPI_UNKNOWN("panel.kpi.unknown"),

    /** A user id takes letters, digits and hyphens only (the engine's rule for ids). */
    USER_ID_INVALID("user.id.invalid"),
    /** The user id {0} is taken. */
    USER_ID_TAKEN("user.id.taken"),
    /** No user {0}. */
    USER_NOT_FOUND("user.notFound"),
    /** Not a role a user may be given: {0}. */
    USER_ROLE_UNKNOWN("user.role.unknown"),
    /** A head (主管) must belong to an agency. */
    USER_HEAD_WITHOUT_AGENCY("user.head.withoutAgency"),
    /** A user needs an agency or a role. */
    USER_NO_ROLE("user.role.none"),
    /** A password is required. */
    USER_PASSWORD_MISSING("user.password.missing"),
    /** The password policy asks for at least {0} characters. */
    USER_PASSWORD_TOO_SHORT("user.password.tooShort"),
    /** The password policy asks for at least {0} lower-case letters. */
    USER_PASSWORD_LOWERCASE("user.password.lowercase"),
    /** The password policy asks for at least {0} upper-case letters. */
    USER_PASSWORD_UPPERCASE("user.password.uppercase"),
    /** The password policy asks for at least {0} digits. */
    USER_PASSWORD_DIGIT("user.password.digit"),
    /** The password policy asks for at least {0} special characters. */
    USER_PASSWORD_SPECIAL("user.password.special"),
    /** The password policy refuses a password holding the user's id or name. */
    USER_PASSWORD_USER_DATA("user.password.userData"),
    /** The password policy refuses the password by its rule {0}. */
    USER_PASSWORD_POLICY("user.password.policy"),
    /** A user of the city's directory has no local password to set. */
    USER_PASSWORD_DIRECTORY("user.password.directory"),
    /** The last enabled planning-office account may be neither disabled nor lose the planning office's role. */
    USER_LAST_ADMIN("user.lastAdmin"),
    /** The signed-in user may not disable their own account. */
    USER_DISABLE_SELF("user.disableSelf");

    private final String key;

    PeopleCode(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
