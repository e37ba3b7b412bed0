package io.plancycle.support;

import io.plancycle.plan.Direction;
import io.plancycle.plan.TargetComparison;
import io.plancycle.plan.TargetParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;

/**
 * What an agency does with its plan as {@code GET …/plan} shows it: find a KPI by its place («goal 3, KPI 1»), turn
 * the plan read into the draft it saves with last year's actuals added, and write its performance report.
 * <p>
 * Unless told otherwise (a {@code Map<Place, Actual>}), an agency reports an actual exactly on target: the target's own number
 * for a numeric target (just past it for a strict {@code >} or {@code <}), and "met" for a date, frequency or completion.
 */
public final class PlanJson {

    /** A KPI's place in its agency's plan: goal number 一, 二 … as 1, 2 …, then the KPI's number within the goal. */
    public record Place(int goal, int kpi) {
        public static Place of(int goal, int kpi) {
            return new Place(goal, kpi);
        }

        @Override
        public String toString() {
            return goal + "/" + kpi;
        }
    }

    /** An actual as the agency writes it; {@code met} only where the target is not a number. */
    public record Actual(String value, Boolean met, String explanation) {
        public static Actual of(String value) {
            return new Actual(value, null, null);
        }

        public static Actual missed(String value, String explanation) {
            return new Actual(value, null, explanation);
        }

        public static Actual judgedMet(String value) {
            return new Actual(value, true, null);
        }

        public Actual withoutExplanation() {
            return new Actual(value, met, null);
        }
    }

    private PlanJson() {
    }

    // ---- finding things in a plan ------------------------------------------------------------------------------

    public static JsonNode goal(JsonNode plan, int goalNo) {
        return stream(plan.path("goals")).filter(g -> g.path("no").asInt() == goalNo).findFirst()
                .orElseThrow(() -> new AssertionError(plan.path("agencyCode").asText() + " has no goal " + goalNo));
    }

    public static JsonNode kpi(JsonNode plan, Place place) {
        return stream(goal(plan, place.goal()).path("kpis")).filter(k -> k.path("no").asInt() == place.kpi()).findFirst()
                .orElseThrow(() -> new AssertionError(plan.path("agencyCode").asText() + " has no KPI " + place));
    }

    public static long kpiId(JsonNode plan, Place place) {
        return kpi(plan, place).path("id").asLong();
    }

    /** The KPI's actual of a year as the plan shows it: value, met, rate, overThreshold, explanation, finalReport. */
    public static JsonNode actual(JsonNode plan, Place place, int year) {
        return kpi(plan, place).path("actuals").path(String.valueOf(year));
    }

    public static List<JsonNode> kpis(JsonNode plan) {
        return stream(plan.path("goals")).flatMap(g -> stream(g.path("kpis"))).toList();
    }

    public static int kpiCount(JsonNode plan) {
        return kpis(plan).size();
    }

    /** Whether the KPI had a target for the year (not "-", "--" or none at all): then an actual is due. */
    public static boolean hasTarget(JsonNode kpi, int year) {
        JsonNode target = kpi.path("targets").path(String.valueOf(year));
        return !target.isMissingNode() && !"NONE".equals(target.path("kind").asText());
    }

    // ---- the draft the agency saves ----------------------------------------------------------------------------

    /**
     * The plan as read, turned into the draft {@code PUT …/plan} takes (the version read included), with an actual for
     * {@code year} on every KPI that had a target that year: the given ones where named, else on target.
     */
    public static ObjectNode draftWithActuals(JsonNode plan, int year, Map<Place, Actual> given) {
        ObjectNode draft = draft(plan, kpi -> { });
        forEachKpi(plan, draft, (place, kpi, kpiDraft) -> {
            if (hasTarget(kpi, year)) {
                Actual actual = given.getOrDefault(place, onTarget(kpi, year));
                ((ObjectNode) kpiDraft.path("actuals")).set(String.valueOf(year), actualJson(actual));
                noteBelowActual(kpi, kpiDraft, year + 1, actual);
            }
        });
        return draft;
    }

