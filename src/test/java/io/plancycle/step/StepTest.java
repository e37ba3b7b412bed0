package io.plancycle.step;

import io.plancycle.plan.SubmissionStage;
import io.plancycle.security.Role;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The steps against the processes as they are deployed (every {@code bpmn/*.bpmn} on the classpath, read with the
 * BPMN model API as the engine reads them): each user task is a step, each step a user task, in the process it
 * belongs to, offered to the people its reminders reach.
 */
class StepTest {

    private static final String AGENCY_PROCESS = "agencySubmission";
    private static final String CYCLE_PROCESS = "annualCycle";

    /** Every user task deployed, by its id. */
    private static Map<String, UserTask> userTasks;

    @BeforeAll
    static void readTheDeployedProcesses() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/**/*.bpmn");
        assertThat(files).as("the BPMN files deployed").hasSize(2);
        List<UserTask> tasks = new ArrayList<>();
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                BpmnModelInstance model = Bpmn.readModelFromStream(in);
                tasks.addAll(model.getModelElementsByType(UserTask.class));
            }
        }
        userTasks = tasks.stream().collect(Collectors.toMap(UserTask::getId, Function.identity()));
    }

    @Test
    void everyUserTaskOfTheProcessesIsAStep() {
        assertThat(userTasks.keySet()).allSatisfy(id -> assertThat(Step.ofTask(id).taskId()).isEqualTo(id));
    }

    @Test
    void everyStepIsAUserTaskOfTheProcesses() {
        assertThat(Step.values()).extracting(Step::taskId)
                .containsExactlyInAnyOrderElementsOf(userTasks.keySet())
                .doesNotHaveDuplicates();
    }

    @Test
    void theAgencysStepsAreInItsProcessAndTheOthersInTheCyclesProcess() {
        for (Step step : Step.values()) {
            assertThat(userTasks).as(step.name()).containsKey(step.taskId());
            assertThat(processOf(userTasks.get(step.taskId())).getId()).as(step.name())
                    .isEqualTo(step.ofAgency() ? AGENCY_PROCESS : CYCLE_PROCESS);
        }
    }

    @Test
    void whoeverIsRemindedOfAStepIsWhoMayDoIt() {
        for (Step step : Step.values()) {
            // An agency's head is one of its users: the head's sign-off is offered to the agency, as its other steps.
            String group = step.reminded() == Role.AGENCY || step.reminded() == Role.HEAD ? "${agencyCode}"
                    : step.reminded().groupId();
            assertThat(userTasks).as(step.name()).containsKey(step.taskId());
            assertThat(userTasks.get(step.taskId()).getCamundaCandidateGroups()).as(step.name()).isEqualTo(group);
        }
    }

    @Test
    void anUnknownTaskIsNoStep() {
        assertThatThrownBy(() -> Step.ofTask("Task_Unknown")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Task_Unknown");
    }

    @Test
    void eachDueDateOfTheCalendarKeepsItsSteps() {
        assertThat(Arrays.stream(Stage.values()).collect(Collectors.toMap(Function.identity(), Step::dueAt)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        Stage.DRAFTING, List.of(Step.DRAFTING),
                        Stage.REVIEW, List.of(Step.REVIEW),
                        Stage.REVISION, List.of(Step.REVISION, Step.APPROVAL_REVISION),
                        Stage.REPORT, List.of(Step.REPORT),
                        Stage.CONSOLIDATION, List.of(Step.CONSOLIDATION),
                        Stage.APPROVAL, List.of(Step.APPROVAL)));
    }

    @Test
    void eachStepOpensThePageWhereItIsDone() {
        assertThat(Arrays.stream(Step.values()).map(step -> step.page(115, "civil-affairs"))).containsExactly(
                "/cycles/115/agencies/civil-affairs/plan",
                "/cycles/115/agencies/civil-affairs/review",
                "/cycles/115/agencies/civil-affairs/revision",
                "/cycles/115/agencies/civil-affairs/revision",
                "/cycles/115/agencies/civil-affairs/report",
                "/cycles/115/agencies/civil-affairs/sign-off",
                "/admin/cycles/115",
                "/approval/115");
    }

    @Test
    void eachStepOfAnAgencyIsTheStageItsPlanStoresUnderTheSameName() {
        assertThat(Arrays.stream(Step.values()).filter(Step::ofAgency).map(SubmissionStage::at))
                .extracting(SubmissionStage::name, stage -> stage.step().orElseThrow())
                .containsExactly(tuple("DRAFTING", Step.DRAFTING), tuple("REVIEW", Step.REVIEW),
                        tuple("REVISION", Step.REVISION), tuple("APPROVAL_REVISION", Step.APPROVAL_REVISION),
                        tuple("REPORT", Step.REPORT), tuple("SIGN_OFF", Step.SIGN_OFF));
        assertThat(SubmissionStage.BASELINE.step()).isEmpty();
        assertThat(SubmissionStage.DONE.step()).isEmpty();
    }

    private static Process processOf(UserTask task) {
        ModelElementInstance parent = task.getParentElement();
        while (!(parent instanceof Process)) {
            parent = parent.getParentElement();
        }
        return (Process) parent;
    }
}
