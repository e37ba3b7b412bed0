package io.plancycle.problem;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Input that cannot be accepted; every error names the field it is about. Nothing has been changed. */
public class InvalidInputException extends RuntimeException {

    /** One refused field: its name, the message code and the arguments of the message. */
    public record FieldError(String field, ProblemCode code, List<Object> args) {
        public FieldError(String field, ProblemCode code, Object... args) {
            this(field, code, Collections.unmodifiableList(Arrays.asList(args.clone())));
        }
    }

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).code().key()
                + " " + errors.get(0).args());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, ProblemCode code, Object... args) {
        this(List.of(new FieldError(field, code, args)));
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}