    /**
     * Where the next year's target is below the actual (an actual on a strict target, {@code >500}: 501, is above it),
     * the city asks for a cause and a countermeasure, which the draft then gives.
     */
    private static void noteBelowActual(JsonNode kpi, ObjectNode kpiDraft, int nextYear, Actual actual) {
        JsonNode next = kpi.path("targets").path(String.valueOf(nextYear));
        if (next.isMissingNode() || !TargetComparison.belowActual(Direction.valueOf(kpi.path("direction").asText()),
                TargetParser.parse(next.path("raw").asText()), TargetParser.parse(actual.value()))) {
            return;
        }
        ObjectNode note = PlanCycleApi.object();
        note.put("cause", "前一年度實際值略高於目標值。");
        note.put("countermeasure", "依原核定計畫持續推動。");
        ObjectNode notes = kpiDraft.has("notes") ? (ObjectNode) kpiDraft.get("notes") : kpiDraft.putObject("notes");
        notes.set(String.valueOf(nextYear), note);
    }

    /** The plan as read, turned into the draft {@code PUT …/plan} takes, changed by {@code edit} per KPI draft. */
    public static ObjectNode draft(JsonNode plan, Consumer<ObjectNode> edit) {
        ObjectNode draft = PlanCycleApi.object();
        draft.put("version", plan.path("version").asLong());
        for (String section : List.of("mission", "vision", "situation", "strategies", "priorities")) {
            draft.set(section, plan.path(section));
        }
        ArrayNode goals = draft.putArray("goals");
        for (JsonNode goal : plan.path("goals")) {
            ObjectNode goalDraft = goals.addObject();
            goalDraft.put("id", goal.path("id").asLong());
            goalDraft.put("title", goal.path("title").asText());
            ArrayNode kpis = goalDraft.putArray("kpis");
            for (JsonNode kpi : goal.path("kpis")) {
                ObjectNode kpiDraft = kpis.addObject();
                for (String field : List.of("id", "name", "measure", "unit", "direction", "pageRef")) {
                    kpiDraft.set(field, kpi.path(field));
                }
                ObjectNode targets = kpiDraft.putObject("targets");
                kpi.path("targets").fields().forEachRemaining(t -> targets.put(t.getKey(), t.getValue().path("raw").asText()));
                ObjectNode actuals = kpiDraft.putObject("actuals");
                kpi.path("actuals").fields().forEachRemaining(a -> actuals.set(a.getKey(), actualJson(new Actual(
                        a.getValue().path("value").asText(), bool(a.getValue().path("met")),
                        a.getValue().path("explanation").asText(null)))));
                edit.accept(kpiDraft);
            }
        }
        return draft;
    }

    /**
     * Gives a change the draft makes to a KPI against the plan it was started from its reason (修正理由), as the
     * submission asks: {@code what} is "added", "name", "measure", "unit", "direction" or "goal" (moved), or the year of a
     * target changed. Answers the KPI's draft.
     */
    public static ObjectNode reason(ObjectNode kpiDraft, Object what, String reason) {
        ObjectNode reasons = kpiDraft.path("reasons").isObject() ? (ObjectNode) kpiDraft.get("reasons")
                : kpiDraft.putObject("reasons");
        if (what instanceof Integer year) {
            ObjectNode targets = reasons.path("targets").isObject() ? (ObjectNode) reasons.get("targets")
                    : reasons.putObject("targets");
            targets.put(String.valueOf(year), reason);
        } else {
            reasons.put(what.toString(), reason);
        }
        return kpiDraft;
    }

    private static final java.util.regex.Pattern REASON_FIELD =
            java.util.regex.Pattern.compile("^goals\\[(\\d+)](?:\\.kpis\\[(\\d+)])?\\.reasons\\.(.+)$");

    /**
     * Puts a reason into the draft where a change of {@code GET …/plan/changes} says it goes ({@code field}), keeping
     * the KPI a removed one was merged into.
     */
    public static void explain(ObjectNode draft, JsonNode change, String reason) {
        String field = change.path("field").asText();
        java.util.regex.Matcher m = REASON_FIELD.matcher(field);
        if (m.matches()) {
            ObjectNode goal = (ObjectNode) draft.path("goals").get(Integer.parseInt(m.group(1)));
            String what = m.group(3);
            if (m.group(2) == null) {
                (goal.path("reasons").isObject() ? (ObjectNode) goal.get("reasons") : goal.putObject("reasons")).put(what, reason);
            } else {
                ObjectNode kpi = (ObjectNode) goal.path("kpis").get(Integer.parseInt(m.group(2)));
                reason(kpi, what.startsWith("targets.") ? (Object) Integer.valueOf(what.substring(8)) : what, reason);
            }
        } else if (field.startsWith("removedGoals.")) {
            object(draft, "removedGoals").put(field.substring("removedGoals.".length()), reason);
        } else {
            ObjectNode removed = object(object(draft, "removedKpis"), String.valueOf(change.path("kpiId").asLong()));
            removed.put("reason", reason);
            removed.set("mergedInto", change.path("mergedInto"));
        }
    }

