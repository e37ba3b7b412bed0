package io.plancycle.ui;

import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.MessageCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Annotation;

/**
 * A Bean Validation refusal of a request record ({@code @NotNull}, {@code @Size(max = …)}) as a field error with its
 * message code, like the services' own: {@code @Size} becomes {@code field.tooLong} with its max.
 */
public final class ConstraintCodes {

    private ConstraintCodes() {
    }

    public static InvalidInputException.FieldError of(String field, ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty) {
            return new InvalidInputException.FieldError(field, MessageCode.FIELD_REQUIRED);
        }
        if (constraint instanceof Size size) {
            return size.min() == 0 ? new InvalidInputException.FieldError(field, MessageCode.FIELD_TOO_LONG, size.max())
                    : new InvalidInputException.FieldError(field, MessageCode.FIELD_BETWEEN, size.min(), size.max());
        }
        return new InvalidInputException.FieldError(field, MessageCode.FIELD_INVALID);
    }
}
