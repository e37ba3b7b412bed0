package io.plancycle.cycle;

import io.plancycle.notification.EventNotices;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.revision.RevisionService;
import io.plancycle.security.CurrentUser;
import io.plancycle.problem.WrongStageException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.Set;

/** An agency sends its draft, or its revised plan, to the evaluation team. */
@Service
public class SubmissionService implements StepRule {

    private final PlanService planService;
    private final RevisionService revisionService;
    private final SubmissionTasks tasks;
    private final EventNotices notices;

    SubmissionService(PlanService planService, RevisionService revisionService, SubmissionTasks tasks,
                      EventNotices notices) {
        this.planService = planService;
        this.revisionService = revisionService;
        this.tasks = tasks;
        this.notices = notices;
    }

    /** Refused with every missing item named when the plan is not complete, or (after a return) a too easy target is left. */
    @Transactional
    public PlanView submit(int year, String agencyCode) {
        CurrentUser.requireAgency(agencyCode);
        Plan plan = planService.planInCycle(year, agencyCode);
        SubmissionStage stage = plan.getStage();
        if (stage != SubmissionStage.DRAFTING && stage != SubmissionStage.REVISION) {
            throw new WrongStageException(plan.getAgency().getName() + " is at " + stage
                    + "; only a draft or a revised plan can be submitted", stage.name());
        }
        tasks.complete(plan, stage, Map.of());
        return planService.view(plan, year);
    }

    @Override
    public Set<String> taskIds() {
        return Set.of(ProcessModel.agencyTask(SubmissionStage.DRAFTING), ProcessModel.agencyTask(SubmissionStage.REVISION));
    }

    /** A draft or a revised plan goes to review only complete, and (after a return) with no too easy target left. */
    @Override
    public void complete(CompletedStep step) {
        int year = step.year();
        Plan plan = planService.planInCycle(year, step.agencyCode());
        planService.missingForSubmission(plan, year).throwIfAny();
        if (plan.getStage() == SubmissionStage.REVISION) {
            revisionService.targetsTooEasy(plan, year).throwIfAny();
        }
        // The submission opens the next round of review, which the plan enters as the review task begins.
        notices.submitted(year, plan, plan.getReviewRound() + 1, step.dueOn(Stage.REVIEW));
    }
}
