package io.plancycle.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Users and groups in the process engine's identity store: one group per role and one per agency,
 * which is what makes a user task someone's (its candidate group).
 */
@Service
public class Identities {

    private final IdentityService identityService;

    Identities(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The groups of the evaluation team, the planning office, the approvers, the panel members and the agencies' heads. */
    public void ensureRoleGroups() {
        ensureGroup(Role.ADMIN.groupId(), "綜合規劃科", "WORKFLOW");
        ensureGroup(Role.REVIEWER.groupId(), "施政計畫暨績效評估小組", "WORKFLOW");
        ensureGroup(Role.APPROVER.groupId(), "首長", "WORKFLOW");
        ensureGroup(Role.PANEL.groupId(), "評核委員", "WORKFLOW");
        ensureGroup(Role.HEAD.groupId(), "機關主管", "WORKFLOW");
    }

    public void ensureAgencyGroup(String agencyCode, String agencyName) {
        ensureGroup(agencyCode, agencyName, Role.AGENCY_GROUP_TYPE);
    }

    private void ensureGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).singleResult() == null) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    /** Creates the user unless it exists, and makes it a member of the groups. */
    public void ensureUser(String id, String displayName, String email, String password, String... groupIds) {
        if (identityService.createUserQuery().userId(id).singleResult() == null) {
            User user = identityService.newUser(id);
            user.setFirstName(displayName);
            user.setLastName("");
            user.setEmail(email);
            user.setPassword(Objects.requireNonNull(password, "a password for " + id));
            identityService.saveUser(user);
        }
        Arrays.stream(groupIds).forEach(groupId -> ensureMember(id, groupId));
    }

    public void ensureMember(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }

    /** Every user's name as people read it ({@link #displayName}), by user id. */
    public Map<String, String> names() {
        return identityService.createUserQuery().list().stream()
                .collect(Collectors.toMap(User::getId, Identities::displayName));
    }

    /** The members of a role's group, by user id in id order, each with their name as people read it. */
    public Map<String, String> members(Role role) {
        Map<String, String> members = new LinkedHashMap<>();
        identityService.createUserQuery().memberOfGroup(role.groupId()).orderByUserId().asc().list()
                .forEach(user -> members.put(user.getId(), displayName(user)));
        return members;
    }

    /** A user's name as people read it: first and last name, or the user id where the store has none. */
    public static String displayName(User user) {
        String name = Stream.of(user.getFirstName(), user.getLastName())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
        return name.isBlank() ? user.getId() : name;
    }
}
