package io.plancycle.plan;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plan editor's form as the browser posts it (field names such as {@code goals[0].kpis[1].actuals[109].value}),
 * kept as typed so that a refused save shows the user exactly what they wrote. It becomes a {@link PlanDraft} to save.
 * Public fields: bound by direct field access and read by the page.
 */
public class AgencyPlanForm {

    public Long version;
    public String mission;
    public String vision;
    public String situation;
    public String strategies;
    public String priorities;
    public List<GoalForm> goals = new ArrayList<>();
    /** Why a KPI of the plan the draft was started from was removed, and the KPI it was merged into, by the KPI's id. */
    public Map<Long, ReasonForms.Removed> removedKpis = new TreeMap<>();
    /** Why a goal of the plan the draft was started from was removed, by the goal's id. */
    public Map<Long, String> removedGoals = new TreeMap<>();

    public static class GoalForm {
        public Long id;
        public String title;
        public List<KpiForm> kpis = new ArrayList<>();
        public ReasonForms.GoalReasons reasons = new ReasonForms.GoalReasons();
    }

    public static class KpiForm {
        public Long id;
        public String name;
        public String measure;
        public String unit;
        /** A {@link Direction} name; blank lets the service infer it. */
        public String direction;
        public String pageRef;
        /** The index of the goal the user wants the KPI under; another goal's index moves it there. */
        public Integer goal;
        /** Target per ROC year, as written. */
        public Map<Integer, String> targets = new TreeMap<>();
        public Map<Integer, ActualForm> actuals = new TreeMap<>();
        public ReasonForms.KpiReasons reasons = new ReasonForms.KpiReasons();
        /** Per ROC year, why its target is lowered and what the agency will do about it. */
        public Map<Integer, TargetNoteForm> notes = new TreeMap<>();

        public String target(int year) {
            return targets.get(year);
        }

        public ActualForm actual(int year) {
            return actuals.computeIfAbsent(year, y -> new ActualForm());
        }
    }

    /** {@code met} is "true", "false" or blank: the person's judgement where the target is not a number. */
    public static class ActualForm {
        public String value;
        public String met;
        public String explanation;

        boolean isBlank() {
            return blank(value) && blank(met) && blank(explanation);
        }
    }

    /** The plan as read, ready to edit, with the reasons given so far for its changes. */
    public static AgencyPlanForm of(PlanView plan, DraftChanges.Comparison changes) {
        AgencyPlanForm form = of(plan);
        for (DraftChange change : changes.changes()) {
            ReasonForms.put(form, change.field(), change.reason(), change.mergedInto());
        }
        return form;
    }

    /** The plan as read, ready to edit. */
    public static AgencyPlanForm of(PlanView plan) {
        AgencyPlanForm form = new AgencyPlanForm();
        form.version = plan.version();
        form.mission = plan.mission();
        form.vision = plan.vision();
        form.situation = plan.situation();
        form.strategies = plan.strategies();
        form.priorities = plan.priorities();
        for (int g = 0; g < plan.goals().size(); g++) {
            PlanView.GoalView goal = plan.goals().get(g);
            GoalForm goalForm = new GoalForm();
            goalForm.id = goal.id();
            goalForm.title = goal.title();
            for (PlanView.KpiView kpi : goal.kpis()) {
                KpiForm kpiForm = new KpiForm();
                kpiForm.id = kpi.id();
                kpiForm.name = kpi.name();
                kpiForm.measure = kpi.measure();
                kpiForm.unit = kpi.unit();
                kpiForm.direction = kpi.direction() == null ? "" : kpi.direction().name();
                kpiForm.pageRef = kpi.pageRef();
                kpiForm.goal = g;
                kpi.targets().forEach((year, target) -> kpiForm.targets.put(year, target.raw()));
                kpi.actuals().forEach((year, actual) -> {
                    ActualForm actualForm = new ActualForm();
                    actualForm.value = actual.value();
                    PlanView.TargetView target = kpi.targets().get(year);
                    boolean numeric = target != null && (target.kind() == TargetKind.NUMBER || target.kind() == TargetKind.CEILING);
                    // The judgement is the person's only where the target is not a number; elsewhere it is derived.
                    actualForm.met = numeric || actual.met() == null ? "" : actual.met().toString();
                    actualForm.explanation = actual.explanation();
                    kpiForm.actuals.put(year, actualForm);
                });
                kpiForm.notes = TargetNoteForm.of(kpi.notes());
                goalForm.kpis.add(kpiForm);
            }
            form.goals.add(goalForm);
        }
        return form;
    }

    /** Whatever the browser left out is empty rather than null. */
    public AgencyPlanForm normalized() {
        if (goals == null) {
            goals = new ArrayList<>();
        }
        goals.removeIf(java.util.Objects::isNull);
        removedKpis = removedKpis == null ? new TreeMap<>() : removedKpis;
        removedKpis.values().removeIf(java.util.Objects::isNull);
        removedGoals = removedGoals == null ? new TreeMap<>() : removedGoals;
        for (GoalForm goal : goals) {
            if (goal.kpis == null) {
                goal.kpis = new ArrayList<>();
            }
            goal.reasons = goal.reasons == null ? new ReasonForms.GoalReasons() : goal.reasons;
            goal.kpis.removeIf(java.util.Objects::isNull);
            for (KpiForm kpi : goal.kpis) {
                if (kpi.targets == null) {
                    kpi.targets = new TreeMap<>();
                }
                if (kpi.actuals == null) {
                    kpi.actuals = new TreeMap<>();
                }
                kpi.actuals.values().removeIf(java.util.Objects::isNull);
                kpi.reasons = kpi.reasons == null ? new ReasonForms.KpiReasons() : kpi.reasons;
                kpi.reasons.targets = kpi.reasons.targets == null ? new TreeMap<>() : kpi.reasons.targets;
                if (kpi.notes == null) {
                    kpi.notes = new TreeMap<>();
                }
                kpi.notes.values().removeIf(java.util.Objects::isNull);
            }
        }
        return this;
    }

