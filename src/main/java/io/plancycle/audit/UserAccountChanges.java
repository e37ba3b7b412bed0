package io.plancycle.audit;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link UserAccountChange} in the caller's transaction (the engine's command runs in PlanCycle's): the
 * identity store's changes ({@link RecordingIdentityProvider}) and what PlanCycle keeps beside it, an account disabled
 * or enabled again.
 */
@Component
public class UserAccountChanges {

    private final EntityManager entityManager;

    UserAccountChanges(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The planning office disabled the account, or enabled it again. */
    public void disabled(String userId, boolean disabled) {
        record(userId, null, disabled ? UserAccountChange.Kind.USER_DISABLED : UserAccountChange.Kind.USER_ENABLED, null);
    }

    void record(String userId, String groupId, UserAccountChange.Kind kind, String detail) {
        entityManager.persist(new UserAccountChange(userId, groupId, kind, detail));
    }
}
