package io.plancycle.web;

import io.plancycle.problem.ApiLanguage;
import io.plancycle.problem.ConflictException;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.ProblemCode;
import io.plancycle.problem.NotFoundException;
import io.plancycle.problem.Refusal;
import io.plancycle.problem.WrongStageException;
import io.plancycle.ui.ConcurrentChange;
import io.plancycle.ui.ConstraintCodes;
import io.plancycle.ui.ProblemText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import jakarta.validation.ConstraintViolation;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
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
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.springframework.beans.TypeMismatchException;

import java.io.CharConversionException;
import java.sql.SQLException;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns every refusal of the API into an RFC 9457 problem response that says what was wrong and where, in the caller's
 * language ({@link ApiLanguage}): each bad field with its message code and the message.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final String UNIQUE_VIOLATION = "23505";

    /** One bad field of a 400: its name, the message code and the message in the caller's language. */
    record FieldProblem(String field, String code, String message) {
    }

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, WebRequest request) {
        Locale locale = language(request);
        List<FieldProblem> errors = e.getErrors().stream()
                .map(error -> new FieldProblem(error.field(), error.code().key(), ProblemText.of(messages, error, locale)))
                .toList();
        String title = text(MessageCode.TITLE_INVALID_INPUT, request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.isEmpty() ? title : errors.get(0).field() + ": " + errors.get(0).message());
        problem.setTitle(title);
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(WrongStageException.class)
    ProblemDetail wrongStage(WrongStageException e, WebRequest request) {
        ProblemDetail problem = refused(HttpStatus.CONFLICT, MessageCode.TITLE_WRONG_STAGE, e, request);
        problem.setProperty("currentStage", e.getCurrentStage());
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e, WebRequest request) {
        return refused(HttpStatus.CONFLICT, MessageCode.TITLE_CONFLICT, e, request);
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockingException.class,
            PessimisticLockingFailureException.class})
    ProblemDetail concurrentChange(RuntimeException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text(MessageCode.CHANGED_MEANWHILE, request));
        problem.setTitle(text(MessageCode.TITLE_CHANGED_MEANWHILE, request));
        return problem;
    }

    /** Two people doing the same thing at the same moment (two reviews of one round): the second learns it was done. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail duplicate(DataIntegrityViolationException e, WebRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return concurrentChange(e, request);
            }
        }
        return unexpected(e, request);
    }

    /**
     * The engine wraps what its listeners throw: a concurrent change of the plan met inside a listener (a double-clicked
     * submit) is still someone else's change, and answers 409.
     */
    @ExceptionHandler(ProcessEngineException.class)
    ProblemDetail engine(ProcessEngineException e, WebRequest request) {
        return ConcurrentChange.isCause(e) ? concurrentChange(e, request) : unexpected(e, request);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, WebRequest request) {
        return refused(HttpStatus.NOT_FOUND, MessageCode.TITLE_NOT_FOUND, e, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle(text(MessageCode.TITLE_FORBIDDEN, request));
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<InvalidInputException.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.contains(ConstraintViolation.class)
                        ? ConstraintCodes.of(f.getField(), f.unwrap(ConstraintViolation.class))
                        : new InvalidInputException.FieldError(f.getField(), MessageCode.FIELD_WRONG_TYPE))
                .toList();
        return ResponseEntity.badRequest().body(invalid(new InvalidInputException(errors), request));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (RequestSizeLimit.isTooLarge(e)) {
            return tooLarge(request);
        }
        Throwable cause = e.getCause();
        if (cause instanceof CharConversionException || String.valueOf(e.getMessage()).contains("UTF-8")) {
            return ResponseEntity.badRequest().body(invalid(new InvalidInputException("body", MessageCode.BODY_NOT_UTF8), request));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && !(mapping.getCause() instanceof StreamReadException && !(mapping.getCause() instanceof InputCoercionException))) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            ProblemCode code = mapping.getCause() instanceof InputCoercionException ? MessageCode.FIELD_OUT_OF_RANGE
                    : MessageCode.FIELD_WRONG_TYPE;
            return ResponseEntity.badRequest().body(invalid(new InvalidInputException(field, code), request));
        }
        log.debug("unreadable request body", e);
        ProblemCode why = cause instanceof JsonProcessingException ? MessageCode.BODY_NOT_JSON : MessageCode.BODY_UNREADABLE;
        return ResponseEntity.badRequest().body(invalid(new InvalidInputException("body", why), request));
    }

    /** An uploaded file sent without its length, found too large as it is read. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return tooLarge(request);
    }

    private ResponseEntity<Object> tooLarge(WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                text(MessageCode.REQUEST_TOO_LARGE, request, RequestSizeLimit.MAX_BYTES / 1024));
        problem.setTitle(text(MessageCode.TITLE_TOO_LARGE, request));
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    /** A path or query parameter of the wrong type, such as a year that is not a number. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String field = e.getPropertyName() != null ? e.getPropertyName() : "parameter";
        return ResponseEntity.badRequest().body(invalid(new InvalidInputException(field, MessageCode.FIELD_WRONG_TYPE), request));
    }

    /** Anything unforeseen: logged in full, answered without a stack trace, SQL or class names. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, WebRequest request) {
        log.error("unexpected error in the API", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                text(MessageCode.INTERNAL_ERROR, request));
        problem.setTitle(text(MessageCode.TITLE_INTERNAL_ERROR, request));
        return problem;
    }

    /** A whole request refused (409, 404): the message in the caller's language, and its code, stable whatever the language. */
    private ProblemDetail refused(HttpStatus status, ProblemCode title, Refusal refusal, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ProblemText.of(messages, refusal, language(request)));
        problem.setTitle(text(title, request));
        problem.setProperty("code", refusal.code().key());
        return problem;
    }

    private String text(ProblemCode code, WebRequest request, Object... args) {
        return ProblemText.of(messages, code, List.of(args), language(request));
    }

    private static Locale language(WebRequest request) {
        return ApiLanguage.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
