package io.plancycle.web;

import io.plancycle.ui.ConcurrentChange;
import io.plancycle.problem.ConflictException;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.NotFoundException;
import io.plancycle.problem.WrongStageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.springframework.beans.TypeMismatchException;

import java.io.CharConversionException;
import java.sql.SQLException;

import java.util.List;
import java.util.stream.Collectors;

/** Turns every refusal of the API into an RFC 9457 problem response that says what was wrong and where. */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final String UNIQUE_VIOLATION = "23505";

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid input");
        problem.setProperty("errors", e.getErrors());
        return problem;
    }

    @ExceptionHandler(WrongStageException.class)
    ProblemDetail wrongStage(WrongStageException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Not at this stage");
        problem.setProperty("currentStage", e.getCurrentStage());
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockingException.class})
    ProblemDetail concurrentChange(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else saved this first; reload to see their changes, then make yours again.");
        problem.setTitle("Changed by someone else");
        return problem;
    }

    /** Two people doing the same thing at the same moment (two reviews of one round): the second learns it was done. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail duplicate(DataIntegrityViolationException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return concurrentChange(e);
            }
        }
        return unexpected(e);
    }

    /**
     * The engine wraps what its listeners throw: a concurrent change of the plan met inside a listener (a double-clicked
     * submit) is still someone else's change, and answers 409.
     */
    @ExceptionHandler(ProcessEngineException.class)
    ProblemDetail engine(ProcessEngineException e) {
        return ConcurrentChange.isCause(e) ? concurrentChange(e) : unexpected(e);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Forbidden");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<InvalidInputException.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new InvalidInputException.FieldError(f.getField(), f.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(invalid(new InvalidInputException(errors)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (RequestSizeLimit.isTooLarge(e)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                    "The request body is larger than " + RequestSizeLimit.MAX_BYTES / 1024 + " KiB.");
            problem.setTitle("Request too large");
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
        }
        Throwable cause = e.getCause();
        if (cause instanceof CharConversionException || String.valueOf(e.getMessage()).contains("UTF-8")) {
            return ResponseEntity.badRequest().body(invalid(new InvalidInputException("body", "is not valid UTF-8")));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && !(mapping.getCause() instanceof StreamReadException && !(mapping.getCause() instanceof InputCoercionException))) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = mapping.getCause() instanceof InputCoercionException ? "is out of range" : "has the wrong type or format";
            return ResponseEntity.badRequest().body(invalid(new InvalidInputException(field, message)));
        }
        log.debug("unreadable request body", e);
        String why = cause instanceof JsonProcessingException ? "is not valid JSON" : "is missing or unreadable";
        return ResponseEntity.badRequest().body(invalid(new InvalidInputException("body", why)));
    }

    /** A path or query parameter of the wrong type, such as a year that is not a number. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String field = e.getPropertyName() != null ? e.getPropertyName() : "parameter";
        return ResponseEntity.badRequest().body(invalid(new InvalidInputException(field, "has the wrong type or is out of range")));
    }

    /** Anything unforeseen: logged in full, answered without a stack trace, SQL or class names. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected error in the API", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "PlanCycle could not do this just now; the administrators have been told. Please try again later.");
        problem.setTitle("Internal error");
        return problem;
    }
}
