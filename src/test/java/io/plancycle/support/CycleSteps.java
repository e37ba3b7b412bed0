package io.plancycle.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plancycle.support.PlanJson.Actual;
import io.plancycle.support.PlanJson.Place;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The usual steps of one year's cycle, each as its user takes it through the API and checked as that user would see
 * it: the planning office opens the cycle, an agency drafts and submits, the evaluation team approves, the agency
 * files its report, the planning office consolidates and the approver approves.
 */
public final class CycleSteps {

    /** The reply {@link #replyToEveryComment} gives each comment. */
    public static final String REPLY = "遵照辦理，已依審查意見檢討修正。";

    private final PlanCycleApi api;
    private final int year;

    public CycleSteps(PlanCycleApi api, int year) {
        this.api = api;
        this.year = year;
    }

    /** The year the cycle reports on: the one before the cycle's. */
    public int reportYear() {
        return year - 1;
    }

    /** The administrator opens the cycle (null: for every agency); every agency listed is drafting. */
    public JsonNode open(List<String> agencies) {
        JsonNode cycle = api.as("admin").openCycle(year, agencies).expect(201).json();
        assertThat(cycle.path("year").asInt()).isEqualTo(year);
        assertThat(cycle.path("stage").asText()).isEqualTo("SUBMISSIONS");
        cycle.path("agencies").forEach(a -> assertThat(a.path("stage").asText()).as(a.path("code").asText()).isEqualTo("DRAFTING"));
        return cycle;
    }

    /**
     * The administrator opens the cycle with {@link Calendars#ahead()}, every reminder pending (null: for every
     * agency); answers the cycle as opened.
     */
    public JsonNode openAhead(List<String> agencies) {
        return api.as("admin").openCycle(year, Calendars.ahead(), agencies).expect(201).json();
    }

    /** The agency reads its draft, adds last year's actuals and saves it with the version it read. */
    public JsonNode saveDraft(String agency, Map<Place, Actual> actuals) {
        PlanCycleApi.User user = api.as(agency);
        JsonNode plan = user.plan(year, agency).ok();
        assertThat(plan.path("stage").asText()).as("%s's plan", agency).isEqualTo("DRAFTING");
        JsonNode saved = user.savePlan(year, agency, PlanJson.draftWithActuals(plan, reportYear(), actuals)).ok();
        assertThat(saved).as("the saved plan as the save answers it and as it reads afterwards")
                .isEqualTo(user.plan(year, agency).ok());
        return saved;
    }

    /**
     * The agency gives every change its draft made against the approved plan (a target, a measure …) that has no
     * reason yet the same reason (修正理由), as the submission asks, and saves; answers the changes.
     */
    public JsonNode explainChanges(String agency, String reason) {
        PlanCycleApi.User user = api.as(agency);
        JsonNode changes = user.get("/api/cycles/" + year + "/agencies/" + agency + "/plan/changes").ok();
        ObjectNode draft = PlanJson.draft(user.plan(year, agency).ok(), kpi -> { });
        changes.forEach(change -> {
            if (change.path("reason").isNull()) {
                PlanJson.explain(draft, change, reason);
            }
        });
        user.savePlan(year, agency, draft).ok();
        return changes;
    }

    /**
     * The agency sends its plan to the evaluation team (where it has a head, the clerk sends it and the head signs it
     * off): it is under review, one round more.
     */
    public JsonNode submit(String agency) {
        JsonNode submitted = signedOff(agency, api.as(agency).submit(year, agency).ok());
        assertThat(submitted.path("stage").asText()).as("%s submitted", agency).isEqualTo("REVIEW");
        return submitted;
    }

    public JsonNode draftAndSubmit(String agency, Map<Place, Actual> actuals) {
        saveDraft(agency, actuals);
        return submit(agency);
    }

    public JsonNode draftAndSubmit(String agency) {
        return draftAndSubmit(agency, Map.of());
    }

