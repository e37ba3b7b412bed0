package io.plancycle.cycle;

import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What the process tests assert of a process instance and its tasks, asked of the engine's own services: where an
 * instance waits (its activity instances, async continuations included), what it has passed (its history, in order),
 * whether it has ended; a task's due date and element. The same few assertions as camunda-bpm-assert's, through the
 * engine's public API only, so that the process tests run alike on Camunda 7 and on Operaton
 * (docs/adr/0018-engine-hedge.md), which has no such library on Maven Central for its 1.0 releases.
 */
final class ProcessAssertions {

    private static ProcessEngine engine;

    private ProcessAssertions() {
    }

    /** The engine the assertions ask (ProcessTestSupport sets it before each test and clears it after). */
    static void init(ProcessEngine processEngine) {
        engine = processEngine;
    }

    static void reset() {
        engine = null;
    }

    private static ProcessEngine engine() {
        return Objects.requireNonNull(engine, "ProcessAssertions.init(processEngine) first");
    }

    static TaskService taskService() {
        return engine().getTaskService();
    }

    static HistoryService historyService() {
        return engine().getHistoryService();
    }

    static TaskQuery taskQuery() {
        return taskService().createTaskQuery();
    }

    static JobQuery jobQuery() {
        return engine().getManagementService().createJobQuery();
    }

    static ProcessInstanceQuery processInstanceQuery() {
        return engine().getRuntimeService().createProcessInstanceQuery();
    }

    /** The one task the process instance waits at (none or several fail the test). */
    static Task task(ProcessInstance instance) {
        Task task = taskQuery().processInstanceId(instance.getId()).singleResult();
        Assertions.assertThat(task).as("the one task of process instance %s", instance.getId()).isNotNull();
        return task;
    }

    /** The one job of the process instance (none or several fail the test). */
    static Job job(ProcessInstance instance) {
        Job job = jobQuery().processInstanceId(instance.getId()).singleResult();
        Assertions.assertThat(job).as("the one job of process instance %s", instance.getId()).isNotNull();
        return job;
    }

    /** Runs the job as the job executor would. */
    static void execute(Job job) {
        engine().getManagementService().executeJob(job.getId());
    }

    static InstanceAssert assertThat(ProcessInstance instance) {
        return new InstanceAssert(instance);
    }

    static TaskAssert assertThat(Task task) {
        return new TaskAssert(task);
    }

    /** A process instance as the engine knows it now. */
    static final class InstanceAssert extends AbstractAssert<InstanceAssert, ProcessInstance> {

        private InstanceAssert(ProcessInstance actual) {
            super(actual, InstanceAssert.class);
        }

        private ProcessInstance current() {
            isNotNull();
            return processInstanceQuery().processInstanceId(actual.getId()).singleResult();
        }

        /** Running, not suspended. */
        InstanceAssert isActive() {
            ProcessInstance current = current();
            Assertions.assertThat(current).as(who() + " running").isNotNull();
            Assertions.assertThat(current.isSuspended()).as(who() + " suspended").isFalse();
            return this;
        }

        /** Waits at every one of these elements (it may wait elsewhere too). */
        InstanceAssert isWaitingAt(String... activityIds) {
            Assertions.assertThat(current()).as(who() + " running").isNotNull();
            ActivityInstance root = engine().getRuntimeService().getActivityInstance(actual.getId());
            List<String> waitingAt = descendants(root)
                    .flatMap(a -> Stream.concat(Stream.of(a.getActivityId()),
                            Arrays.stream(a.getChildTransitionInstances()).map(TransitionInstance::getActivityId)))
                    .filter(id -> !id.equals(root.getActivityId())).toList();
            Assertions.assertThat(waitingAt).as(who() + " waits at").contains(activityIds);
            return this;
        }

        /** No longer running, and in the history. */
        InstanceAssert isEnded() {
            Assertions.assertThat(current()).as(who() + " still running").isNull();
            Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(actual.getId()).count())
                    .as(who() + " in the history").isEqualTo(1);
            return this;
        }

        InstanceAssert hasPassed(String... activityIds) {
            Assertions.assertThat(passed()).as(who() + " passed").contains(activityIds);
            return this;
        }

        InstanceAssert hasNotPassed(String... activityIds) {
            Assertions.assertThat(passed()).as(who() + " passed").doesNotContain(activityIds);
            return this;
        }

        /** Passed these elements in this order (others may come between). */
        InstanceAssert hasPassedInOrder(String... activityIds) {
            List<String> passed = passed();
            List<String> remaining = passed;
            for (String activityId : activityIds) {
                Assertions.assertThat(remaining).as(who() + " passed %s in order; it passed %s",
                        List.of(activityIds), passed).contains(activityId);
                remaining = remaining.subList(remaining.indexOf(activityId) + 1, remaining.size());
            }
            return this;
        }

        /** The elements it finished, in the order it finished them. */
        private List<String> passed() {
            isNotNull();
            List<String> ids = new ArrayList<>();
            for (HistoricActivityInstance passed : historyService().createHistoricActivityInstanceQuery()
                    .processInstanceId(actual.getId()).finished()
                    .orderByHistoricActivityInstanceEndTime().asc().orderPartiallyByOccurrence().asc().list()) {
                ids.add(passed.getActivityId());
            }
            return ids;
        }

        private String who() {
            String described = info.descriptionText();
            return (described.isEmpty() ? "" : "[" + described + "] ") + "process instance " + actual.getId();
        }

        private static Stream<ActivityInstance> descendants(ActivityInstance instance) {
            return Stream.concat(Stream.of(instance),
                    Arrays.stream(instance.getChildActivityInstances()).flatMap(InstanceAssert::descendants));
        }
    }

    /** A task as it was read. */
    static final class TaskAssert extends AbstractAssert<TaskAssert, Task> {

        private TaskAssert(Task actual) {
            super(actual, TaskAssert.class);
        }

        TaskAssert hasDueDate(Date dueDate) {
            isNotNull();
            Assertions.assertThat(actual.getDueDate()).as(info.descriptionText() + " due date of task " + actual.getId())
                    .isEqualTo(dueDate);
            return this;
        }

        TaskAssert hasDefinitionKey(String taskDefinitionKey) {
            isNotNull();
            Assertions.assertThat(actual.getTaskDefinitionKey()).as(info.descriptionText() + " element of task " + actual.getId())
                    .isEqualTo(taskDefinitionKey);
            return this;
        }
    }
}
