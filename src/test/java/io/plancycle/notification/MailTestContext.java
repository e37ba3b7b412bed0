package io.plancycle.notification;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Spring context of the notification tests, shared by them: a fresh H2 file with the Chiayi plan and the demo
 * users and contacts, no job executor, no scheduled sender (tests call {@link OutboxSender#deliverDue()}) and no
 * embedded SMTP server: mail goes over SMTP to the test's GreenMail on {@link #SMTP_PORT}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "plancycle.data-dir=./target/test-db/notification-${random.uuid}",
        "plancycle.demo-users=true",
        "plancycle.mail.sender-enabled=false",
        "plancycle.mail.embedded=false",
        "plancycle.mail.max-attempts=8",
        "plancycle.mail.from=PlanCycle 測試 <plancycle@plancycle.test>",
        "spring.mail.host=localhost",
        "spring.mail.port=" + MailTestContext.SMTP_PORT,
        "camunda.bpm.job-execution.enabled=false"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@interface MailTestContext {
    int SMTP_PORT = 42525;
}
