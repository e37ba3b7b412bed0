package io.plancycle.plan;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan editor's fields for the reasons (修正理由) of a draft's changes against the plan it was started from
 * ({@link DraftChanges}), as {@link AgencyPlanForm} binds them: per goal, per KPI, and per goal or KPI removed.
 */
public final class ReasonForms {

    private static final Pattern FIELD = Pattern.compile(
            "^(?:goals\\[(\\d+)](?:\\.kpis\\[(\\d+)])?\\.reasons\\.|removed(Kpis|Goals)\\.(\\d+))(.*)$");

    private ReasonForms() {
    }

    /** The reasons (修正理由) of a goal's changes against the plan the draft was started from. */
    public static class GoalReasons {
        public String added;
        public String title;
    }

    /** The reasons of a KPI's changes: added, renamed, measure, unit, direction, moved (goal), a target per year. */
    public static class KpiReasons {
        public String added;
        public String name;
        public String measure;
        public String unit;
        public String direction;
        public String goal;
        public Map<Integer, String> targets = new TreeMap<>();
    }

    public static class Removed {
        public String reason;
        public Long mergedInto;
    }

    /** Puts a reason given before where the form shows it ({@link DraftChange#field()} names it as the draft does). */
    static void put(AgencyPlanForm form, String field, String reason, Long mergedInto) {
        Matcher m = FIELD.matcher(field);
        if (!m.matches()) {
            return;
        }
        String rest = m.group(5);
        if (m.group(3) != null) {
            Long id = Long.valueOf(m.group(4));
            if (m.group(3).equals("Goals")) {
                form.removedGoals.put(id, reason);
            } else {
                Removed removed = form.removedKpis.computeIfAbsent(id, k -> new Removed());
                removed.reason = reason;
                removed.mergedInto = mergedInto;
            }
            return;
        }
        AgencyPlanForm.GoalForm goal = form.goals.get(Integer.parseInt(m.group(1)));
        if (m.group(2) == null) {
            if (rest.equals("added")) {
                goal.reasons.added = reason;
            } else {
                goal.reasons.title = reason;
            }
            return;
        }
        KpiReasons r = goal.kpis.get(Integer.parseInt(m.group(2))).reasons;
        switch (rest) {
            case "added" -> r.added = reason;
            case "name" -> r.name = reason;
            case "measure" -> r.measure = reason;
            case "unit" -> r.unit = reason;
            case "direction" -> r.direction = reason;
            case "goal" -> r.goal = reason;
            default -> r.targets.put(Integer.valueOf(rest.substring("targets.".length())), reason);
        }
    }
}
