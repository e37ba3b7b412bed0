package io.plancycle.revision;

import io.plancycle.plan.AgencyPlanForm;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.RevisionKind;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static io.plancycle.plan.AgencyPlanForm.text;

/**
 * One KPI of the plan on the revision screen: its name, measure, unit and direction, the remaining years' targets (a
 * lowered one with its cause 原因 and countermeasure 因應策略), the goal it belongs to, and whether it is deleted or merged
 * into another KPI (併入), each change with its reason (修正理由).
 */
public class KpiRevisionForm {

    public Long id;
    public Long goalId;
    public String moveReason;
    public String name;
    public String nameReason;
    public String measure;
    public String measureReason;
    public String unit;
    public String unitReason;
    public String direction;
    public String directionReason;
    public Map<Integer, String> targets = new TreeMap<>();
    public Map<Integer, String> reasons = new TreeMap<>();
    /** Per year, why a lowered target is lowered (原因) and what the agency will do about it (因應策略). */
    public Map<Integer, String> causes = new TreeMap<>();
    public Map<Integer, String> countermeasures = new TreeMap<>();
    public boolean delete;
    /** The KPI of the plan a deleted one is merged into (併入指標); null: deleted only. */
    public Long mergeInto;
    public String deleteReason;

    /** The KPI as the plan has it, nothing changed. */
    static KpiRevisionForm of(PlanView.KpiView kpi, Long goalId, PlanView plan) {
        KpiRevisionForm form = new KpiRevisionForm();
        form.id = kpi.id();
        form.goalId = goalId;
        form.name = kpi.name();
        form.measure = kpi.measure();
        form.unit = kpi.unit();
        form.direction = directionOf(kpi);
        for (int year = plan.cycleYear(); year <= plan.lastYear(); year++) {
            PlanView.TargetView target = kpi.targets().get(year);
            form.targets.put(year, target == null ? "" : target.raw());
        }
        return form;
    }

    void normalize() {
        targets = targets == null ? new TreeMap<>() : targets;
        reasons = reasons == null ? new TreeMap<>() : reasons;
        causes = causes == null ? new TreeMap<>() : causes;
        countermeasures = countermeasures == null ? new TreeMap<>() : countermeasures;
    }

    /** Whether the KPI is moved out of the goal it is in ({@code from}) into another one. */
    boolean movesOutOf(Long from) {
        return goalId != null && !goalId.equals(from);
    }

    /**
     * What the user changed against the KPI as the plan has it ({@code goalId}: the goal it is in): its deletion or
     * merger alone; or its name, measure, unit, direction, each changed remaining year's target and its move to
     * another goal. Unchanged fields send nothing.
     */
    void addChanges(PlanView.KpiView kpi, Long inGoal, PlanView plan, String base, FormChanges out) {
        if (delete) {
            RevisionKind kind = mergeInto == null ? RevisionKind.KPI_DELETED : RevisionKind.KPI_MERGED;
            out.add(FormChanges.change(kind, kpi.id(), null, null, deleteReason, mergeInto), FormChanges.Origin.of(base,
                    base + (mergeInto == null ? ".delete" : ".mergeInto"), base + ".deleteReason"));
            return;
        }
        out.ifChanged(RevisionKind.KPI_RENAMED, kpi.id(), null, name, kpi.name(), base, "name", nameReason);
        out.ifChanged(RevisionKind.MEASURE_CHANGE, kpi.id(), null, measure, kpi.measure(), base, "measure", measureReason);
        out.ifChanged(RevisionKind.UNIT_CHANGE, kpi.id(), null, unit, kpi.unit(), base, "unit", unitReason);
        out.ifChanged(RevisionKind.DIRECTION_CHANGE, kpi.id(), null, direction, directionOf(kpi), base, "direction",
                directionReason);
        for (int year = plan.cycleYear(); year <= plan.lastYear(); year++) {
            String value = AgencyPlanForm.trimmed(targets.get(year));
            PlanView.TargetView target = kpi.targets().get(year);
            String before = target == null ? null : target.raw();
            if (!Objects.equals(value, before == null ? null : before.strip())) {
                out.add(new RevisionRequest.Change(RevisionKind.TARGET_CHANGE, kpi.id(), null, null, year, value,
                                null, null, null, null, text(reasons.get(year)), text(causes.get(year)),
                                text(countermeasures.get(year))),
                        FormChanges.Origin.of(base, base + ".targets[" + year + "]", base + ".reasons[" + year + "]"));
            }
        }
        if (movesOutOf(inGoal)) {
            out.add(FormChanges.change(RevisionKind.KPI_MOVED, kpi.id(), goalId, null, moveReason, null),
                    FormChanges.Origin.of(base, base + ".goalId", base + ".moveReason"));
        }
    }

    private static String directionOf(PlanView.KpiView kpi) {
        return kpi.direction() == null ? null : kpi.direction().name();
    }
}
