package io.plancycle.audit;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The engine's own identity store, unchanged, except that every change it makes to a user, a group or a membership is
 * also recorded as a {@link UserAccountChange} in the same transaction. Every way of changing users goes through here:
 * PlanCycle's {@code Identities}, the Camunda Admin webapp and the engine's REST API alike.
 */
class RecordingIdentityProvider extends DbIdentityServiceProvider {

    private final UserAccountChanges changes;

    RecordingIdentityProvider(UserAccountChanges changes) {
        this.changes = changes;
    }

    @Override
    public IdentityOperationResult saveUser(User user) {
        boolean newPassword = user instanceof UserEntity entity && entity.hasNewPassword();
        IdentityOperationResult result = super.saveUser(user);
        String profile = profile(user);
        if (IdentityOperationResult.OPERATION_CREATE.equals(result.getOperation())) {
            changes.record(user.getId(), null, UserAccountChange.Kind.USER_CREATED, profile);
        } else if (IdentityOperationResult.OPERATION_UPDATE.equals(result.getOperation())) {
            changes.record(user.getId(), null,
                    newPassword ? UserAccountChange.Kind.PASSWORD_CHANGED : UserAccountChange.Kind.USER_UPDATED,
                    newPassword ? null : profile);
        }
        return result;
    }

    @Override
    public IdentityOperationResult deleteUser(String userId) {
        return recorded(super.deleteUser(userId), userId, null, UserAccountChange.Kind.USER_DELETED, null);
    }

    @Override
    public IdentityOperationResult unlockUser(String userId) {
        return recorded(super.unlockUser(userId), userId, null, UserAccountChange.Kind.USER_UNLOCKED, null);
    }

    @Override
    public IdentityOperationResult createMembership(String userId, String groupId) {
        return recorded(super.createMembership(userId, groupId), userId, groupId, UserAccountChange.Kind.JOINED_GROUP, null);
    }

    @Override
    public IdentityOperationResult deleteMembership(String userId, String groupId) {
        return recorded(super.deleteMembership(userId, groupId), userId, groupId, UserAccountChange.Kind.LEFT_GROUP, null);
    }

    @Override
    public IdentityOperationResult saveGroup(Group group) {
        IdentityOperationResult result = super.saveGroup(group);
        String detail = Stream.of(group.getName(), group.getType()).filter(Objects::nonNull).collect(Collectors.joining(" / "));
        if (IdentityOperationResult.OPERATION_CREATE.equals(result.getOperation())) {
            changes.record(null, group.getId(), UserAccountChange.Kind.GROUP_CREATED, detail);
        } else if (IdentityOperationResult.OPERATION_UPDATE.equals(result.getOperation())) {
            changes.record(null, group.getId(), UserAccountChange.Kind.GROUP_UPDATED, detail);
        }
        return result;
    }

    @Override
    public IdentityOperationResult deleteGroup(String groupId) {
        return recorded(super.deleteGroup(groupId), null, groupId, UserAccountChange.Kind.GROUP_DELETED, null);
    }

    /** Records the change unless the store did nothing (deleting what was not there, unlocking an unlocked user). */
    private IdentityOperationResult recorded(IdentityOperationResult result, String userId, String groupId,
                                             UserAccountChange.Kind kind, String detail) {
        if (result != null && !IdentityOperationResult.OPERATION_NONE.equals(result.getOperation())) {
            changes.record(userId, groupId, kind, detail);
        }
        return result;
    }

    /** Name and e-mail address as the store keeps them; never the password. */
    private static String profile(User user) {
        String name = Stream.of(user.getFirstName(), user.getLastName())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
        return Stream.of(name.isBlank() ? null : name, user.getEmail() == null ? null : "<" + user.getEmail() + ">")
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
    }
}
