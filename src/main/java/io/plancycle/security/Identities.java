package io.plancycle.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Users and groups in the process engine's identity store: one group per role and one per agency,
 * which is what makes a user task someone's (its candidate group).
 */
@Service
public class Identities {

    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl engine;
    private final UserAccounts accounts;

    Identities(IdentityService identityService, ProcessEngineConfigurationImpl engine, UserAccounts accounts) {
        this.identityService = identityService;
        this.engine = engine;
        this.accounts = accounts;
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

    /**
     * The ids of the agency's heads: its users who are also in the heads' group, their accounts not disabled. An
     * agency with none sends its work on without a sign-off.
     */
    public List<String> headsOf(String agencyCode) {
        Set<String> heads = membersOf(Role.HEAD.groupId()).stream().map(User::getId).collect(Collectors.toSet());
        return membersOf(agencyCode).stream().map(User::getId).filter(heads::contains)
                .filter(id -> !accounts.of(id).isDisabled()).toList();
    }

    /**
     * The users of an engine group, by id. Whoever is signed in to the engine (an agency completing its task in
     * Tasklist, whose listeners ask this) may not read other users; who is told, or who signs off, is not theirs to
     * see, so the engine's authorization check is off for this query.
     */
    public List<User> membersOf(String groupId) {
        return unchecked(() -> identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list());
    }

    /** The users of these ids, as {@link #membersOf} reads them. */
    public List<User> users(List<String> userIds) {
        return userIds.isEmpty() ? List.of()
                : unchecked(() -> identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).orderByUserId().asc().list());
    }

    private List<User> unchecked(Supplier<List<User>> query) {
        return engine.getCommandExecutorTxRequired().execute(context -> {
            boolean checking = context.isAuthorizationCheckEnabled();
            context.disableAuthorizationCheck();
            try {
                return query.get();
            } finally {
                if (checking) {
                    context.enableAuthorizationCheck();
                }
            }
        });

    }

    /**
     * The groups that make a user's place in PlanCycle: the role groups ({@link Role}) and the agencies' own groups.
     * Any other group (camunda-admin, a group made in Camunda Admin) is not PlanCycle's to change.
     */
    public Set<String> planCycleGroups(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream()
                .filter(Identities::isPlanCycleGroup).map(Group::getId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Makes the user a member of exactly these of PlanCycle's groups ({@link #planCycleGroups}), leaving the others. */
    public void setPlanCycleGroups(String userId, Set<String> wanted) {
        Set<String> current = planCycleGroups(userId);
        current.stream().filter(id -> !wanted.contains(id)).forEach(id -> identityService.deleteMembership(userId, id));
        wanted.stream().filter(id -> !current.contains(id)).forEach(id -> identityService.createMembership(userId, id));
    }

    /** Whether an agency's own group exists (every agency of the plan has one). */
    public boolean isAgencyGroup(String groupId) {
        return groupId != null
                && identityService.createGroupQuery().groupId(groupId).groupType(Role.AGENCY_GROUP_TYPE).count() > 0;
    }

    private static boolean isPlanCycleGroup(Group group) {
        return Role.AGENCY_GROUP_TYPE.equals(group.getType())
                || Arrays.stream(Role.values()).anyMatch(role -> group.getId().equals(role.groupId()));
    }

    /** Every user's name as people read it ({@link #displayName}), by user id. */
    public Map<String, String> names() {
        return identityService.createUserQuery().list().stream()
                .collect(Collectors.toMap(User::getId, Identities::displayName));
    }

    /** The users' names as people read them, joined with 、 (the users this one acts for, on the top bar). */
    public String nameList(List<String> userIds) {
        Map<String, String> names = names();
        return userIds.stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining("、"));
    }

    /** The members of a role's group, by user id in id order, each with their name as people read it. */
    public Map<String, String> members(Role role) {
        Map<String, String> members = new LinkedHashMap<>();
        membersOf(role.groupId()).forEach(user -> members.put(user.getId(), displayName(user)));
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
