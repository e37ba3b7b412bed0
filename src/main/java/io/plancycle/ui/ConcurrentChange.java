package io.plancycle.ui;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Whether a failure is someone else's change made first (a double-clicked submit, two colleagues at once), however it
 * is wrapped: the engine wraps what its listeners throw, Spring and JPA have their own types. The API and the pages
 * answer it the same way: 409, reload and see.
 */
public final class ConcurrentChange {

    private ConcurrentChange() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockingException || t instanceof OptimisticLockingFailureException
                    || t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.hibernate.StaleStateException
                    || t instanceof org.springframework.dao.PessimisticLockingFailureException) {
                return true;
            }
        }
        return false;
    }
}
