package io.plancycle.audit;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/** Writes a {@link UserAccountChange} in the caller's transaction (the engine's command runs in PlanCycle's). */
@Component
class UserAccountChanges {

    private final EntityManager entityManager;

    UserAccountChanges(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void record(String userId, String groupId, UserAccountChange.Kind kind, String detail) {
        entityManager.persist(new UserAccountChange(userId, groupId, kind, detail));
    }
}
