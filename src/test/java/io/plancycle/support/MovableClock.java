package io.plancycle.support;

import io.plancycle.PlanCycleApplication;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * PlanCycle's own main, in a process of its own, with the engine's clock movable from outside: a line
 * {@code offset <milliseconds>} on the process's standard input sets the clock that far ahead of the real one
 * ({@link ClockUtil#offset}: time goes on from there), and the process answers {@code clock offset <milliseconds>} on
 * its output once it has. What a test does in its own JVM with {@code ClockUtil}, done to a separate process
 * ({@link PlanCycleProcess#moveClock}); the timers, the notices and the outbox all read that clock.
 * <p>
 * The one class of the test sources that runs in such a process: {@link PlanCycleProcess} puts a copy of it, alone, on
 * the process's class path, not the test classes and their settings.
 */
public final class MovableClock {

    static final String ANSWER = "clock offset ";

    private MovableClock() {
    }

    public static void main(String[] args) {
        Thread listener = new Thread(MovableClock::follow, "movable-clock");
        listener.setDaemon(true);
        listener.start();
        PlanCycleApplication.main(args);
    }

    private static void follow() {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("offset ")) {
                    long millis = Long.parseLong(line.substring("offset ".length()).trim());
                    ClockUtil.offset(millis);
                    System.out.println(ANSWER + millis + ": the engine's clock reads " + ClockUtil.getCurrentTime().toInstant());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
