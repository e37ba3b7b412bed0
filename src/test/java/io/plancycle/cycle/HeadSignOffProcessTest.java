package io.plancycle.cycle;

import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.step.Step;
import io.plancycle.support.SignIn;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static io.plancycle.cycle.ProcessAssertions.assertThat;
import static io.plancycle.cycle.ProcessAssertions.task;

/**
 * 文化局 has a head (the demo user cultural-affairs-head): what its clerk sends waits at the head's sign-off
 * (Task_HeadSignOff), which only the head completes; sent back, it returns to the step it came from; signed, it goes on.
 * 教育處 has no head: its work goes on at once (the other process tests).
 */
class HeadSignOffProcessTest extends ProcessTestSupport {

    private static final String CULTURAL = "cultural-affairs";
    private static final String SIGN_OFF = Step.SIGN_OFF.taskId();

    @Autowired
    SignOffs signOffs;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    @Test
    void theClerksDraftAndReportGoOnOnlyOnceTheHeadSignsThem() {
        open(190, calendar("2101-03-31", "2101-04-29", "2101-05-31", "2101-06-30", "2101-07-15", "2101-07-29"), CULTURAL);
        ProcessInstance cultural = agencyProcess(190, CULTURAL);

        PlanView sent = draftAndSubmit(190, CULTURAL);
        assertThat(sent.stage()).isEqualTo(SubmissionStage.SIGN_OFF);
        assertThat(cultural).isWaitingAt(SIGN_OFF);
        assertThat(candidateGroups(task(cultural))).containsExactly(CULTURAL);
        assertThat(task(cultural)).as("due three working days after it was sent")
                .hasDueDate(endOfDayInTaipei(workingDays.workingDaysAfter(deadlines.today(), 3).toString()));

        SignIn.asAgency(CULTURAL);
        assertThatThrownBy(() -> signOffs.decide(190, CULTURAL, new SignOffRequest("APPROVE", null)))
                .as("the clerk cannot sign off").isInstanceOf(AccessDeniedException.class);
        SignIn.asHead(CULTURAL);
        assertThatThrownBy(() -> signOffs.decide(190, CULTURAL, new SignOffRequest("RETURN", " ")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getErrors()).extracting(InvalidInputException.FieldError::field).containsExactly("note"));
        assertThatThrownBy(() -> signOffs.decide(190, CULTURAL, new SignOffRequest(null, "請補充")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getErrors()).extracting(InvalidInputException.FieldError::field).containsExactly("decision"));
        assertThat(cultural).as("nothing refused moves it").isWaitingAt(SIGN_OFF);

        PlanView back = signOffs.decide(190, CULTURAL, new SignOffRequest("RETURN", "請補充文化活動參與人次之目標值設定理由。"));
        assertThat(back.stage()).isEqualTo(SubmissionStage.DRAFTING);
        assertThat(cultural).isWaitingAt(DRAFT);

        SignIn.asAgency(CULTURAL);
        assertThat(submissionService.submit(190, CULTURAL).stage()).isEqualTo(SubmissionStage.SIGN_OFF);
        SignIn.asHead(CULTURAL);
        PlanView signed = signOffs.decide(190, CULTURAL, new SignOffRequest("APPROVE", null));
        assertThat(signed.stage()).isEqualTo(SubmissionStage.REVIEW);
        assertThat(signed.reviewRound()).isEqualTo(1);
        assertThat(cultural).isWaitingAt(WRITTEN_REVIEW);

        review(190, CULTURAL, Decision.APPROVE, "內容完整，同意");
        assertThat(fileReport(190, CULTURAL).stage()).isEqualTo(SubmissionStage.SIGN_OFF);
        SignIn.asHead(CULTURAL);
        signOffs.decide(190, CULTURAL, new SignOffRequest("RETURN", "未達成指標之原因說明過於簡略。"));
        assertThat(cultural).as("a report sent back returns to the report").isWaitingAt(PERFORMANCE_REPORT);
        fileReport(190, CULTURAL);
        SignIn.asHead(CULTURAL);
        assertThat(signOffs.decide(190, CULTURAL, new SignOffRequest("APPROVE", "")).stage()).isEqualTo(SubmissionStage.DONE);
        assertThat(cultural).isEnded().hasPassed(SUBMISSION_DONE);

        assertThat(signOffs.history(190, CULTURAL))
                .extracting(SignOff::getStep, SignOff::getDecision, SignOff::getNote, SignOff::getSignedBy)
                .containsExactly(
                        tuple(Step.DRAFTING, Decision.RETURN, "請補充文化活動參與人次之目標值設定理由。", "cultural-affairs-head"),
                        tuple(Step.DRAFTING, Decision.APPROVE, null, "cultural-affairs-head"),
                        tuple(Step.REPORT, Decision.RETURN, "未達成指標之原因說明過於簡略。", "cultural-affairs-head"),
                        tuple(Step.REPORT, Decision.APPROVE, null, "cultural-affairs-head"));
    }

    @Test
    void theTasklistIsNoWayRoundTheHead() {
        open(191, calendar("2101-03-31", "2101-04-29", "2101-05-31", "2101-06-30", "2101-07-15", "2101-07-29"), CULTURAL);
        ProcessInstance cultural = agencyProcess(191, CULTURAL);
        draftAndSubmit(191, CULTURAL);
        String taskId = task(cultural).getId();
        SignIn.clear();
        identityService.setAuthentication(CULTURAL, List.of(CULTURAL));
        try {
            assertThatThrownBy(() -> taskService.complete(taskId, Map.of(ProcessModel.VAR_SIGN_OFF_DECISION, "APPROVE")))
                    .as("the clerk completing the sign-off in the Tasklist").isInstanceOf(ProcessEngineException.class)
                    .hasRootCauseInstanceOf(AccessDeniedException.class);
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(cultural).isWaitingAt(SIGN_OFF);
        assertThat(plan(191, CULTURAL).stage()).isEqualTo(SubmissionStage.SIGN_OFF);
    }
}
