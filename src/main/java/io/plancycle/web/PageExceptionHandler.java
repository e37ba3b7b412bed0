package io.plancycle.web;

import io.plancycle.ui.ConcurrentChange;
import io.plancycle.problem.ConflictException;
import io.plancycle.problem.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What a page shows when it cannot be shown: a page the user may not open answers 403, one that does not exist 404,
 * a change someone else made first (a double-clicked submit, however the engine wraps it) 409 with a way to reload,
 * as the API answers it ({@link ConcurrentChange}); each with the navigation kept.
 * (Refused input is shown inline by each page itself, next to the field.)
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(Model model) {
        ErrorPages.describe(HttpStatus.FORBIDDEN, model);
        return ErrorPages.VIEW;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        ErrorPages.describe(HttpStatus.NOT_FOUND, model);
        return ErrorPages.VIEW;
    }

    @ExceptionHandler({ProcessEngineException.class, OptimisticLockingFailureException.class, OptimisticLockingException.class,
            PessimisticLockingFailureException.class, ConflictException.class})
    String concurrentChange(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!(e instanceof ConflictException) && !ConcurrentChange.isCause(e)) {
            throw e;
        }
        response.setStatus(HttpStatus.CONFLICT.value());
        ErrorPages.describe(HttpStatus.CONFLICT, model);
        model.addAttribute("reload", request.getRequestURI());
        return ErrorPages.VIEW;
    }
}