    private static ObjectNode object(ObjectNode parent, String name) {
        return parent.path(name).isObject() ? (ObjectNode) parent.get(name) : parent.putObject(name);
    }

    // ---- the performance report --------------------------------------------------------------------------------

    /**
     * The performance report body: an actual for {@code year} of every KPI with a target that year, in the plan's
     * order, then of those withdrawn from the plan since; the given ones where named (a withdrawn KPI by its place
     * under its goal before it left), else on target.
     */
    public static ObjectNode report(JsonNode plan, int year, Map<Place, Actual> given) {
        ObjectNode report = PlanCycleApi.object();
        ArrayNode actuals = report.putArray("actuals");
        KpiVisitor line = (place, kpi, ignored) -> {
            if (hasTarget(kpi, year)) {
                ObjectNode actual = actualJson(given.getOrDefault(place, onTarget(kpi, year)));
                actual.put("kpiId", kpi.path("id").asLong());
                actual.put("year", year);
                actuals.add(actual);
            }
        };
        forEachKpi(plan, null, line);
        forEachKpi(plan.path("withdrawn"), line);
        return report;
    }

    /** The index in a {@link #report} body of the line about a KPI, as a 400 names it ({@code actuals[i]}). */
    public static int reportIndex(JsonNode report, long kpiId) {
        JsonNode actuals = report.path("actuals");
        for (int i = 0; i < actuals.size(); i++) {
            if (actuals.get(i).path("kpiId").asLong() == kpiId) {
                return i;
            }
        }
        throw new AssertionError("the report has no line for KPI " + kpiId);
    }

    /** An actual exactly on the year's target. */
    public static Actual onTarget(JsonNode kpi, int year) {
        JsonNode target = kpi.path("targets").path(String.valueOf(year));
        String kind = target.path("kind").asText();
        if (!kind.equals("NUMBER") && !kind.equals("CEILING")) {
            return Actual.judgedMet("已依目標完成");
        }
        BigDecimal value = target.path("value").decimalValue();
        String op = target.path("op").asText();
        if (op.equals(">")) {
            value = value.add(BigDecimal.ONE);
        } else if (op.equals("<")) {
            value = value.compareTo(BigDecimal.ONE) > 0 ? value.subtract(BigDecimal.ONE)
                    : value.divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
        }
        String unit = "%".equals(target.path("unit").asText(null)) ? "%" : "";
        return Actual.of(plain(value) + unit);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static ObjectNode actualJson(Actual actual) {
        ObjectNode json = PlanCycleApi.object();
        json.put("value", actual.value());
        if (actual.met() == null) {
            json.putNull("met");
        } else {
            json.put("met", actual.met());
        }
        json.put("explanation", actual.explanation());
        return json;
    }

    private static Boolean bool(JsonNode node) {
        return node.isBoolean() ? node.booleanValue() : null;
    }

    private interface KpiVisitor {
        void visit(Place place, JsonNode kpi, ObjectNode kpiDraft);
    }

    /** Visits each KPI of the plan with its place and, when a draft is given, the KPI's entry in it. */
    private static void forEachKpi(JsonNode goals, KpiVisitor visitor) {
        for (JsonNode goal : goals) {
            for (JsonNode kpi : goal.path("kpis")) {
                visitor.visit(Place.of(goal.path("no").asInt(), kpi.path("no").asInt()), kpi, null);
            }
        }
    }

    private static void forEachKpi(JsonNode plan, ObjectNode draft, KpiVisitor visitor) {
        if (draft == null) {
            forEachKpi(plan.path("goals"), visitor);
            return;
        }
        Iterator<JsonNode> goalDrafts = draft.path("goals").elements();
        for (JsonNode goal : plan.path("goals")) {
            Iterator<JsonNode> kpiDrafts = goalDrafts.next().path("kpis").elements();
            for (JsonNode kpi : goal.path("kpis")) {
                visitor.visit(Place.of(goal.path("no").asInt(), kpi.path("no").asInt()), kpi, (ObjectNode) kpiDrafts.next());
            }
        }
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(Objects.requireNonNull(array).spliterator(), false);
    }
}
