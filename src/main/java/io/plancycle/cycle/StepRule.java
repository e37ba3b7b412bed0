package io.plancycle.cycle;

import io.plancycle.step.Step;

import java.util.Set;

/**
 * What completing a user task means for PlanCycle: the checks it must pass and the rows and notices it leaves. The
 * feature that owns a step implements it; {@link StepCompletion} runs it whenever the task is completed, whichever way
 * (PlanCycle's pages or API, Camunda Tasklist with the task's form, {@code /engine-rest}).
 */
public interface StepRule {

    /** The steps whose completion this rule governs. */
    Set<Step> steps();

    /**
     * Checks the completion and writes what it leaves. A refusal (an {@code InvalidInputException} naming the fields,
     * a {@code WrongStageException} …) rolls the completion back: the task stays open and nothing is written.
     */
    void complete(CompletedStep step);
}
