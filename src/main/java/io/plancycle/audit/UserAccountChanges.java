package io.plancycle.audit;

import io.plancycle.security.IdentityChanged;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link UserAccountChange} in the caller's transaction (the engine's command runs in PlanCycle's): the
 * identity store's changes ({@link RecordingIdentityProvider}) and what PlanCycle keeps beside it, an account disabled
 * or enabled again. Each is also published ({@link IdentityChanged}): the API's remembered sign-ins are forgotten.
 */
@Component
public class UserAccountChanges {

    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    UserAccountChanges(EntityManager entityManager, ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.events = events;
    }

    /** The planning office disabled the account, or enabled it again. */
    public void disabled(String userId, boolean disabled) {
        record(userId, null, disabled ? UserAccountChange.Kind.USER_DISABLED : UserAccountChange.Kind.USER_ENABLED, null);
    }

    void record(String userId, String groupId, UserAccountChange.Kind kind, String detail) {
        entityManager.persist(new UserAccountChange(userId, groupId, kind, detail));
        events.publishEvent(new IdentityChanged(userId));
    }
}
