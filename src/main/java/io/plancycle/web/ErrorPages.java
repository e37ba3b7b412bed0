package io.plancycle.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * The page a browser gets when a request is refused before it reaches a page, as the access rules refuse a route
 * the user may not open: the same page, in the user's language, that a page's own refusal shows.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String messageKey = switch (status) {
            case FORBIDDEN -> "error.forbidden";
            case NOT_FOUND -> "error.notFound";
            default -> "error.general";
        };
        return new ModelAndView("pages/error", Map.of("messageKey", messageKey), status);
    }
}
