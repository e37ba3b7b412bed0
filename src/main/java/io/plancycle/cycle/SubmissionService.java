package io.plancycle.cycle;

import io.plancycle.step.Step;
import io.plancycle.step.Stage;
import io.plancycle.notification.EventNotices;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.revision.RevisionService;
import io.plancycle.security.CurrentUser;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Term;
import io.plancycle.problem.WrongStageException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
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
        Plan plan = planService.planForStep(year, agencyCode);
        SubmissionStage stage = plan.getStage();
        if (stage != SubmissionStage.DRAFTING && stage != SubmissionStage.REVISION) {
            throw new WrongStageException(stage.name(), MessageCode.PLAN_NOT_SUBMITTABLE, plan.getAgencyName(),
                    new Term("stage." + stage.name()));
        }
        tasks.complete(plan, stage, Map.of());
        return planService.view(plan, year);
    }

    /**
     * The agency's plan in a cycle as it stands, with what still stands between it and its submission (missing items,
     * then after a return the too easy targets left), all read from one load of the plan: the page before submitting.
     */
    @Transactional(readOnly = true)
    public Readiness readiness(int year, String agencyCode) {
        CurrentUser.requireRead(agencyCode);
        Plan plan = planService.planInCycle(year, agencyCode);
        List<InvalidInputException.FieldError> problems = new ArrayList<>(planService.missingForSubmission(plan, year).errors());
        if (plan.getStage() == SubmissionStage.REVISION) {
            problems.addAll(revisionService.targetsTooEasy(plan, year).errors());
        }
        return new Readiness(planService.view(plan, year), List.copyOf(problems));
    }

    /** A plan and what stands between it and its submission; no problems: it can be submitted. */
    public record Readiness(PlanView plan, List<InvalidInputException.FieldError> problems) {
    }

    @Override
    public Set<Step> steps() {
        return Set.of(Step.DRAFTING, Step.REVISION);
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
