package io.plancycle.cycle;

import io.plancycle.security.ActingUser;
import io.plancycle.security.CurrentUser;
import io.plancycle.step.Step;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one door every completion of a user task goes through: the task listener on "complete" of every user task
 * ({@code ${stepCompletion}} in the BPMN). It runs the step's {@link StepRule} inside the engine's transaction, so a
 * task completed in PlanCycle, in Camunda Tasklist or through {@code /engine-rest} is checked alike and leaves the same
 * rows and notices, and a refusal leaves the task open. Completed in the Tasklist, the work is done as the Tasklist's
 * signed-in user.
 */
@Component("stepCompletion")
class StepCompletion implements TaskListener {

    private final Map<Step, StepRule> rules = new EnumMap<>(Step.class);
    private final Deadlines deadlines;
    private final ActingUser actingUser;

    StepCompletion(List<StepRule> rules, Deadlines deadlines, ActingUser actingUser) {
        rules.forEach(rule -> rule.steps().forEach(step -> {
            if (this.rules.put(step, rule) != null) {
                throw new IllegalStateException("two rules complete " + step);
            }
        }));
        this.deadlines = deadlines;
        this.actingUser = actingUser;
    }

    @Override
    public void notify(DelegateTask task) {
        StepRule rule = rules.get(Step.ofTask(task.getTaskDefinitionKey()));
        if (rule == null) {
            return;
        }
        CompletedStep step = new CompletedStep(task, deadlines);
        Authentication engineUser = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (engineUser == null || engineUser.getUserId().equals(CurrentUser.idOrSystem())) {
            rule.complete(step);
        } else {
            actingUser.as(engineUser.getUserId(), () -> {
                rule.complete(step);
                return step;
            });
        }
    }
}
