package io.plancycle.problem;

/** The request conflicts with what exists already (a cycle for that year, a newer version of the plan). */
public class ConflictException extends Refusal {
    public ConflictException(ProblemCode code, Object... args) {
        super(code, args);
    }
}
