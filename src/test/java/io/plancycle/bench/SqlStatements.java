package io.plancycle.bench;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records the SQL sent through the application's DataSource (PlanCycle's JPA repositories and the engine share it) while
 * a benchmark asks it to. The DataSource is wrapped by datasource-proxy in the benchmark's Spring context only
 * ({@link Wiring}); production code is untouched. A statement is one execution of one SQL text: a JDBC batch of three
 * inserts counts three.
 */
final class SqlStatements implements QueryExecutionListener {

    private static final Pattern TABLE = Pattern.compile("\\b(?:from|into|update)\\s+([\\w.\"]+)", Pattern.CASE_INSENSITIVE);

    private final List<String> recorded = Collections.synchronizedList(new ArrayList<>());
    /** The milliseconds each recorded statement took at the database (a batch's time on its first statement). */
    private final List<Long> elapsed = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, java.util.Set<String>> callers = Collections.synchronizedMap(new TreeMap<>());
    private final LongAdder executed = new LongAdder();
    private volatile boolean recording;
    private volatile boolean tracing;

    /** Every statement executed since the context started, recorded or not (a count only: nothing kept). */
    long executed() {
        return executed.sum();
    }

    /**
     * From now on, also notes which of PlanCycle's code sent each kind of statement (a stack walk per statement: not
     * while timing). Forgets the callers noted before.
     */
    void trace(boolean on) {
        callers.clear();
        tracing = on;
    }

    /** Per kind of statement, the PlanCycle code that sent it while tracing: {@code Kpi.actual:64 ← PlanService…}. */
    Map<String, java.util.Set<String>> callers() {
        synchronized (callers) {
            return new TreeMap<>(callers);
        }
    }

    /** Forgets what was recorded and records from now on. */
    void start() {
        recorded.clear();
        elapsed.clear();
        recording = true;
    }

    /** Stops recording; answers the statements since {@link #start()}, in order. */
    List<String> stop() {
        recording = false;
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    /** The milliseconds each statement of the last {@link #stop()} took at the database, in the same order. */
    List<Long> elapsedMillis() {
        synchronized (elapsed) {
            return List.copyOf(elapsed);
        }
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        for (QueryInfo query : queries) {
            int executions = execution.isBatch() && !query.getParametersList().isEmpty() ? query.getParametersList().size() : 1;
            executed.add(executions);
            if (!recording) {
                continue;
            }
            for (int i = 0; i < executions; i++) {
                recorded.add(query.getQuery());
                elapsed.add(i == 0 ? execution.getElapsedTime() : 0L);
            }
            if (tracing) {
                callers.computeIfAbsent(kind(query.getQuery()), k -> new java.util.TreeSet<>()).add(caller());
            }
        }
    }

    /** The three innermost frames of PlanCycle's own code on the calling thread's stack. */
    private static String caller() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().startsWith("io.plancycle.") && !f.getClassName().startsWith("io.plancycle.bench.")
                        && !f.getClassName().contains("$$"))
                .limit(3)
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName() + ":"
                        + f.getLineNumber())
                .reduce((inner, outer) -> inner + " ← " + outer).orElse("the engine or the framework only"));
    }

    /** What a statement does to which table, e.g. {@code select ACT_RU_TASK} or {@code insert notification}. */
    static String kind(String sql) {
        String text = sql.strip().replaceAll("\\s+", " ");
        String verb = text.split(" ", 2)[0].toLowerCase(Locale.ROOT);
        Matcher table = TABLE.matcher(text);
        return verb + " " + (table.find() ? table.group(1).replace("\"", "").toLowerCase(Locale.ROOT) : "?");
    }

    /** The statements by {@link #kind(String)}, sorted. */
    static Map<String, Integer> byKind(List<String> statements) {
        Map<String, Integer> kinds = new TreeMap<>();
        statements.forEach(sql -> kinds.merge(kind(sql), 1, Integer::sum));
        return kinds;
    }

    /** Wraps every DataSource of the context in a datasource-proxy reporting to the {@link SqlStatements} bean. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Wiring {

        @Bean
        SqlStatements sqlStatements() {
            return new SqlStatements();
        }

        @Bean
        static BeanPostProcessor countingDataSource(ObjectProvider<SqlStatements> statements) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                        return ProxyDataSourceBuilder.create(name, dataSource).listener(statements.getObject()).build();
                    }
                    return bean;
                }
            };
        }
    }
}
