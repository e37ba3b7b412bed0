package io.plancycle.web;

import io.plancycle.PlanCycleProperties;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.method.HandlerMethod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What the OpenAPI document at {@code /v3/api-docs} says besides the operations themselves: the product, HTTP Basic
 * as the way in, the RFC 9457 problems every operation can answer, and an example of every request body (from
 * {@code api-examples/<operationId>.json}; an operation with a body and no example stops the application from
 * describing itself, so none is forgotten).
 */
@Configuration
class ApiDescription {

    private static final String BASIC = "basicAuth";
    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI planCycleApi(PlanCycleProperties properties) {
        return new OpenAPI()
                .info(new Info().title("PlanCycle API").version("1.0").description("""
                        The annual plan-and-performance cycle of a city government (施政計畫暨績效評估年度作業): the planning \
                        office opens a year's cycle, each agency drafts its plan and last year's actuals, the evaluation \
                        team reviews it in writing and approves or returns it, the agency revises its targets with \
                        reasons and files its performance report, and the approver gives final approval.

                        Every call needs HTTP Basic with a PlanCycle user; an agency reads and changes only its own \
                        work. Refusals are RFC 9457 problem details (`application/problem+json`): 400 names every bad \
                        field in `errors` with a stable message `code` and the `message`, 409 gives the cycle's \
                        `currentStage` when a step is not open. Messages are in English, or in Traditional Chinese for \
                        `Accept-Language: zh-TW`."""))
                .servers(List.of(new Server().url(properties.baseUrl()).description("This PlanCycle")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A PlanCycle user and password"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /** The problems an operation can answer, and the example of its request body. */
    @Bean
    OperationCustomizer problemsAndExamples() {
        return (operation, handler) -> {
            boolean hasBody = operation.getRequestBody() != null;
            boolean changes = handler.hasMethodAnnotation(PostMapping.class) || handler.hasMethodAnnotation(PutMapping.class);
            boolean hasPathVariables = operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()));
            ApiResponses responses = operation.getResponses();
            if (hasBody || operation.getParameters() != null && !operation.getParameters().isEmpty()) {
                responses.addApiResponse("400", problem("Invalid input: every bad field is named in errors, nothing is changed"));
            }
            responses.addApiResponse("401", problem("No user signed in: HTTP Basic credentials missing or wrong"));
            responses.addApiResponse("403", problem("The user may not do this, or not for this agency"));
            if (hasPathVariables) {
                responses.addApiResponse("404", problem("No such cycle, agency or record"));
            }
            if (changes) {
                responses.addApiResponse("409", problem("Not at this step of the cycle (see currentStage), or changed by someone else meanwhile"));
            }
            if (hasBody) {
                if (!responses.containsKey("413")) {
                    responses.addApiResponse("413", problem("The request body is larger than 2 MiB"));
                }
                addExample(operation, handler);
            }
            return operation;
        };
    }

    private static void addExample(Operation operation, HandlerMethod handler) {
        String name = "api-examples/" + operation.getOperationId() + ".json";
        ClassPathResource resource = new ClassPathResource(name);
        if (!resource.exists()) {
            throw new IllegalStateException(handler.getShortLogMessage() + " takes a request body but has no example: add " + name);
        }
        try {
            String json = resource.getContentAsString(StandardCharsets.UTF_8);
            for (MediaType type : operation.getRequestBody().getContent().values()) {
                type.setExamples(Map.of("example", new Example().summary(operation.getSummary()).value(
                        io.swagger.v3.core.util.Json.mapper().readTree(json))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field, as a path into the request: goals[0].kpis[2].targets.111").example("changes[0].value"))
                .addProperty("code", new StringSchema().description("The message code, stable whatever the language: "
                        + "field.required, field.tooLong, plan.kpi.target.missing, ...").example("revision.reason.missing"))
                .addProperty("message", new StringSchema().description("The message in the caller's language")
                        .example("Give the reason for this change (Renamed)."));
        return new ObjectSchema().description("An RFC 9457 problem detail")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().description("What was wrong, in the caller's language")
                        .example("changes[0].reason: Give the reason for this change (Renamed)."))
                .addProperty("instance", new StringSchema().example("/api/cycles/110/agencies/civil-affairs/revisions"))
                .addProperty("code", new StringSchema().description("The message code of a refusal of the whole "
                        + "request (404, 409), stable whatever the language").example("plan.wrongStep"))
                .addProperty("errors", new ArraySchema().items(fieldError).description("Every bad field (400)"))
                .addProperty("currentStage", new StringSchema().description("The step the cycle or agency is at (409)").example("REVIEW"));
    }
}
