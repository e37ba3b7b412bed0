package io.plancycle.operations;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PlanCycle could not start because its H2 database file is open in another process (a second PlanCycle on the same
 * {@code plancycle.data-dir}, or a database tool). H2 refuses at once ("Database may be already in use", error 90020);
 * this turns the long stack trace into one sentence and what to do, and Spring Boot then ends the process with a
 * non-zero status. Registered in {@code META-INF/spring.factories}.
 */
public class DatabaseInUseFailureAnalyzer implements FailureAnalyzer {

    /** H2's ErrorCode.DATABASE_ALREADY_OPEN_1. */
    static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final Pattern QUOTED_PATH = Pattern.compile("already in use: \"([^\"]+)\"");
    private static final Pattern LOCKED_FILE = Pattern.compile("The file is locked: (\\S+)");

    private final Environment environment;

    public DatabaseInUseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (isDatabaseInUse(t)) {
                String database = databasePath(t);
                return new FailureAnalysis(
                        "PlanCycle cannot open its database " + database
                                + ": another PlanCycle (or another program) is using it.",
                        "Stop it, or set plancycle.data-dir to another folder.", failure);
            }
        }
        return null;
    }

    static boolean isDatabaseInUse(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage();
        return (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN)
                || message.contains("Database may be already in use")
                || (t.getClass().getName().endsWith("MVStoreException") && message.contains("The file is locked"));
    }

    /** The file H2 names, else the file under the configured data folder. */
    private String databasePath(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage();
        Matcher quoted = QUOTED_PATH.matcher(message);
        if (quoted.find()) {
            return quoted.group(1);
        }
        Matcher locked = LOCKED_FILE.matcher(message);
        if (locked.find()) {
            return locked.group(1);
        }
        String dataDir = environment == null ? null : environment.getProperty("plancycle.data-dir");
        return dataDir == null ? "(plancycle.data-dir)"
                : Path.of(dataDir).toAbsolutePath().normalize().resolve("plancycle.mv.db").toString();
    }
}
