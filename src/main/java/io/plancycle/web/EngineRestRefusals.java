package io.plancycle.web;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plancycle.problem.ConflictException;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.NotFoundException;
import io.plancycle.problem.WrongStageException;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The engine's REST API ({@code /engine-rest}) as Camunda configures it, with one exception mapper more: a task
 * completion ({@code POST /engine-rest/task/{id}/complete} or {@code …/submit-form}) that a step's rule refuses
 * answers as PlanCycle's API answers the same refusal — 400 naming every field, 409 at the wrong step — with the same
 * problem body, instead of the engine's 500. Anything else is answered by Camunda's own mappers.
 */
@Component
class EngineRestRefusals extends CamundaJerseyResourceConfig {

    /** Ahead of Camunda's mapper of the same exception type (priority 5000): lower is chosen first. */
    private static final int AHEAD_OF_CAMUNDA = 1;

    private final ApiExceptionHandler problems;
    private final ObjectMapper json;

    EngineRestRefusals(ApiExceptionHandler problems, ObjectMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected void registerAdditionalResources() {
        register(new RefusalMapper(), AHEAD_OF_CAMUNDA);
    }

    /** The problem PlanCycle's API answers for the refusal inside a failure; null when there is none. */
    private ProblemDetail problem(Throwable failure) {
        WebRequest request = new ServletWebRequest(
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest());
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return problems.invalid(invalid, request);
            } else if (t instanceof WrongStageException wrongStage) {
                return problems.wrongStage(wrongStage, request);
            } else if (t instanceof ConflictException conflict) {
                return problems.conflict(conflict, request);
            } else if (t instanceof NotFoundException notFound) {
                return problems.notFound(notFound, request);
            }
        }
        return null;
    }

    private final class RefusalMapper implements ExtendedExceptionMapper<RestException> {

        @Override
        public boolean isMappable(RestException failure) {
            return problem(failure) != null;
        }

        @Override
        public Response toResponse(RestException failure) {
            ProblemDetail problem = problem(failure);
            try {
                return Response.status(problem.getStatus()).type("application/problem+json")
                        .entity(json.writeValueAsString(problem)).build();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a problem that cannot be written as JSON", e);
            }
        }
    }
}
