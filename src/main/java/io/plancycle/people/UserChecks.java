package io.plancycle.people;

import io.plancycle.problem.PeopleCode;
import io.plancycle.notification.EmailAddresses;
import io.plancycle.plan.Agencies;
import io.plancycle.plan.Agency;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;
import io.plancycle.security.Identities;
import io.plancycle.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What a user's fields must be, each refusal naming its field; nothing is changed here. */
@Component
class UserChecks {

    /** The engine's rule for ids (camunda.bpm.generic-properties: generalResourceWhitelistPattern), and its length. */
    private static final Pattern ID = Pattern.compile("[a-zA-Z0-9-]{1,64}");
    private static final int MAX_NAME = 100;
    /** The roles the planning office gives; an agency's clerk is a member of the agency and no more. */
    static final Set<Role> GIVEN = EnumSet.of(Role.HEAD, Role.REVIEWER, Role.PANEL, Role.APPROVER, Role.ADMIN);
    private static final Map<String, PeopleCode> POLICY_RULES = Map.of(
            "PASSWORD_POLICY_LENGTH", PeopleCode.USER_PASSWORD_TOO_SHORT,
            "PASSWORD_POLICY_LOWERCASE", PeopleCode.USER_PASSWORD_LOWERCASE,
            "PASSWORD_POLICY_UPPERCASE", PeopleCode.USER_PASSWORD_UPPERCASE,
            "PASSWORD_POLICY_DIGIT", PeopleCode.USER_PASSWORD_DIGIT,
            "PASSWORD_POLICY_SPECIAL", PeopleCode.USER_PASSWORD_SPECIAL,
            "PASSWORD_POLICY_USER_DATA", PeopleCode.USER_PASSWORD_USER_DATA);

    private final IdentityService identityService;
    private final Identities identities;
    private final Agencies agencies;

    UserChecks(IdentityService identityService, Identities identities, Agencies agencies) {
        this.identityService = identityService;
        this.identities = identities;
        this.agencies = agencies;
    }

    /** A new user's id: the engine's form, and nobody's yet. */
    void newId(Problems problems, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            problems.add("id", PeopleCode.USER_ID_INVALID);
        } else if (identityService.createUserQuery().userId(id).count() > 0) {
            problems.add("id", PeopleCode.USER_ID_TAKEN, id);
        }
    }

    void profile(Problems problems, String name, String email) {
        problems.requireText("name", name, PeopleCode.CONTACT_NAME_MISSING);
        if (name != null && name.strip().length() > MAX_NAME) {
            problems.add("name", MessageCode.FIELD_TOO_LONG, MAX_NAME);
        }
        if (!EmailAddresses.isValid(email)) {
            problems.add("email", PeopleCode.CONTACT_EMAIL_INVALID);
        }
    }

    /**
     * The user's groups in the identity store: the agency's own group and one per role; the agency's group is made
     * if the plan's agency has none yet.
     */
    Set<String> groups(Problems problems, String agency, List<String> roles) {
        Set<String> groups = new LinkedHashSet<>();
        Set<Role> given = EnumSet.noneOf(Role.class);
        for (String name : roles == null ? List.<String>of() : roles) {
            Role role = GIVEN.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
            if (role == null) {
                problems.add("roles", PeopleCode.USER_ROLE_UNKNOWN, name);
            } else {
                given.add(role);
                groups.add(role.groupId());
            }
        }
        boolean withAgency = agency != null && !agency.isBlank();
        if (withAgency) {
            Agency known = agencies.inCityOrder().stream().filter(a -> a.getCode().equals(agency)).findFirst().orElse(null);
            if (known == null) {
                problems.add("agency", MessageCode.AGENCY_UNKNOWN, agency);
            } else {
                identities.ensureAgencyGroup(known.getCode(), known.getName());
                groups.add(known.getCode());
            }
        } else if (given.contains(Role.HEAD)) {
            problems.add("agency", PeopleCode.USER_HEAD_WITHOUT_AGENCY);
        }
        if (!withAgency && given.isEmpty()) {
            problems.add("roles", PeopleCode.USER_NO_ROLE);
        }
        return groups;
    }

    /** A password given: not blank, and as the engine's password policy asks if one is configured. */
    void password(Problems problems, String password, User user) {
        if (password == null || password.isBlank()) {
            problems.add("password", PeopleCode.USER_PASSWORD_MISSING);
            return;
        }
        PasswordPolicy policy = identityService.getPasswordPolicy();
        if (policy == null) {
            return;
        }
        for (PasswordPolicyRule rule : identityService.checkPasswordAgainstPolicy(policy, password, user).getViolatedRules()) {
            PeopleCode code = POLICY_RULES.getOrDefault(rule.getPlaceholder(), PeopleCode.USER_PASSWORD_POLICY);
            Object argument = code == PeopleCode.USER_PASSWORD_POLICY ? rule.getPlaceholder()
                    : rule.getParameters() == null || rule.getParameters().isEmpty() ? ""
                    : rule.getParameters().values().iterator().next();
            problems.add("password", code, argument);
        }
    }
}
