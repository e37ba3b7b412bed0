package io.plancycle.revision;

import io.plancycle.plan.AgencyPlanForm;
import io.plancycle.plan.RevisionKind;

import java.util.Map;
import java.util.TreeMap;

import static io.plancycle.plan.AgencyPlanForm.blank;
import static io.plancycle.plan.AgencyPlanForm.text;

/**
 * A KPI the revision adds, to a goal of the plan ({@code goalId}) or to a goal the same revision adds (no goalId): its
 * name, measure, the remaining years' targets and the reason it is added.
 */
public class NewKpiForm {

    public Long goalId;
    public String name;
    public String measure;
    public Map<Integer, String> targets = new TreeMap<>();
    public String reason;

    void normalize() {
        targets = targets == null ? new TreeMap<>() : targets;
    }

    boolean isBlank() {
        return blank(name) && blank(measure) && blank(reason) && targets.values().stream().allMatch(AgencyPlanForm::blank);
    }

    /**
     * The KPI added, unless nothing of it is typed: into {@code goalId}, or without one into the goal added just before
     * it ({@code goalField} the form field a problem with its goal is shown at).
     */
    void addChange(Long goalId, String base, String goalField, FormChanges out) {
        if (isBlank()) {
            return;
        }
        Map<Integer, String> typed = new TreeMap<>();
        targets.forEach((year, raw) -> {
            if (year != null && !blank(raw)) {
                typed.put(year, raw.strip());
            }
        });
        out.add(new RevisionRequest.Change(RevisionKind.KPI_ADDED, null, goalId, null, null, null, text(name),
                text(measure), typed, null, text(reason), null, null), FormChanges.Origin.ofNewKpi(base, goalField));
    }
}