    /** The evaluation team approves the agency's submission: the agency goes on to its report. */
    public JsonNode approveReview(String agency) {
        JsonNode review = api.as("reviewer").approveReview(year, agency).ok();
        assertThat(review.path("decision").asText()).isEqualTo("APPROVE");
        assertThat(api.as(agency).plan(year, agency).ok().path("stage").asText()).as("%s after approval", agency)
                .isEqualTo("REPORT");
        return review;
    }

    /** The ids of the comments of the agency's latest round of review, in the order they were written. */
    public List<Long> latestComments(String agency) {
        JsonNode rounds = api.as(agency).reviews(year, agency).ok();
        List<Long> ids = new ArrayList<>();
        rounds.get(rounds.size() - 1).path("comments").forEach(c -> ids.add(c.path("id").asLong()));
        return ids;
    }

    /** The agency replies to every comment of the round its plan was returned in, as its revision's draft. */
    public void replyToEveryComment(String agency) {
        Map<Long, String> replies = new LinkedHashMap<>();
        latestComments(agency).forEach(id -> replies.put(id, REPLY));
        api.as(agency).reply(year, agency, replies).ok();
    }

    /** The performance report body the agency would send: its actuals for the report year. */
    public JsonNode reportBody(String agency, Map<Place, Actual> actuals) {
        JsonNode plan = api.as(agency).plan(year, agency).ok();
        assertThat(plan.path("stage").asText()).as("%s's plan", agency).isEqualTo("REPORT");
        return PlanJson.report(plan, reportYear(), actuals);
    }

    /** The agency files its performance report: it is done. */
    public JsonNode fileReport(String agency, Map<Place, Actual> actuals) {
        JsonNode filed = signedOff(agency, api.as(agency).report(year, agency, reportBody(agency, actuals)).ok());
        assertThat(filed.path("stage").asText()).as("%s after its report", agency).isEqualTo("DONE");
        return filed;
    }

    public JsonNode fileReport(String agency) {
        return fileReport(agency, Map.of());
    }

    /** What the clerk sent, as it stands once the agency's head (demo user {@code <agency>-head}) has signed it off. */
    private JsonNode signedOff(String agency, JsonNode sent) {
        if (!sent.path("stage").asText().equals("SIGN_OFF")) {
            return sent;
        }
        return api.as(agency + "-head").signOff(year, agency, "APPROVE", null).ok();
    }

    /** Waits for the cycle to reach consolidation (the last agency done moves it on), as the admin sees it. */
    public JsonNode awaitConsolidation() {
        return api.as("admin").awaitCycleStage(year, "CONSOLIDATION");
    }

    /** The administrator consolidates and the approver approves: the cycle is approved. */
    public JsonNode consolidateAndApprove() {
        JsonNode consolidated = api.as("admin").consolidate(year).ok();
        assertThat(consolidated.path("stage").asText()).isEqualTo("APPROVAL");
        JsonNode approved = api.as("approver").approve(year).ok();
        assertThat(approved.path("stage").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("approvedAt").isNull()).as("approvedAt").isFalse();
        return approved;
    }

    /** Per agency code, its line in the cycle view (stage, reviewRound, dueOn, overdue), in the city's order. */
    public static Map<String, JsonNode> agencies(JsonNode cycle) {
        Map<String, JsonNode> byCode = new LinkedHashMap<>();
        cycle.path("agencies").forEach(a -> {
            JsonNode previous = byCode.put(a.path("code").asText(), a);
            assertThat(previous).as("agency %s listed twice in the cycle", a.path("code").asText()).isNull();
        });
        return byCode;
    }

    /** Per agency code, the stage it is at. */
    public static Map<String, String> stages(JsonNode cycle) {
        Map<String, String> stages = new LinkedHashMap<>();
        agencies(cycle).forEach((code, a) -> stages.put(code, a.path("stage").asText()));
        return stages;
    }
}
