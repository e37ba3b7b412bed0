package io.plancycle.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.plancycle.problem.ApiLanguage;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.ProblemCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Locale;

/**
 * The API's answer to a caller who is not signed in (401, with the HTTP Basic challenge) or may not call the route
 * (403): an RFC 9457 problem, like every other refusal of the API, in the caller's language ({@link ApiLanguage}).
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;
    private final MessageSource messages;

    ProblemResponses(ObjectMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"PlanCycle\", charset=\"UTF-8\"");
        write(request, response, HttpStatus.UNAUTHORIZED, MessageCode.TITLE_UNAUTHORIZED, MessageCode.SIGN_IN_REQUIRED);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, MessageCode.TITLE_FORBIDDEN, MessageCode.ROUTE_FORBIDDEN,
                request.getMethod() + " " + request.getRequestURI());
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, ProblemCode title,
                       ProblemCode detail, Object... args) throws IOException {
        Locale language = ApiLanguage.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(detail.key(), args, language));
        problem.setTitle(messages.getMessage(title.key(), null, language));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
