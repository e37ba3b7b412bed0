package io.plancycle.problem;

public class NotFoundException extends Refusal {
    public NotFoundException(MessageCode code, Object... args) {
        super(code, args);
    }
}
