package io.plancycle.notification;

import io.plancycle.notification.NotificationLog.CurrentStep;
import io.plancycle.plan.SubmissionStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which notifications the progress board lists against an agency, as of the step it is at: those about its open task,
 * and the one of the event that brought it there; and the name each kind is listed by.
 */
class NotificationLogTest {

    private static final long PLAN = 21;
    private static final String TASK = "task-7";
    private static final LocalDate DUE = LocalDate.of(2026, 4, 13);

    /** 警察局's plan 21 in round 1, at the approver's revision (task-7) since the approver's return number 5. */
    private static final CurrentStep REVISING_FOR_THE_APPROVER =
            new CurrentStep("police", PLAN, 1, SubmissionStage.APPROVAL_REVISION, TASK, 5L);

    @Test
    void theApproversReturnIsAboutTheRevisionItAsks() {
        assertThat(NotificationLog.isAbout(NoticeKeys.returnedByApprover(PLAN, 5), REVISING_FOR_THE_APPROVER)).isTrue();
    }

    @Test
    void anEarlierReturnOrAnotherPlansIsNot() {
        assertThat(NotificationLog.isAbout(NoticeKeys.returnedByApprover(PLAN, 3), REVISING_FOR_THE_APPROVER))
                .as("the return before: its revision is over").isFalse();
        assertThat(NotificationLog.isAbout(NoticeKeys.returnedByApprover(22, 5), REVISING_FOR_THE_APPROVER))
                .as("the same return, to another agency").isFalse();
        assertThat(NotificationLog.isAbout(NoticeKeys.returned(PLAN, 1), REVISING_FOR_THE_APPROVER))
                .as("the evaluation team's return").isFalse();
        assertThat(NotificationLog.isAbout(NoticeKeys.reportFiled(PLAN), REVISING_FOR_THE_APPROVER)).isFalse();
    }

    @Test
    void theNoticesOfItsTaskAreAboutItToo() {
        assertThat(NotificationLog.isAbout(NoticeKeys.due(TASK, DUE, "REMINDER1"), REVISING_FOR_THE_APPROVER)).isTrue();
        assertThat(NotificationLog.isAbout(NoticeKeys.moved(TASK, DUE), REVISING_FOR_THE_APPROVER)).isTrue();
        assertThat(NotificationLog.isAbout(NoticeKeys.due("task-6", DUE, "REMINDER1"), REVISING_FOR_THE_APPROVER))
                .isFalse();
    }

    @Test
    void withoutAReturnOnRecordNothingButItsTaskIs() {
        CurrentStep unknown = new CurrentStep("police", PLAN, 1, SubmissionStage.APPROVAL_REVISION, TASK, null);
        assertThat(NotificationLog.isAbout(NoticeKeys.returnedByApprover(PLAN, 5), unknown)).isFalse();
        assertThat(NotificationLog.isAbout(NoticeKeys.due(TASK, DUE, "OVERDUE1"), unknown)).isTrue();
    }

    /** The board and the notification log name each notice by its kind, in both languages. */
    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void everyKindHasItsNameOnTheBoardAndInTheLog(NotificationKind kind) throws IOException {
        for (String file : List.of("messages/admin.properties", "messages/admin_en.properties")) {
            Properties bundle = new Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
                bundle.load(new InputStreamReader(Objects.requireNonNull(in, file), StandardCharsets.UTF_8));
            }
            assertThat(bundle.getProperty("admin.kind." + kind.name())).as("admin.kind.%s in %s", kind, file).isNotBlank();
        }
    }

    @Test
    void theReviewsStepsKeepTheirOwnEvents() {
        assertThat(NotificationLog.isAbout(NoticeKeys.returned(PLAN, 2),
                new CurrentStep("police", PLAN, 2, SubmissionStage.REVISION, TASK, 5L))).isTrue();
        assertThat(NotificationLog.isAbout(NoticeKeys.submitted(PLAN, 2),
                new CurrentStep("police", PLAN, 2, SubmissionStage.REVIEW, TASK, null))).isTrue();
        assertThat(NotificationLog.isAbout(NoticeKeys.returnedByApprover(PLAN, 5),
                new CurrentStep("police", PLAN, 1, SubmissionStage.DONE, null, 5L))).as("once revised").isFalse();
    }
}
