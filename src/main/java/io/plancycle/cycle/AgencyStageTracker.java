package io.plancycle.cycle;

import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanSnapshots;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.step.Step;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each agency's plan showing the step its process is at: a task listener on every user task of the
 * agency process ("create") and an execution listener on its end ("end"). As a submission enters review, it keeps
 * the plan as submitted, for the next round to be compared with. A step that begins overdue is told so at once, and
 * begins without the values an earlier round's completion gave ({@link CompletedStep}).
 */
@Component("agencyStageTracker")
class AgencyStageTracker implements TaskListener, ExecutionListener {

    private final PlanService planService;
    private final Deadlines deadlines;
    private final PlanSnapshots snapshots;
    private final DueNotices dueNotices;

    AgencyStageTracker(PlanService planService, Deadlines deadlines, PlanSnapshots snapshots, DueNotices dueNotices) {
        this.planService = planService;
        this.deadlines = deadlines;
        this.snapshots = snapshots;
        this.dueNotices = dueNotices;
    }

    @Override
    public void notify(DelegateTask task) {
        int year = year(task.getExecution());
        String agency = agency(task.getExecution());
        SubmissionStage stage = SubmissionStage.at(Step.ofTask(task.getTaskDefinitionKey()));
        planService.enterStage(year, agency, stage, deadlines.dayOf(task.getDueDate()), deadlines.today(),
                task.getProcessInstanceId());
        if (stage == SubmissionStage.REVIEW) {
            snapshots.take(year, agency);
        }
        dueNotices.noticeIfLate(task);
        CompletedStep.forgetEarlierValues(task);
    }

    @Override
    public void notify(DelegateExecution execution) {
        planService.enterStage(year(execution), agency(execution), SubmissionStage.DONE, null, deadlines.today(),
                execution.getProcessInstanceId());
    }

    private static int year(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProcessModel.VAR_CYCLE_YEAR)).intValue();
    }

    private static String agency(DelegateExecution execution) {
        return (String) execution.getVariable(ProcessModel.VAR_AGENCY_CODE);
    }
}
