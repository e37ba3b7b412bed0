package io.plancycle.problem;

public class NotFoundException extends Refusal {
    public NotFoundException(ProblemCode code, Object... args) {
        super(code, args);
    }
}
