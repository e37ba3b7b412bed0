package io.plancycle.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects every field error of one request, so the caller learns all of them at once. */
public final class Problems {
    private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

    public Problems add(String field, String message) {
        errors.add(new InvalidInputException.FieldError(field, message));
        return this;
    }

    public Problems requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "must not be blank");
        }
        return this;
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
