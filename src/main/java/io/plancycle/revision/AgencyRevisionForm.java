package io.plancycle.revision;

import io.plancycle.plan.RevisionKind;
import io.plancycle.plan.AgencyPlanForm;
import io.plancycle.plan.PlanView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static io.plancycle.plan.AgencyPlanForm.blank;
import static io.plancycle.plan.AgencyPlanForm.text;

/**
 * The revision screen's form: per KPI of the plan (in the plan's order) the remaining years' targets, the measure, the
 * goal it belongs to and whether it is deleted, each change with its reason (修正理由); the KPIs added; and the replies
 * (回覆說明) to the comments of the round, by the comment's id. Compared with the plan and the replies as they stand, it
 * becomes the changes and replies {@link io.plancycle.revision.RevisionService#revise} records.
 */
public class AgencyRevisionForm {

    public Long version;
    public List<KpiForm> kpis = new ArrayList<>();
    public List<NewKpiForm> added = new ArrayList<>();
    public Map<Long, String> replies = new TreeMap<>();

    public static class KpiForm {
        public Long id;
        public Long goalId;
        public String moveReason;
        public String measure;
        public String measureReason;
        public Map<Integer, String> targets = new TreeMap<>();
        public Map<Integer, String> reasons = new TreeMap<>();
        /** Per year, why a lowered target is lowered (原因) and what the agency will do about it (因應策略). */
        public Map<Integer, String> causes = new TreeMap<>();
        public Map<Integer, String> countermeasures = new TreeMap<>();
        public boolean delete;
        public String deleteReason;
    }

    public static class NewKpiForm {
        public Long goalId;
        public String name;
        public String measure;
        public Map<Integer, String> targets = new TreeMap<>();
        public String reason;

        boolean isBlank() {
            return blank(name) && blank(measure) && blank(reason) && targets.values().stream().allMatch(AgencyPlanForm::blank);
        }
    }

    /** One change sent, and the form fields it came from: where the service's complaints about it are shown. */
    public record Origin(String base, String valueField, String reasonField) {
    }

    /** The changes and, index for index, where each came from. */
    public record Changes(List<RevisionRequest.Change> changes, List<Origin> origins) {
        public boolean isEmpty() {
            return changes.isEmpty();
        }
    }

    /** The plan as it stands, nothing changed yet. */
    public static AgencyRevisionForm of(PlanView plan) {
        AgencyRevisionForm form = new AgencyRevisionForm();
        form.version = plan.version();
        for (PlanView.GoalView goal : plan.goals()) {
            for (PlanView.KpiView kpi : goal.kpis()) {
                KpiForm kpiForm = new KpiForm();
                kpiForm.id = kpi.id();
                kpiForm.goalId = goal.id();
                kpiForm.measure = kpi.measure();
                for (int year = plan.cycleYear(); year <= plan.lastYear(); year++) {
                    PlanView.TargetView target = kpi.targets().get(year);
                    kpiForm.targets.put(year, target == null ? "" : target.raw());
                }
                form.kpis.add(kpiForm);
            }
        }
        return form;
    }

    public AgencyRevisionForm normalized() {
        if (kpis == null) {
            kpis = new ArrayList<>();
        }
        if (added == null) {
            added = new ArrayList<>();
        }
        if (replies == null) {
            replies = new TreeMap<>();
        }
        kpis.removeIf(Objects::isNull);
        added.removeIf(Objects::isNull);
        kpis.forEach(k -> {
            k.targets = k.targets == null ? new TreeMap<>() : k.targets;
            k.reasons = k.reasons == null ? new TreeMap<>() : k.reasons;
            k.causes = k.causes == null ? new TreeMap<>() : k.causes;
            k.countermeasures = k.countermeasures == null ? new TreeMap<>() : k.countermeasures;
        });
        added.forEach(a -> a.targets = a.targets == null ? new TreeMap<>() : a.targets);
        return this;
    }

    /** The form's entry for a KPI of the plan (index in {@link #kpis}), or -1. */
    public int indexOf(Long kpiId) {
        for (int i = 0; i < kpis.size(); i++) {
            if (Objects.equals(kpis.get(i).id, kpiId)) {
                return i;
            }
        }
        return -1;
    }

    /** Makes sure every KPI of the plan has its entry (a KPI added since the form was read shows unchanged). */
    public void cover(PlanView plan) {
        AgencyRevisionForm fresh = of(plan);
        for (KpiForm kpi : fresh.kpis) {
            if (indexOf(kpi.id) < 0) {
                kpis.add(kpi);
            }
        }
    }

