package io.plancycle.cycle;

import io.plancycle.notification.EventNotices;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.revision.RevisionService;
import io.plancycle.security.CurrentUser;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;
import io.plancycle.problem.Term;
import io.plancycle.problem.WrongStageException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/** An agency sends its draft, or its revised plan, to the evaluation team. */
@Service
public class SubmissionService {

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
            throw new WrongStageException(stage.name(), MessageCode.PLAN_NOT_SUBMITTABLE, plan.getAgency().getName(),
                    new Term("stage." + stage.name()));
        }
        Problems missing = planService.missingForSubmission(plan, year);
        missing.throwIfAny();
        if (stage == SubmissionStage.REVISION) {
            revisionService.targetsTooEasy(plan, year).throwIfAny();
        }
        tasks.complete(plan, stage, Map.of());
        notices.submitted(year, plan);
        return planService.view(plan, year);
    }
}
