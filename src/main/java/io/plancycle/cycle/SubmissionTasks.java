package io.plancycle.cycle;

import io.plancycle.step.Step;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.problem.ConflictException;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Term;
import io.plancycle.problem.WrongStageException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Completes the user task of an agency's process at the step the caller expects it to be at. */
@Component
public class SubmissionTasks {

    private final TaskService taskService;

    SubmissionTasks(TaskService taskService) {
        this.taskService = taskService;
    }

    /**
     * Completes the task with the values the step's rule reads ({@link StepRule}); the rule's refusal is thrown as is.
     * The plan is the one {@link PlanService#planForStep} read, so that a second completion of the step waits for the
     * first and finds the step done.
     *
     * @throws WrongStageException when the agency is not at {@code expected}, the plan unchanged
     * @throws ConflictException when the task was completed outside PlanCycle (Tasklist, {@code /engine-rest}) meanwhile
     */
    public void complete(Plan plan, SubmissionStage expected, Map<String, Object> variables) {
        PlanService.requireStage(plan, expected);
        Task task = taskService.createTaskQuery()
                .processInstanceId(plan.getProcessInstanceId())
                .taskDefinitionKey(expected.step().orElseThrow().taskId())
                .singleResult();
        if (task == null) {
            throw new WrongStageException(plan.getStage().name(), MessageCode.PLAN_NO_OPEN_TASK, plan.getAgencyName(),
                    new Term("stage." + expected.name()));
        }
        try {
            taskService.complete(task.getId(), variables);
        } catch (NullValueException completedMeanwhile) {
            throw completedMeanwhile(plan, expected);
        } catch (ProcessEngineException refusedOrFailed) {
            throw ListenerFailures.unwrap(refusedOrFailed);
        }
    }

    /** What the clerk sent, which the agency's open sign-off waits on. */
    Step sentStep(int year, String agencyCode) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(ProcessModel.businessKey(year, agencyCode))
                .taskDefinitionKey(Step.SIGN_OFF.taskId()).singleResult();
        return task == null ? null : Step.valueOf((String) taskService.getVariable(task.getId(), ProcessModel.VAR_SENT_STEP));
    }

    /** Found open a moment ago, gone now: the same step completed by another request (a double click, two reviewers). */
    private static ConflictException completedMeanwhile(Plan plan, SubmissionStage expected) {
        return new ConflictException(MessageCode.PLAN_TASK_COMPLETED_MEANWHILE, plan.getAgencyName(),
                new Term("stage." + expected.name()));
    }
}