    public void addNew(Long goalId) {
        NewKpiForm kpi = new NewKpiForm();
        kpi.goalId = goalId;
        added.add(kpi);
    }

    public void removeNew(int i) {
        if (i >= 0 && i < added.size()) {
            added.remove(i);
        }
    }

    /**
     * What the user changed against the plan as it stands: per KPI its deletion alone, or its measure, each changed
     * remaining year's target and its move to another goal; then each KPI added. Unchanged fields send nothing.
     */
    public Changes changes(PlanView plan) {
        List<RevisionRequest.Change> changes = new ArrayList<>();
        List<Origin> origins = new ArrayList<>();
        java.util.Map<Long, Long> goalOf = new java.util.HashMap<>();
        java.util.Map<Long, PlanView.KpiView> kpiById = new java.util.HashMap<>();
        for (PlanView.GoalView goal : plan.goals()) {
            for (PlanView.KpiView kpi : goal.kpis()) {
                goalOf.put(kpi.id(), goal.id());
                kpiById.put(kpi.id(), kpi);
            }
        }
        for (int i = 0; i < kpis.size(); i++) {
            KpiForm form = kpis.get(i);
            PlanView.KpiView kpi = kpiById.get(form.id);
            String base = "kpis[" + i + "]";
            if (kpi == null) {
                continue;
            }
            if (form.delete) {
                changes.add(change(RevisionKind.KPI_DELETED, kpi.id(), null, null, null, form.deleteReason));
                origins.add(new Origin(base, base + ".delete", base + ".deleteReason"));
                continue;
            }
            String measure = text(form.measure);
            if (!Objects.equals(measure, text(kpi.measure()))) {
                changes.add(change(RevisionKind.MEASURE_CHANGE, kpi.id(), null, null, measure, form.measureReason));
                origins.add(new Origin(base, base + ".measure", base + ".measureReason"));
            }
            for (int year = plan.cycleYear(); year <= plan.lastYear(); year++) {
                String value = AgencyPlanForm.trimmed(form.targets.get(year));
                PlanView.TargetView target = kpi.targets().get(year);
                String before = target == null ? null : target.raw();
                if (!Objects.equals(value, before == null ? null : before.strip())) {
                    changes.add(new RevisionRequest.Change(RevisionKind.TARGET_CHANGE, kpi.id(), null, null, year, value,
                            null, null, null, null, text(form.reasons.get(year)), text(form.causes.get(year)),
                            text(form.countermeasures.get(year))));
                    origins.add(new Origin(base, base + ".targets[" + year + "]", base + ".reasons[" + year + "]"));
                }
            }
            if (form.goalId != null && !form.goalId.equals(goalOf.get(kpi.id()))) {
                changes.add(change(RevisionKind.KPI_MOVED, kpi.id(), form.goalId, null, null, form.moveReason));
                origins.add(new Origin(base, base + ".goalId", base + ".moveReason"));
            }
        }
        for (int i = 0; i < added.size(); i++) {
            NewKpiForm form = added.get(i);
            if (form.isBlank()) {
                continue;
            }
            Map<Integer, String> targets = new TreeMap<>();
            form.targets.forEach((year, raw) -> {
                if (year != null && !blank(raw)) {
                    targets.put(year, raw.strip());
                }
            });
            String base = "added[" + i + "]";
            changes.add(new RevisionRequest.Change(RevisionKind.KPI_ADDED, null, form.goalId, null, null, null,
                    text(form.name), text(form.measure), targets, null, text(form.reason), null, null));
            origins.add(new Origin(base, base + ".name", base + ".reason"));
        }
        return new Changes(changes, origins);
    }

    /** The replies typed that differ from those saved (by comment id), in the order of the comments; blank: taken back. */
    public List<RevisionRequest.Reply> changedReplies(Map<Long, String> saved) {
        List<RevisionRequest.Reply> changed = new ArrayList<>();
        replies.forEach((commentId, typed) -> {
            if (!Objects.equals(text(typed), saved.get(commentId))) {
                changed.add(new RevisionRequest.Reply(commentId, text(typed)));
            }
        });
        return changed;
    }

    private static RevisionRequest.Change change(RevisionKind kind, Long kpiId, Long goalId, Integer year, String value,
                                                 String reason) {
        return new RevisionRequest.Change(kind, kpiId, goalId, null, year, value, null, null, null, null, text(reason),
                null, null);
    }
}
