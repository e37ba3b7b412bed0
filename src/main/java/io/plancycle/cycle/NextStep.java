package io.plancycle.cycle;

import io.plancycle.plan.SubmissionStage;

import java.time.LocalDate;

/**
 * What comes next for the signed-in user when they have nothing to do: which step of which year's cycle, who is on it
 * ({@code count} agencies where it is several) and by when. The pages say it in the user's words.
 */
public record NextStep(Kind kind, int year, SubmissionStage stage, int count, LocalDate dueOn) {

    public enum Kind {
        /** No cycle has been opened yet. */
        NO_CYCLE,
        /** The latest cycle is approved; the next one is not open yet. */
        APPROVED,
        /** The latest cycle does not include the user's agency. */
        NOT_TAKING_PART,
        /** The agency's own step ({@code stage}) is open. */
        AGENCY_TODO,
        /** The agency's plan is with the evaluation team. */
        AGENCY_IN_REVIEW,
        /** The agency is done; the others are still at work. */
        AGENCY_DONE,
        /** {@code count} agencies are drafting or revising: the next submissions to review. */
        REVIEWS_AHEAD,
        /** Every review is decided; {@code count} agencies are filing their reports. */
        REVIEWS_DONE,
        /** {@code count} agencies are still at work on their submissions. */
        SUBMISSIONS,
        CONSOLIDATION,
        APPROVAL
    }

    static NextStep of(Kind kind, Cycle cycle, LocalDate dueOn) {
        return new NextStep(kind, cycle.getYear(), null, 0, dueOn);
    }

    static NextStep counted(Kind kind, Cycle cycle, long count, LocalDate dueOn) {
        return new NextStep(kind, cycle.getYear(), null, (int) count, dueOn);
    }
}
