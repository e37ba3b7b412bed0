package io.plancycle.revision;

import io.plancycle.plan.RevisionKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static io.plancycle.plan.AgencyPlanForm.blank;

/**
 * A goal the revision adds (新增關鍵策略目標): its title, the reason it is added, and the KPIs added under it, each with
 * its own reason. Sent as the goal, then its KPIs, which name no goal: they go into the goal added just before them.
 */
public class NewGoalForm {

    public String title;
    public String reason;
    public List<NewKpiForm> kpis = new ArrayList<>();

    /** A goal to fill in, with one KPI to fill in. */
    static NewGoalForm blankGoal() {
        NewGoalForm goal = new NewGoalForm();
        goal.kpis.add(new NewKpiForm());
        return goal;
    }

    void normalize() {
        kpis = kpis == null ? new ArrayList<>() : kpis;
        kpis.removeIf(Objects::isNull);
        kpis.forEach(NewKpiForm::normalize);
    }

    boolean isBlank() {
        return blank(title) && blank(reason) && kpis.stream().allMatch(NewKpiForm::isBlank);
    }

    /** The goal added, then each of its KPIs typed; nothing when nothing of it is typed. */
    void addChanges(String base, FormChanges out) {
        if (isBlank()) {
            return;
        }
        out.add(FormChanges.change(RevisionKind.GOAL_ADDED, null, null, title, reason, null),
                FormChanges.Origin.of(base, base + ".title", base + ".reason"));
        for (int k = 0; k < kpis.size(); k++) {
            kpis.get(k).addChange(null, base + ".kpis[" + k + "]", base + ".title", out);
        }
    }
}