    /** Moves each KPI whose chosen goal is another one to the end of that goal. */
    public boolean applyMoves() {
        boolean moved = false;
        for (int g = 0; g < goals.size(); g++) {
            List<KpiForm> kpis = goals.get(g).kpis;
            for (int k = 0; k < kpis.size(); ) {
                KpiForm kpi = kpis.get(k);
                if (kpi.goal != null && kpi.goal != g && kpi.goal >= 0 && kpi.goal < goals.size()) {
                    kpis.remove(k);
                    goals.get(kpi.goal).kpis.add(kpi);
                    moved = true;
                } else {
                    k++;
                }
            }
        }
        renumberGoals();
        return moved;
    }

    public void addGoal() {
        GoalForm goal = new GoalForm();
        goals.add(goal);
        addKpi(goals.size() - 1);
    }

    public boolean addKpi(int g) {
        if (g < 0 || g >= goals.size()) {
            return false;
        }
        KpiForm kpi = new KpiForm();
        kpi.direction = "";
        goals.get(g).kpis.add(kpi);
        renumberGoals();
        return true;
    }

    /** Removes a KPI from the form; the name it had, or null when there was no such KPI. */
    public String deleteKpi(int g, int k) {
        if (g < 0 || g >= goals.size() || k < 0 || k >= goals.get(g).kpis.size()) {
            return null;
        }
        String name = goals.get(g).kpis.remove(k).name;
        return name == null ? "" : name;
    }

    public String deleteGoal(int g) {
        if (g < 0 || g >= goals.size()) {
            return null;
        }
        String title = goals.remove(g).title;
        renumberGoals();
        return title == null ? "" : title;
    }

    private void renumberGoals() {
        for (int g = 0; g < goals.size(); g++) {
            for (KpiForm kpi : goals.get(g).kpis) {
                kpi.goal = g;
            }
        }
    }

    /**
     * The draft to save, in the form's order (so the service's field names, {@code goals[g].kpis[k]…}, are the form's):
     * blank targets are left out (no target that year), and an actual only where something was written; a reason whose
     * field the page did not show is left out (the one given before stays), a blank one taken away.
     */
    public PlanDraft toDraft() {
        List<PlanDraft.GoalDraft> goalDrafts = new ArrayList<>();
        for (GoalForm goal : goals) {
            List<PlanDraft.KpiDraft> kpiDrafts = new ArrayList<>();
            for (KpiForm kpi : goal.kpis) {
                Map<Integer, String> targets = new TreeMap<>();
                kpi.targets.forEach((year, raw) -> {
                    if (year != null && !blank(raw)) {
                        targets.put(year, raw.strip());
                    }
                });
                Map<Integer, PlanDraft.ActualDraft> actuals = new LinkedHashMap<>();
                kpi.actuals.forEach((year, actual) -> {
                    if (year != null && !actual.isBlank()) {
                        boolean numeric = TargetParser.parse(targets.get(year)).isNumeric();
                        actuals.put(year, new PlanDraft.ActualDraft(trimmed(actual.value),
                                numeric ? null : bool(actual.met), text(actual.explanation)));
                    }
                });
                ReasonForms.KpiReasons r = kpi.reasons;
                kpiDrafts.add(new PlanDraft.KpiDraft(kpi.id, text(kpi.name), text(kpi.measure), text(kpi.unit),
                        direction(kpi.direction), text(kpi.pageRef), targets, actuals,
                        TargetNoteForm.drafts(kpi.notes), new PlanDraft.KpiReasons(r.added, r.name, r.measure, r.unit, r.direction, r.goal, r.targets)));
            }
            goalDrafts.add(new PlanDraft.GoalDraft(goal.id, text(goal.title), kpiDrafts,
                    new PlanDraft.GoalReasons(goal.reasons.added, goal.reasons.title)));
        }
        Map<Long, PlanDraft.RemovedKpi> removed = new TreeMap<>();
        removedKpis.forEach((id, r) -> removed.put(id, new PlanDraft.RemovedKpi(r.reason, r.mergedInto)));
        return new PlanDraft(version == null ? -1L : version, text(mission), text(vision), text(situation),
                text(strategies), text(priorities), goalDrafts, removed, removedGoals);
    }

    public static Direction direction(String name) {
        if (blank(name)) {
            return null;
        }
        try {
            return Direction.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static Boolean bool(String met) {
        return blank(met) ? null : Boolean.valueOf(met.strip());
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public static String trimmed(String s) {
        return blank(s) ? null : s.strip();
    }

    /** Text as the user wrote it, line breaks as "\n" (a browser posts "\r\n"), outer blanks removed; null when blank. */
    public static String text(String s) {
        return blank(s) ? null : s.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
