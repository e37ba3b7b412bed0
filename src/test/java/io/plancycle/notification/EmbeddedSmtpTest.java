package io.plancycle.notification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * As {@code mvn spring-boot:run} has it: the embedded SMTP server (here on any free port) and the outbox delivered on
 * its schedule, with nobody calling the sender.
 */
@SpringBootTest(properties = {
        "plancycle.data-dir=./target/test-db/notification-embedded-${random.uuid}",
        "plancycle.demo-users=true",
        "plancycle.mail.embedded=true",
        "plancycle.mail.embedded-port=0",
        "plancycle.mail.sender-enabled=true",
        "plancycle.mail.poll-interval=PT0.2S",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("test")
class EmbeddedSmtpTest {

    @Autowired
    EmbeddedSmtp smtp;
    @Autowired
    Notifications notifications;
    @Autowired
    Contacts contacts;

    @Test
    void queuedMailReachesTheEmbeddedServerOnItsOwn() {
        assertThat(smtp.port()).isPositive();
        List<Recipient> heads = contacts.headsOf("tourism-information");
        notifications.enqueue("embedded:escalation:tourism-information", NotificationKind.ESCALATION, "tourism-information",
                heads, NotificationsTest.overdueModel());

        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.receivedMessages().length == 1);
        assertThat(MailMessages.to(smtp.receivedMessages()[0])).containsExactly("tourism-information.head@plancycle.test");
        assertThat(MailMessages.subject(smtp.receivedMessages()[0])).startsWith("【PlanCycle】逾期陳報：");
    }
}
