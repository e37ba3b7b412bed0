package io.plancycle.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects every field error of one request, so the caller learns all of them at once. */
public final class Problems {
    private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

    public Problems add(String field, ProblemCode code, Object... args) {
        errors.add(new InvalidInputException.FieldError(field, code, args));
        return this;
    }

    public Problems requireText(String field, String value) {
        return requireText(field, value, MessageCode.FIELD_REQUIRED);
    }

    /** Refuses a blank value with the code that says what the field needs (a reason, a name). */
    public Problems requireText(String field, String value, ProblemCode code) {
        if (value == null || value.isBlank()) {
            add(field, code);
        }
        return this;
    }

    /** The field errors collected so far, in the order they were found. */
    public List<InvalidInputException.FieldError> errors() {
        return List.copyOf(errors);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws when anything was wrong; call before changing anything. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
