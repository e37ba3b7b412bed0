package io.plancycle.revision;

import io.plancycle.plan.PlanView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import static io.plancycle.plan.AgencyPlanForm.text;

/**
 * The revision screen's form: per goal of the plan its title and whether it is deleted ({@link GoalRevisionForm}); per
 * KPI of the plan, in the plan's order, its name, measure, unit, direction, remaining years' targets, goal and whether
 * it is deleted or merged ({@link KpiRevisionForm}); the KPIs added to goals of the plan; the goals added with their
 * KPIs ({@link NewGoalForm}); every change with its reason (修正理由); and the replies (回覆說明) to the comments of the
 * round, by the comment's id. Compared with the plan and the replies as they stand, it becomes the changes and replies
 * {@link RevisionService#revise} records.
 */
public class AgencyRevisionForm {

    public Long version;
    public List<GoalRevisionForm> goals = new ArrayList<>();
    public List<KpiRevisionForm> kpis = new ArrayList<>();
    public List<NewKpiForm> added = new ArrayList<>();
    public List<NewGoalForm> newGoals = new ArrayList<>();
    public Map<Long, String> replies = new TreeMap<>();

    /** The plan as it stands, nothing changed yet. */
    public static AgencyRevisionForm of(PlanView plan) {
        AgencyRevisionForm form = new AgencyRevisionForm();
        form.version = plan.version();
        for (PlanView.GoalView goal : plan.goals()) {
            form.goals.add(GoalRevisionForm.of(goal));
            for (PlanView.KpiView kpi : goal.kpis()) {
                form.kpis.add(KpiRevisionForm.of(kpi, goal.id(), plan));
            }
        }
        return form;
    }

