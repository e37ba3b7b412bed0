package io.plancycle.support;

import io.plancycle.PlanCycleApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

/**
 * PlanCycle started in the test's own JVM as its operators start it ({@code PlanCycleApplication} with its settings on
 * the command line), on a data folder of the test's, with {@link PlanCycleProcess#settings the settings of a test run}:
 * for a test that stops it, starts it again on the same folder or on a restored one, and looks at the same engine
 * and beans meanwhile. Starting in a JVM that is already warm takes a few seconds rather than the fifteen of a JVM of
 * its own; a test that must kill the process or hold the database file from outside uses {@link PlanCycleProcess}.
 * Always {@link #close()} it, in {@code @AfterEach}/{@code @AfterAll}.
 */
public final class PlanCycleApp implements AutoCloseable {

    private final Path dataDir;
    private final ConfigurableApplicationContext context;

    private PlanCycleApp(Path dataDir, ConfigurableApplicationContext context) {
        this.dataDir = dataDir;
        this.context = context;
    }

    /** Starts PlanCycle on {@code dataDir} and a free port; {@code settings} ("key=value") override the defaults. */
    public static PlanCycleApp start(Path dataDir, String... settings) {
        String[] args = PlanCycleProcess.settings(dataDir, 0, settings).entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
        return new PlanCycleApp(dataDir, new SpringApplicationBuilder(PlanCycleApplication.class).run(args));
    }

    public PlanCycleApi api() {
        return new PlanCycleApi(port());
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public boolean isRunning() {
        return context.isRunning();
    }

    /** Shuts PlanCycle down as its operators stop it (the engine, the job executor, the database closed). */
    @Override
    public void close() {
        context.close();
    }
}
