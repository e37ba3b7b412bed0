package io.plancycle.bench;

import io.plancycle.cycle.CycleStage;
import io.plancycle.cycle.CycleView;
import io.plancycle.cycle.Decision;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.support.DeadlineClock;
import io.plancycle.support.ServiceSteps;
import io.plancycle.support.SignIn;
import io.plancycle.support.TestDatabase;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole cycle for N synthetic agencies (clones of the Chiayi agencies), on the H2 file database (or PostgreSQL,
 * {@code -Dbench.postgresql}; the budget is H2's): the planning office
 * opens it (its agencies' submissions start in batches), every agency drafts and submits, the evaluation team approves
 * each, every agency files its report (the last one's moves the cycle on), the planning office consolidates and the
 * approver approves. Prints the seconds
 * of each step per N and per agency (budget: linear, 2,000 agencies within 100 s), the SQL statements per agency of
 * each step (linear when they do not grow with N) and the heap (budget: 350 MB live in a 512 MB heap; the bench
 * profile runs with {@code -Xmx512m}). N from {@code -Dbench.agencies} (default 100,500,2000), each in a cycle of its
 * own year, in that order, in one database. Through the services, each step signed in as its user; the job executor
 * is off and the benchmark executes the due jobs (the batches after the first) itself, as part of the opening.
 */
@SpringBootTest(properties = {
        "plancycle.mail.embedded=false",
        "plancycle.mail.sender-enabled=false"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Import({SqlStatements.Wiring.class, SyntheticAgencies.class})
class WholeCycleBenchmark {

    private static final int FIRST_YEAR = SyntheticAgencies.FIRST_CYCLE_YEAR;
    /** How many agencies act at once ({@code -Dbench.threads}, default 1). */
    private static final int THREADS = Integer.getInteger("bench.threads", 1);
    private static final List<String> STEPS = List.of("open", "draft+submit", "review", "report",
            "consolidate+approve");

    @Autowired
    SyntheticAgencies synthetic;
    @Autowired
    ApplicationContext context;
    @Autowired
    ManagementService managementService;
    @Autowired
    SqlStatements sql;

    @AfterEach
    void signOut() {
        SignIn.clear();
    }

    @Test
    void wholeCyclePerNumberOfAgencies() {
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.agencies", "100,500,2000").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        ServiceSteps steps = new ServiceSteps(context);
        DeadlineClock jobs = new DeadlineClock(managementService, null, null);

        BenchReport report = new BenchReport("whole-cycle", "A whole cycle per number of agencies, through the services, "
                + THREADS + " agencies acting at once (budget: linear; 2,000 agencies ≤ 100 s; live heap ≤ 350 MB of 512 MB)");
        report.line("%6s %8s %13s %8s %8s %20s %9s %11s %10s %11s %9s", "N", "open s", "draft+submit s", "review s",
                "report s", "consolidate+approve s", "total s", "ms/agency", "peak heap", "live heap", "full GCs");
        List<String> statementRows = new ArrayList<>();
        try (HeapWatch heap = new HeapWatch()) {
            for (int i = 0; i < sizes.size(); i++) {
                int n = sizes.get(i);
                int year = FIRST_YEAR + i;
                List<String> agencies = synthetic.add("y" + year + "n", n);
                heap.settle();
                heap.reset();
                Map<String, Double> seconds = new LinkedHashMap<>();
                Map<String, Long> statements = new LinkedHashMap<>();
                Step step = (name, run) -> {
                    long before = sql.executed();
                    time(seconds, name, run);
                    statements.put(name, sql.executed() - before);
                    heap.settle();
                };
                step.run("open", () -> {
                    steps.open(year, ServiceSteps.calendarAhead(), agencies);
                    jobs.runDueJobs();
                });
                step.run("draft+submit", () -> eachAgency(agencies, agency -> steps.draftAndSubmit(year, agency)));
                step.run("review", () -> eachAgency(agencies, agency -> steps.review(year, agency, Decision.APPROVE,
                        "內容完整，同意")));
                step.run("report", () -> eachAgency(agencies, agency -> steps.fileReport(year, agency)));
                step.run("consolidate+approve", () -> {
                    steps.consolidate(year);
                    steps.decide(year, Decision.APPROVE, null);
                });
                assertApproved(steps.cycleView(year), n);
                double total = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
                String row = String.format(Locale.ROOT, "%6d %8.1f %13.1f %8.1f %8.1f %20.1f %9.1f %11.1f %7d MB %8d MB %9d",
                        n, seconds.get("open"), seconds.get("draft+submit"), seconds.get("review"), seconds.get("report"),
                        seconds.get("consolidate+approve"), total, total * 1000 / n,
                        heap.peakUsedMb(), heap.maxAfterGcMb(), heap.neededFullGcs());
                report.line("%s", row);
                statementRows.add(String.format(Locale.ROOT, "%6d", n) + STEPS.stream()
                        .map(name -> String.format(Locale.ROOT, " %" + column(name) + ".1f", (double) statements.get(name) / n))
                        .collect(Collectors.joining()));
                // at once: a run stopped at a larger N keeps the smaller ones
                System.out.println(row + System.lineSeparator() + "  statements/agency " + statementRows.get(i));
                SignIn.clear();
            }
        }
        report.line("").line("SQL statements per agency, per step:");
        report.line("%6s" + STEPS.stream().map(name -> " %" + column(name) + "s").collect(Collectors.joining()),
                Stream.concat(Stream.of("N"), STEPS.stream()).toArray());
        statementRows.forEach(row -> report.line("%s", row));
        report.line("peak heap: the most used since the cycle opened (sum of the heap pools' peaks); live heap: the most "
                + "left after a full collection (one after each step, and any the JVM needed: full GCs). Max heap %d MB.",
                HeapWatch.maxHeapMb());
        report.print();
    }

    /**
     * Each agency takes its step, {@link #THREADS} of them at once as agencies and the evaluation team work side by
     * side (each thread signed in as the one who acts); one by one by default.
     */
    private static void eachAgency(List<String> agencies, Consumer<String> step) {
        if (THREADS == 1) {
            agencies.forEach(step);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> steps = agencies.stream().<Future<?>>map(agency -> pool.submit(() -> {
                try {
                    step.accept(agency);
                } finally {
                    SignIn.clear();
                }
            })).toList();
            for (Future<?> taken : steps) {
                taken.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("an agency's step failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A step of the cycle, timed, its statements counted, the heap settled after it. */
    private interface Step {
        void run(String name, Runnable run);
    }

    private static int column(String step) {
        return Math.max(8, step.length() + 2);
    }

    private static void time(Map<String, Double> seconds, String step, Runnable run) {
        assertThat(STEPS).contains(step);
        long start = System.nanoTime();
        run.run();
        seconds.put(step, (System.nanoTime() - start) / 1e9);
        System.out.printf("  %s: %.1f s%n", step, seconds.get(step));
    }

    private static void assertApproved(CycleView cycle, int agencies) {
        assertThat(cycle.stage()).as("the %s cycle", cycle.year()).isEqualTo(CycleStage.APPROVED);
        assertThat(cycle.agencies()).hasSize(agencies)
                .allSatisfy(agency -> assertThat(agency.stage()).as(agency.code()).isEqualTo(SubmissionStage.DONE));
    }
}