    public AgencyRevisionForm normalized() {
        goals = goals == null ? new ArrayList<>() : goals;
        kpis = kpis == null ? new ArrayList<>() : kpis;
        added = added == null ? new ArrayList<>() : added;
        newGoals = newGoals == null ? new ArrayList<>() : newGoals;
        replies = replies == null ? new TreeMap<>() : replies;
        goals.removeIf(Objects::isNull);
        kpis.removeIf(Objects::isNull);
        added.removeIf(Objects::isNull);
        newGoals.removeIf(Objects::isNull);
        kpis.forEach(KpiRevisionForm::normalize);
        added.forEach(NewKpiForm::normalize);
        newGoals.forEach(NewGoalForm::normalize);
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

    /** The form's entry for a goal of the plan (index in {@link #goals}), or -1. */
    public int goalIndexOf(Long goalId) {
        for (int i = 0; i < goals.size(); i++) {
            if (Objects.equals(goals.get(i).id, goalId)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a text typed differs from the plan's (outer blanks aside): the page shows the change's reason field. */
    public boolean differs(String typed, String before) {
        return !Objects.equals(text(typed), text(before));
    }

    /** Makes sure every goal and KPI of the plan has its entry (one added since the form was read shows unchanged). */
    public void cover(PlanView plan) {
        AgencyRevisionForm fresh = of(plan);
        fresh.goals.stream().filter(goal -> goalIndexOf(goal.id) < 0).forEach(goals::add);
        fresh.kpis.stream().filter(kpi -> indexOf(kpi.id) < 0).forEach(kpis::add);
    }

    /**
     * Changes the form itself as one of the page's buttons asks, nothing sent yet: {@code addKpi:<goal id>} (a KPI to
     * fill in under a goal of the plan), {@code removeAdded:<i>}, {@code addGoal} (a goal to fill in, with a KPI),
     * {@code removeGoal:<i>}, {@code addGoalKpi:<i>}, {@code removeGoalKpi:<i>:<k>}, {@code deleteGoal:<goal id>} and
     * {@code keepGoal:<goal id>}. Answers the message key of what the page says about it, or null when {@code op} is
     * not such a button (a save).
     */
    public String edit(String op) {
        String[] parts = op.split(":");
        try {
            return switch (parts[0]) {
                case "addKpi" -> {
                    NewKpiForm kpi = new NewKpiForm();
                    kpi.goalId = Long.valueOf(parts[1]);
                    added.add(kpi);
                    yield "agency.notice.kpiAdded";
                }
                case "removeAdded" -> removed(added, parts[1]);
                case "addGoal" -> {
                    newGoals.add(NewGoalForm.blankGoal());
                    yield "agency.revision.notice.goalAdded";
                }
                case "removeGoal" -> removed(newGoals, parts[1]);
                case "addGoalKpi" -> {
                    newGoals.get(Integer.parseInt(parts[1])).kpis.add(new NewKpiForm());
                    yield "agency.notice.kpiAdded";
                }
                case "removeGoalKpi" -> removed(newGoals.get(Integer.parseInt(parts[1])).kpis, parts[2]);
                case "deleteGoal", "keepGoal" -> {
                    goals.get(goalIndexOf(Long.valueOf(parts[1]))).delete = parts[0].equals("deleteGoal");
                    yield parts[0].equals("deleteGoal") ? "agency.revision.notice.goalDeleted" : "agency.notice.changed";
                }
                default -> null;
            };
        } catch (RuntimeException noSuchEntry) {
            return "agency.notice.nothing";
        }
    }

    private static String removed(List<?> list, String index) {
        list.remove(Integer.parseInt(index));
        return "agency.notice.changed";
    }

    /**
     * What the user changed against the plan as it stands, in an order the service can apply: the goals renamed; per
     * KPI its changes (none for a KPI of a goal deleted, which goes with it, unless it is moved out first); the KPIs
     * added to goals of the plan that stay; each goal added, its KPIs after it; then the goals deleted.
     */
    public FormChanges changes(PlanView plan) {
        FormChanges out = new FormChanges();
        Map<Long, PlanView.GoalView> goalById = new HashMap<>();
        Map<Long, PlanView.KpiView> kpiById = new HashMap<>();
        Map<Long, Long> goalOf = new HashMap<>();
        for (PlanView.GoalView goal : plan.goals()) {
            goalById.put(goal.id(), goal);
            for (PlanView.KpiView kpi : goal.kpis()) {
                kpiById.put(kpi.id(), kpi);
                goalOf.put(kpi.id(), goal.id());
            }
        }
        Set<Long> deleted = new HashSet<>();
        for (int i = 0; i < goals.size(); i++) {
            GoalRevisionForm goal = goals.get(i);
            if (goalById.containsKey(goal.id)) {
                goal.addRename(goalById.get(goal.id), "goals[" + i + "]", out);
                if (goal.delete) {
                    deleted.add(goal.id);
                }
            }
        }
        for (int i = 0; i < kpis.size(); i++) {
            KpiRevisionForm form = kpis.get(i);
            PlanView.KpiView kpi = kpiById.get(form.id);
            boolean goesWithItsGoal = kpi != null && deleted.contains(goalOf.get(kpi.id()))
                    && !(form.movesOutOf(goalOf.get(kpi.id())) && !deleted.contains(form.goalId));
            if (kpi != null && !goesWithItsGoal) {
                form.addChanges(kpi, goalOf.get(kpi.id()), plan, "kpis[" + i + "]", out);
            }
        }
        for (int i = 0; i < added.size(); i++) {
            NewKpiForm kpi = added.get(i);
            if (!deleted.contains(kpi.goalId)) {
                kpi.addChange(kpi.goalId, "added[" + i + "]", "added[" + i + "].goalId", out);
            }
        }
        for (int i = 0; i < newGoals.size(); i++) {
            newGoals.get(i).addChanges("newGoals[" + i + "]", out);
        }
        for (int i = 0; i < goals.size(); i++) {
            GoalRevisionForm goal = goals.get(i);
            if (goalById.containsKey(goal.id)) {
                goal.addDeletion(goalById.get(goal.id), "goals[" + i + "]", out);
            }
        }
        return out;
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
}
