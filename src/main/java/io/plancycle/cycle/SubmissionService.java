package io.plancycle.cycle;

import io.plancycle.step.Step;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.revision.RevisionService;
import io.plancycle.security.CurrentUser;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;
import io.plancycle.problem.Term;
import io.plancycle.problem.WrongStageException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An agency sends its draft, or its revised plan, to the evaluation team; or, revised by the approver's return, back
 * for the planning office to consolidate.
 */
@Service
public class SubmissionService implements StepRule {

    private final PlanService planService;
    private final RevisionService revisionService;
    private final SubmissionTasks tasks;
    private final SignOffs signOffs;

    SubmissionService(PlanService planService, RevisionService revisionService, SubmissionTasks tasks,
                      SignOffs signOffs) {
        this.planService = planService;
        this.revisionService = revisionService;
        this.tasks = tasks;
        this.signOffs = signOffs;
    }

    /**
     * Refused with every missing item named when the plan is not complete, or (after a return) a too easy target is left
     * or a comment of the evaluation team has no reply.
     */
    @Transactional
    public PlanView submit(int year, String agencyCode) {
        CurrentUser.requireAgency(agencyCode);
        Plan plan = planService.planForStep(year, agencyCode);
        SubmissionStage stage = plan.getStage();
        if (stage != SubmissionStage.DRAFTING && !stage.revising()) {
            throw new WrongStageException(stage.name(), MessageCode.PLAN_NOT_SUBMITTABLE, plan.getAgencyName(),
                    new Term("stage." + stage.name()));
        }
        tasks.complete(plan, stage, Map.of());
        return planService.view(plan, year);
    }

    /**
     * The agency's plan in a cycle as it stands, with what still stands between it and its submission (missing items,
     * then after a return the too easy targets left and the comments without a reply), all read from one load of the
     * plan: the page before submitting.
     */
    @Transactional(readOnly = true)
    public Readiness readiness(int year, String agencyCode) {
        CurrentUser.requireRead(agencyCode);
        Plan plan = planService.planInCycle(year, agencyCode);
        List<InvalidInputException.FieldError> problems = new ArrayList<>(planService.missingForSubmission(plan, year).errors());
        if (plan.getStage() == SubmissionStage.REVISION) {
            problems.addAll(revisionService.targetsTooEasy(plan, year).errors());
            problems.addAll(revisionService.unanswered(plan).errors());
        }
        return new Readiness(planService.view(plan, year), List.copyOf(problems));
    }

    /** A plan and what stands between it and its submission; no problems: it can be submitted. */
    public record Readiness(PlanView plan, List<InvalidInputException.FieldError> problems) {
    }

    @Override
    public Set<Step> steps() {
        return Set.of(Step.DRAFTING, Step.REVISION, Step.APPROVAL_REVISION);
    }

    /**
     * A draft or a revised plan goes on only complete (while drafting, every change with its reason), and (after the
     * evaluation team's return) with no too easy target left and a reply to every comment of the round, all named at
     * once; a draft's changes become the revisions of the drafting round. A draft or a revision then waits for the
     * head's sign-off where the agency has a head ({@link SignOffs#sent}: the evaluation team and the panel members
     * assigned to the agency are asked once it goes on); a revision by the approver's return goes back to
     * consolidation, the review's notice not sent.
     */
    @Override
    public void complete(CompletedStep step) {
        int year = step.year();
        Plan plan = planService.planInCycle(year, step.agencyCode());
        planService.missingForSubmission(plan, year).throwIfAny();
        if (plan.getStage() == SubmissionStage.REVISION) {
            Problems problems = revisionService.targetsTooEasy(plan, year);
            revisionService.unanswered(plan).errors().forEach(e -> problems.add(e.field(), e.code(), e.args().toArray()));
            problems.throwIfAny();
        } else if (plan.getStage() == SubmissionStage.DRAFTING) {
            revisionService.recordDrafting(plan);
        }
        if (plan.getStage() != SubmissionStage.APPROVAL_REVISION) {
            signOffs.sent(plan.getStage() == SubmissionStage.DRAFTING ? Step.DRAFTING : Step.REVISION, step, plan);
        }
    }
}
