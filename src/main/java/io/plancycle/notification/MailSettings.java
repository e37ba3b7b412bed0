package io.plancycle.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the mail (prefix {@code plancycle.mail}); the server itself is {@code spring.mail.*}. The poll interval
 * ({@code plancycle.mail.poll-interval}, default {@code PT15S}, {@code -} for none) is read by {@link OutboxPolling}.
 *
 * @param from          the sender of every mail, e.g. {@code 嘉義市政府綜合規劃科 <plan@city.gov.tw>}
 * @param maxAttempts   attempts at sending one notification before it is marked FAILED
 * @param senderEnabled whether the outbox is delivered on a schedule (tests turn it off and deliver themselves)
 * @param embedded      whether to run an in-process SMTP server (GreenMail) for development and demos
 * @param embeddedPort  its port; 0 for any free port
 * @param senderThreads how many connections to the mail server a round uses at once, each sending its share
 */
@ConfigurationProperties("plancycle.mail")
record MailSettings(
        @DefaultValue("PlanCycle <plancycle@plancycle.test>") String from,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("true") boolean senderEnabled,
        @DefaultValue("false") boolean embedded,
        @DefaultValue("2525") int embeddedPort,
        @DefaultValue("4") int senderThreads) {

    MailSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("plancycle.mail.max-attempts must be at least 1, was " + maxAttempts);
        }
        if (senderThreads < 1) {
            throw new IllegalArgumentException("plancycle.mail.sender-threads must be at least 1, was " + senderThreads);
        }
    }
}
