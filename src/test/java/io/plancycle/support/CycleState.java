package io.plancycle.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Everything the users and the engine hold of one year's cycle, as read through the HTTP API: the cycle view (every
 * agency's stage, review round, due date), every user's open tasks, every agency's plan (draft data, actuals, version)
 * and reviews (comments per KPI), and the engine's pending timer jobs ({@code GET /engine-rest/job?timers=true}). Two
 * states compare equal when nothing of it differs.
 */
public record CycleState(JsonNode cycle, Map<String, JsonNode> tasks, Map<String, JsonNode> plans,
                         Map<String, JsonNode> reviews, List<JsonNode> timers) {

    /** The users whose task lists are read besides every agency of the cycle. */
    public static final List<String> OFFICE_USERS = List.of("admin", "reviewer", "approver");

    public static CycleState read(PlanCycleApi api, int year) {
        JsonNode cycle = api.as("admin").cycle(year).ok();
        List<String> agencies = List.copyOf(CycleSteps.agencies(cycle).keySet());
        Map<String, JsonNode> tasks = new LinkedHashMap<>();
        List<String> users = new ArrayList<>(OFFICE_USERS);
        users.addAll(agencies);
        users.forEach(user -> tasks.put(user, api.as(user).tasks().ok()));
        Map<String, JsonNode> plans = new LinkedHashMap<>();
        Map<String, JsonNode> reviews = new LinkedHashMap<>();
        for (String agency : agencies) {
            plans.put(agency, api.as(agency).plan(year, agency).ok());
            reviews.put(agency, api.as(agency).reviews(year, agency).ok());
        }
        return new CycleState(cycle, tasks, plans, reviews, timers(api));
    }

    /** The engine's timer jobs, by id. */
    public static List<JsonNode> timers(PlanCycleApi api) {
        JsonNode jobs = api.as("admin").get("/engine-rest/job?timers=true").ok();
        return StreamSupport.stream(jobs.spliterator(), false)
                .sorted(Comparator.comparing((JsonNode job) -> job.path("id").asText()))
                .toList();
    }

    /** A timer's due date as the engine's REST API writes it ({@code 2026-12-01T09:00:00.000+0800}). */
    public static Instant dueDate(JsonNode timer) {
        return OffsetDateTime.parse(timer.path("dueDate").asText(), ENGINE_DATE).toInstant();
    }

    private static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSZ");

    /** The agencies of the cycle, in the city's order. */
    public List<String> agencies() {
        return List.copyOf(plans.keySet());
    }
}
