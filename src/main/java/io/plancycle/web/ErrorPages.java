package io.plancycle.web;

import io.plancycle.ui.PageModel;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * The page a browser gets when a request is refused or finds nothing before it reaches a page (a route the access
 * rules refuse, an address no page has, a form too large to take), and the one a page shows itself when it cannot be
 * shown: 403, 404, 409 and 413 are distinct pages, each with the navigation and what to do next, in the user's
 * language.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    static final String VIEW = "pages/error";

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Model page = new ExtendedModelMap();
        return new ModelAndView(VIEW, describe(status, page).asMap(), status);
    }

    /**
     * Puts into the page's model which failure it is ({@code messageKey}: error.forbidden, error.notFound,
     * error.concurrent, error.tooLarge, error.general; the page adds .title and .hint for its heading and what to do)
     * and who is signed in.
     */
    static Model describe(HttpStatus status, Model model) {
        String messageKey = switch (status) {
            case FORBIDDEN -> "error.forbidden";
            case NOT_FOUND -> "error.notFound";
            case CONFLICT -> "error.concurrent";
            case PAYLOAD_TOO_LARGE -> "error.tooLarge";
            default -> "error.general";
        };
        model.addAttribute("messageKey", messageKey);
        model.addAttribute("me", PageModel.signedIn());
        return model;
    }
}
