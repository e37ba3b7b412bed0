package io.plancycle.notification;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The outbox is delivered on a schedule unless the interval is "-" or the sender is turned off. */
class OutboxPollingTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(OutboxSender.class, () -> mock(OutboxSender.class))
            .withUserConfiguration(OutboxPolling.class);

    @Test
    void onByDefault() {
        context.run(c -> assertThat(c).hasSingleBean(OutboxPolling.class));
        context.withPropertyValues("plancycle.mail.poll-interval=PT1M")
                .run(c -> assertThat(c).hasSingleBean(OutboxPolling.class));
    }

    @Test
    void offWithADashOrWhenTheSenderIsDisabled() {
        context.withPropertyValues("plancycle.mail.poll-interval=-")
                .run(c -> assertThat(c).doesNotHaveBean(OutboxPolling.class));
        context.withPropertyValues("plancycle.mail.sender-enabled=false")
                .run(c -> assertThat(c).doesNotHaveBean(OutboxPolling.class));
    }
}
