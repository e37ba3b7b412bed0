package io.plancycle.revision;

import io.plancycle.plan.PlanView;
import io.plancycle.plan.RevisionKind;

/**
 * One goal of the plan on the revision screen: its title (a new one renames it, 關鍵策略目標名稱修正) and whether it is
 * deleted with its KPIs, each with its reason (修正理由).
 */
public class GoalRevisionForm {

    public Long id;
    public String title;
    public String titleReason;
    public boolean delete;
    public String deleteReason;

    static GoalRevisionForm of(PlanView.GoalView goal) {
        GoalRevisionForm form = new GoalRevisionForm();
        form.id = goal.id();
        form.title = goal.title();
        return form;
    }

    /** Its new title, unless it is deleted or keeps its title. */
    void addRename(PlanView.GoalView goal, String base, FormChanges out) {
        if (!delete) {
            out.ifChanged(RevisionKind.GOAL_RENAMED, null, goal.id(), title, goal.title(), base, "title", titleReason);
        }
    }

    /** Its deletion, its KPIs with it. */
    void addDeletion(PlanView.GoalView goal, String base, FormChanges out) {
        if (delete) {
            out.add(FormChanges.change(RevisionKind.GOAL_DELETED, null, goal.id(), null, deleteReason, null),
                    FormChanges.Origin.of(base, base + ".delete", base + ".deleteReason"));
        }
    }
}
