package io.plancycle.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Delivers the outbox every {@code plancycle.mail.poll-interval} (default 15 seconds). Off when the interval is
 * {@code -} or {@code plancycle.mail.sender-enabled=false}, as in tests, which call {@link OutboxSender#deliverDue()}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("${plancycle.mail.sender-enabled:true} and '${plancycle.mail.poll-interval:PT15S}' != '-'")
class OutboxPolling {

    private final OutboxSender sender;

    OutboxPolling(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${plancycle.mail.poll-interval:PT15S}",
            initialDelayString = "${plancycle.mail.poll-interval:PT15S}")
    void deliver() {
        sender.deliverDue();
    }
}
