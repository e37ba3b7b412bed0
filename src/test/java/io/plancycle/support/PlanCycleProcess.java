package io.plancycle.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import static org.awaitility.Awaitility.await;

/**
 * PlanCycle as its operators run it: a JVM of its own ({@code java -Xmx512m … io.plancycle.PlanCycleApplication}, the
 * production heap), on a data folder of the test's, with no embedded SMTP server and no scheduled mail delivery unless
 * told otherwise. Tests kill it ({@link #kill()}, SIGKILL), start another on the same folder, and read its output.
 * Always {@link #close()} it (it kills a process still alive), in {@code @AfterEach}/{@code @AfterAll}.
 */
public final class PlanCycleProcess implements AutoCloseable {

    /** A first start imports the Chiayi plan; on this 2-core machine that takes 15–30 seconds. */
    public static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Path LOGS = Path.of("target", "process-logs");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Should the test JVM end before a test closed its processes (interrupted, timed out), they end with it. */
    private static final Set<Process> LAUNCHED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LAUNCHED.forEach(Process::destroyForcibly),
                "kill-plancycle-processes"));
    }

    private final String name;
    private final Path dataDir;
    private final int port;
    private final Process process;
    private final Path log;

    private PlanCycleProcess(String name, Path dataDir, int port, Process process, Path log) {
        this.name = name;
        this.dataDir = dataDir;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /**
     * Launches PlanCycle on {@code dataDir} and a free port, without waiting for it. {@code settings} ("key=value",
     * without the leading dashes) override the defaults of a test run ({@link #settings}).
     */
    public static PlanCycleProcess launch(String name, Path dataDir, String... settings) {
        return launch(name, dataDir, false, settings);
    }

    /**
     * Launches PlanCycle as {@link #launch} does, its engine's clock movable by the test ({@link #moveClock}): started
     * by {@link MovableClock}, which listens to the process's standard input.
     */
    public static PlanCycleProcess launchWithMovableClock(String name, Path dataDir, String... settings) {
        return launch(name, dataDir, true, settings);
    }

    /**
     * The settings that put PlanCycle on a PostgreSQL database ({@code jdbcUrl}, e.g. from {@link TestDatabase#create()},
     * as the test's role) with the {@code postgres} profile, as an operator's PLANCYCLE_DB_* would.
     */
    public static List<String> onPostgres(String jdbcUrl) {
        return List.of("spring.profiles.active=postgres", "spring.datasource.url=" + jdbcUrl,
                "spring.datasource.username=" + TestDatabase.user(), "spring.datasource.password=" + TestDatabase.password());
    }

    /** The settings that send PlanCycle's mail to an SMTP server of the test on {@code port}, delivered every second. */
    public static List<String> mailTo(int port) {
        return List.of("spring.mail.port=" + port, "plancycle.mail.sender-enabled=true", "plancycle.mail.poll-interval=PT1S");
    }

    private static PlanCycleProcess launch(String name, Path dataDir, boolean movableClock, String... settings) {
        int port = freePort();
        Map<String, String> properties = settings(dataDir, port, settings);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                // The C1 compiler only: a third faster to start on two cores; the behaviour under test is the same.
                "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8",
                "-cp", movableClock ? movableClockDir() + java.io.File.pathSeparator + classpath() : classpath(),
                movableClock ? MovableClock.class.getName() : "io.plancycle.PlanCycleApplication"));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Files.createDirectories(LOGS);
            Path log = LOGS.resolve(name + "-" + port + ".log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            LAUNCHED.add(process);
            return new PlanCycleProcess(name, dataDir, port, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot launch PlanCycle " + name, e);
        }
    }

    /**
     * The settings of a PlanCycle under test, on {@code dataDir} and {@code port} (0: any free one): the demo data and
     * users, no embedded SMTP server, no scheduled delivery of the outbox, no demo cycle, the job executor running;
     * then {@code overrides} ("key=value", without the leading dashes).
     */
    static Map<String, String> settings(Path dataDir, int port, String... overrides) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", String.valueOf(port));
        properties.put("plancycle.data-dir", dataDir.toAbsolutePath().toString());
        properties.put("plancycle.mail.embedded", "false");
        properties.put("plancycle.mail.sender-enabled", "false");
        properties.put("plancycle.import-file", "classpath:demo/chiayi-108-111-plan.json");
        properties.put("plancycle.demo-users", "true");
        properties.put("plancycle.demo-cycle", "false");
        properties.put("plancycle.demo-password", PlanCycleApi.PASSWORD);
        properties.put("camunda.bpm.job-execution.enabled", "true");
        for (String setting : overrides) {
            int eq = setting.indexOf('=');
            properties.put(setting.substring(0, eq), setting.substring(eq + 1));
        }
        return properties;
    }

    /**
     * Launches PlanCycle, adds it to {@code toClose} (the test's to close when done, even should it never get ready)
     * and waits until it is ready for users.
     */
    public static PlanCycleProcess start(java.util.List<? super PlanCycleProcess> toClose, String name, Path dataDir,
                                         String... settings) {
        PlanCycleProcess process = launch(name, dataDir, settings);
        toClose.add(process);
        return process.awaitReady();
    }

    /**
     * Waits until {@code /actuator/health} answers UP (with the readiness probe in it: the first start's import and
     * demo users are done). Fails at once, with the process's output, should it exit meanwhile.
     */
    public PlanCycleProcess awaitReady() {
        await(name + " ready on port " + port)
                .atMost(START_TIMEOUT)
                .pollDelay(Duration.ofMillis(500))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError(name + " exited with " + process.exitValue() + " before it was ready:\n"
                                + tail(6000));
                    }
                    return healthUp();
                });
        return this;
    }

    private boolean healthUp() {
        try {
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Sets the engine's clock of a process launched {@link #launchWithMovableClock with a movable clock} {@code ahead}
     * of the real time (time goes on from there; {@link Duration#ZERO} puts it back) and waits until the process says
     * it has.
     */
    public void moveClock(Duration ahead) {
        String answer = MovableClock.ANSWER + ahead.toMillis() + ":";
        long before = output().split(java.util.regex.Pattern.quote(answer), -1).length;
        try {
            process.getOutputStream().write(("offset " + ahead.toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the clock of " + name, e);
        }
        await(name + "'s clock moved " + ahead).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> output().split(java.util.regex.Pattern.quote(answer), -1).length > before);
    }

    public PlanCycleApi api() {
        return new PlanCycleApi(port);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no connection pool closed, no file flushed; waits until the process is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError(name + " still runs 30 s after SIGKILL");
            }
            LAUNCHED.remove(process);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits at most {@code timeout} for the process to end by itself; its exit status, or null if it still runs. */
    public Integer awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Everything it has written to stdout and stderr so far. */
    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String tail(int chars) {
        String output = output();
        return output.length() <= chars ? output : "…" + output.substring(output.length() - chars);
    }

    /** Kills the process if it still runs. Safe to call more than once. */
    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ", port " + port + ", " + dataDir + ")";
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder holding a copy of {@link MovableClock}'s class and nothing else, for the class path of a process. */
    private static synchronized String movableClockDir() {
        String file = MovableClock.class.getName().replace('.', '/') + ".class";
        Path dir = LOGS.resolveSibling("movable-clock").toAbsolutePath();
        try (java.io.InputStream in = MovableClock.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " not found");
            }
            Path target = dir.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return dir.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This JVM's class path without the test classes: the application's classes and its libraries. Surefire and
     * Failsafe may hand the class path over in the manifest of a single jar; its entries are read from there.
     */
    static String classpath() {
        List<String> entries = List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator));
        if (entries.size() == 1) {
            entries = expand(entries.get(0));
        }
        return String.join(java.io.File.pathSeparator, entries.stream()
                .filter(e -> !Path.of(e).endsWith("test-classes"))
                .toList());
    }

    private static List<String> expand(String entry) {
        Path path = Path.of(entry);
        if (!entry.endsWith(".jar") || !Files.isRegularFile(path)) {
            return List.of(entry);
        }
        try (JarFile jar = new JarFile(path.toFile())) {
            Manifest manifest = jar.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null || classPath.isBlank()) {
                return List.of(entry);
            }
            List<String> expanded = new ArrayList<>(List.of(entry));
            URI base = path.toAbsolutePath().toUri();
            for (String item : classPath.trim().split("\\s+")) {
                expanded.add(Path.of(base.resolve(item)).toString());
            }
            return expanded;
        } catch (IOException | RuntimeException e) {
            return List.of(entry);
        }
    }
}
