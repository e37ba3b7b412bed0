package io.plancycle.revision;

import io.plancycle.plan.Achievements;
import io.plancycle.plan.Goal;
import io.plancycle.plan.KpiRepository;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.plan.TargetRules;
import io.plancycle.plan.Threshold;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;
import io.plancycle.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

/** Rolling revision (滾動修正): an agency changes its plan as the review asked, every change with its reason. */
@Service
public class RevisionService {

    private final PlanService planService;
    private final RevisionRepository revisions;
    private final KpiRepository kpis;
    private final Achievements achievements;
    private final TargetRules targetRules;

    RevisionService(PlanService planService, RevisionRepository revisions, KpiRepository kpis, Achievements achievements,
                    TargetRules targetRules) {
        this.planService = planService;
        this.revisions = revisions;
        this.kpis = kpis;
        this.achievements = achievements;
        this.targetRules = targetRules;
    }

    /** Applies the changes and records each; refused whole when any change is wrong. */
    @Transactional
    public List<RevisionView> revise(int year, String agencyCode, RevisionRequest request) {
        CurrentUser.requireAgency(agencyCode);
        Plan plan = planService.planInCycle(year, agencyCode);
        PlanService.requireStage(plan, SubmissionStage.REVISION);
        planService.lockForChange(plan);
        Problems problems = new Problems();
        List<Revision> recorded = new ArrayList<>();
        for (int i = 0; i < request.changes().size(); i++) {
            RevisionRequest.Change change = request.changes().get(i);
            String field = "changes[" + i + "]";
            problems.requireText(field + ".reason", change.reason(), MessageCode.REVISION_REASON_MISSING);
            new ChangeApplier(kpis, plan, year, change, field, problems, recorded).apply();
        }
        problems.throwIfAny();
        return revisions.saveAll(recorded).stream().map(RevisionView::of).toList();
    }

    /** Every change recorded for the agency's plan in this cycle, oldest first. */
    @Transactional(readOnly = true)
    public List<RevisionView> history(int year, String agencyCode) {
        CurrentUser.requireRead(agencyCode);
        Plan plan = planService.planInCycle(year, agencyCode);
        return revisions.findByPlanIdOrderById(plan.getId()).stream().map(RevisionView::of).toList();
    }

    /**
     * The city's standing rule: where last year's achievement rate exceeded the threshold, a remaining year's target
     * must be more challenging than in the plan the draft was started from ({@link TargetRules#overThreshold}). A KPI
     * whose target changed between a figure and a text is left to the evaluation team's judgement. Each KPI that breaks
     * it is named by its place in the plan.
     */
    public Problems targetsTooEasy(Plan plan, int cycleYear) {
        Problems problems = new Problems();
        List<Goal> goals = plan.liveGoals();
        targetRules.overThreshold(plan, cycleYear).forEach((kpi, threshold) -> {
            if (threshold == Threshold.NOT_HARDER) {
                problems.add("goals[" + goals.indexOf(kpi.getGoal()) + "].kpis[" + kpi.getGoal().liveKpis().indexOf(kpi)
                        + "].targets." + cycleYear, MessageCode.REVISION_TARGETS_TOO_EASY, cycleYear - 1,
                        achievements.thresholdPercent());
            }
        });
        return problems;
    }

    /**
     * The KPIs of the agency's plan in a cycle that still break the over-threshold rule ({@link #targetsTooEasy(Plan, int)}),
     * for whoever may read the plan; empty when none does.
     */
    @Transactional(readOnly = true)
    public List<io.plancycle.problem.InvalidInputException.FieldError> targetsTooEasy(int year, String agencyCode) {
        CurrentUser.requireRead(agencyCode);
        return targetsTooEasy(planService.planInCycle(year, agencyCode), year).errors();
    }
}
