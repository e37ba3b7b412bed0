package io.plancycle.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * The engine's REST API ({@code /engine-rest}) as an administrator uses it to complete PlanCycle's user tasks, the way
 * Camunda's own clients do: find the task by its process's business key ({@code 110:fire} for an agency's submission,
 * {@code 110} for the cycle) and its id in the BPMN, then {@code POST /engine-rest/task/{id}/complete}.
 */
public final class EngineRest {

    private final PlanCycleApi.User admin;

    public EngineRest(PlanCycleApi api) {
        this.admin = api.as("admin");
    }

    /** The open tasks of that process at that BPMN task. */
    public JsonNode tasks(String businessKey, String taskId) {
        return admin.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + taskId).ok();
    }

    /** The id of the one open task there, waiting for it to be created (a batch of agencies starts in a job). */
    public String taskId(String businessKey, String taskId) {
        return await(taskId + " of " + businessKey).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> tasks(businessKey, taskId), found -> found.size() == 1).get(0).path("id").asText();
    }

    /** Completes the open task there with these variables (names to plain values, sent as typed by the REST API). */
    public PlanCycleApi.Response complete(String businessKey, String taskId, Map<String, Object> variables) {
        return admin.post("/engine-rest/task/" + taskId(businessKey, taskId) + "/complete", body(variables));
    }

    /** The same, as a form is submitted ({@code POST /engine-rest/task/{id}/submit-form}). */
    public PlanCycleApi.Response submitForm(String businessKey, String taskId, Map<String, Object> variables) {
        return admin.post("/engine-rest/task/" + taskId(businessKey, taskId) + "/submit-form", body(variables));
    }

    private static ObjectNode body(Map<String, Object> variables) {
        ObjectNode body = PlanCycleApi.object();
        ObjectNode values = body.putObject("variables");
        variables.forEach((name, value) -> values.putObject(name).set("value", PlanCycleApi.JSON.valueToTree(value)));
        return body;
    }
}
