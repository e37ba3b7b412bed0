package io.plancycle.ui;

import io.plancycle.problem.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The limits the API would enforce on a request body (lengths), checked by a page before it saves, as field errors
 * in the service's naming, so the page shows them as it shows the service's own refusals.
 */
@Component
public class FormChecks {

    private final Validator validator;

    FormChecks(Validator validator) {
        this.validator = validator;
    }

    public List<InvalidInputException.FieldError> of(Object request) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(request)) {
            errors.add(ConstraintCodes.of(v.getPropertyPath().toString(), v));
        }
        errors.sort(Comparator.comparing(InvalidInputException.FieldError::field));
        return errors;
    }
}
