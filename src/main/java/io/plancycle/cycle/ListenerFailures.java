package io.plancycle.cycle;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The engine wraps what its listeners throw in its own exception. A step's refusal ({@link StepRule}) reaches
 * PlanCycle's callers as it was thrown, so the API and the pages answer it as they answer every refusal.
 */
final class ListenerFailures {

    private ListenerFailures() {
    }

    /** What a listener threw, unwrapped; the engine's own failure when nothing else is inside it. */
    static RuntimeException unwrap(ProcessEngineException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (!(t instanceof ProcessEngineException) && t instanceof RuntimeException thrown) {
                return thrown;
            }
        }
        return failure;
    }
}
