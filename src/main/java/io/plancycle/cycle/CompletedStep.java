package io.plancycle.cycle;

import io.plancycle.step.Stage;
import io.plancycle.problem.Problems;
import org.camunda.bpm.engine.delegate.DelegateTask;

import java.time.LocalDate;

/**
 * A user task being completed, as a {@link StepRule} sees it: the cycle and agency it belongs to, and the few values the
 * completion brings (a decision, an overall comment), however it was completed.
 */
public final class CompletedStep {

    private final DelegateTask task;
    private final Deadlines deadlines;

    CompletedStep(DelegateTask task, Deadlines deadlines) {
        this.task = task;
        this.deadlines = deadlines;
    }

    public int year() {
        return ((Number) task.getVariable(ProcessModel.VAR_CYCLE_YEAR)).intValue();
    }

    /** The agency whose step this is; null for the cycle's own steps (consolidation, final approval). */
    public String agencyCode() {
        return (String) task.getVariable(ProcessModel.VAR_AGENCY_CODE);
    }

    /** A value given with this completion, as text; null when none was given. */
    public String value(String variable) {
        Object value = task.getVariable(variable);
        return value == null ? null : value.toString();
    }

    /**
     * The decision this completion gives, and on a return the text saying why (in {@code whyVariable}, named
     * {@code whyField} when missing): refused, naming each field, when either is missing.
     */
    public Decision decision(String variable, String whyVariable, String whyField) {
        Problems problems = new Problems();
        Decision decision = Decision.of(value(variable), problems);
        Decision.requireWhy(decision, whyField, value(whyVariable), problems).throwIfAny();
        return decision;
    }

    /**
     * Forgets the values an earlier completion gave (a decision, a comment), as a task begins: its own completion must
     * give them again, never find last round's.
     */
    static void forgetEarlierValues(DelegateTask task) {
        task.getExecution().removeVariables(ProcessModel.COMPLETION_VALUES);
    }

    /** The day a step of this cycle is due, by its calendar: what the next step's notice tells. */
    public LocalDate dueOn(Stage stage) {
        return deadlines.dayOf(deadlines.dueOf(year(), stage.name()));
    }

    /** The day the agency's next round of review will be due ({@link Deadlines#reviewDue}). */
    public LocalDate reviewDueOn() {
        return deadlines.dayOf(deadlines.reviewDue(year(), agencyCode()));
    }
}
