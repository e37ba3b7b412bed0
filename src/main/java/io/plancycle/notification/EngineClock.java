package io.plancycle.notification;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one place the notification feature reads the time: the process engine's clock, so that a test moving the
 * engine's clock moves due dates, timers and the outbox's retries together.
 */
final class EngineClock {

    private EngineClock() {
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    static LocalDate today(ZoneId zone) {
        return now().atZone(zone).toLocalDate();
    }
}
