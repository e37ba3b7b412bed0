package io.plancycle.bench;

import io.plancycle.cycle.Decision;
import io.plancycle.cycle.Inbox;
import io.plancycle.cycle.ProgressBoard;
import io.plancycle.plan.PlanService;
import io.plancycle.review.ReviewQueues;
import io.plancycle.security.PlanCycleUser;
import io.plancycle.step.Step;
import io.plancycle.support.DeadlineClock;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.ServiceSteps;
import io.plancycle.support.SignIn;
import io.plancycle.support.TestDatabase;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reads of three pages, with a database many years old (≥ 10⁵ historic tasks): the inbox ({@code GET /api/tasks}
 * and {@link Inbox#myTasks()}) of an agency's clerk and of the evaluation team, the planning office's progress board
 * ({@link ProgressBoard#read}) of a cycle of N agencies, and the evaluation team's review queue
 * ({@link ReviewQueues#queue()}); each beside the bare engine query it wraps. Budget: p95 ≤ 25 ms.
 * <p>
 * The history: {@code -Dbench.years} (default 2) whole cycles of N synthetic agencies ({@code -Dbench.agencies},
 * default 200) driven through the services and the engine, then copied by SQL ({@link HistoryYears}) as earlier years
 * until the engine holds {@code -Dbench.historic-tasks} (default 100,000) historic tasks. Then the current cycle of
 * the same agencies: a third drafting, a third waiting for review, a third reporting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "plancycle.mail.embedded=false",
        "plancycle.mail.sender-enabled=false"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Import({SqlStatements.Wiring.class, SyntheticAgencies.class})
class PageQueriesBenchmark {

    private static final int FIRST_YEAR = SyntheticAgencies.FIRST_CYCLE_YEAR;
    private static final int FIRST_COPIED_YEAR = 1000;
    private static final int WARMUP = 30;
    private static final int MEASURED = 200;
    /** Statements of a traced call that took at least this long at the database are printed. */
    private static final long SLOW_MS = 2;

    @Autowired
    SyntheticAgencies synthetic;
    @Autowired
    ApplicationContext context;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    PlanService planService;
    @Autowired
    Inbox inbox;
    @Autowired
    ProgressBoard board;
    @Autowired
    ReviewQueues reviewQueues;
    @Autowired
    SqlStatements sql;
    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SignIn.clear();
    }

    @Test
    void inboxBoardAndReviewQueueWithManyYearsOfHistory() {
        int n = Integer.getInteger("bench.agencies", 200);
        int years = Integer.getInteger("bench.years", 2);
        long wanted = Long.getLong("bench.historic-tasks", 100_000);
        List<String> agencies = synthetic.add("q", n);
        ServiceSteps steps = new ServiceSteps(context);
        long start = System.nanoTime();
        for (int i = 0; i < years; i++) {
            wholeCycle(steps, FIRST_YEAR + i, agencies);
        }
        double drivenSeconds = (System.nanoTime() - start) / 1e9;
        HistoryYears history = new HistoryYears(jdbc);
        long driven = history.historicTasks();
        start = System.nanoTime();
        int copies = 0;
        while (history.historicTasks() < wanted) {
            int source = FIRST_YEAR + copies % years;
            history.copy(source, FIRST_COPIED_YEAR + copies, 1 + copies / years, copies);
            copies++;
        }
        double copiedSeconds = (System.nanoTime() - start) / 1e9;
        int current = FIRST_YEAR + years;
        currentCycle(steps, current, agencies);

        String clerk = agencies.get(0);
        PlanCycleUser clerkUser = SignIn.asAgency(clerk);
        PlanCycleUser reviewerUser = SignIn.asReviewer();
        SignIn.clear();
        List<String> instances = jdbc.queryForList("select p.process_instance_id from plan p join cycle c on c.id = p.cycle_id"
                + " where c.roc_year = ?", String.class, current).stream().filter(Objects::nonNull).toList();
        PlanCycleApi api = new PlanCycleApi(port);
        PlanCycleApi.User clerkApi = api.as(clerk);
        PlanCycleApi.User reviewerApi = api.as("reviewer");

        Reads reads = new Reads(clerk, clerkUser, reviewerUser, n, current, instances, clerkApi, reviewerApi);
        List<String> indexes = pageIndexes();
        indexes.forEach(index -> jdbc.execute("drop index " + index.split(" ")[2]));
        List<Row> without = reads.all();
        indexes.forEach(jdbc::execute);
        List<Row> rows = reads.all();

        BenchReport report = new BenchReport("page-queries", "Inbox, progress board and review queue with "
                + history.historicTasks() + " historic tasks (budget p95 ≤ 25 ms)");
        report.line("history: %d cycles of %d agencies driven in %.0f s (%d historic tasks), %d copies as earlier years "
                + "in %.0f s; plans %d, reviews %d, notifications %d", years, n, drivenSeconds, driven, copies, copiedSeconds,
                count("plan"), count("review"), count("notification"));
        table(report, "without the indexes of V22", without);
        table(report, "with them (" + String.join("; ", indexes) + ")", rows);
        report.line("statements of one traced call taking ≥ %d ms at the database, without the indexes of V22:", SLOW_MS);
        slow(report, without);
        report.line("… and with them:");
        slow(report, rows);
        report.print();
    }

    private static void table(BenchReport report, String title, List<Row> rows) {
        report.line("").line("-- %s", title);
        report.line("%-46s %11s %9s %9s %9s", "read (" + MEASURED + " calls after " + WARMUP + ")", "statements",
                "p50 ms", "p95 ms", "max ms");
        rows.forEach(row -> report.line("%-46s %11d %9.2f %9.2f %9.2f", row.name(), row.statements().size(),
                BenchReport.percentile(row.millis(), 50), BenchReport.percentile(row.millis(), 95),
                BenchReport.percentile(row.millis(), 100)));
    }

    private static void slow(BenchReport report, List<Row> rows) {
        rows.forEach(row -> {
            for (int i = 0; i < row.statements().size(); i++) {
                if (row.elapsed().get(i) >= SLOW_MS) {
                    report.line("  %s: %d ms  %s", row.name().strip(), row.elapsed().get(i), abbreviated(row.statements().get(i)));
                }
            }
        });
    }

    /** The {@code create index} statements of the migration that adds the pages' indexes. */
    private static List<String> pageIndexes() {
        try (var in = PageQueriesBenchmark.class.getResourceAsStream("/db/migration/common/V22__page_query_indexes.sql")) {
            String script = new String(Objects.requireNonNull(in).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return java.util.Arrays.stream(script.split(";")).map(part -> part.lines()
                            .filter(line -> !line.strip().startsWith("--")).collect(java.util.stream.Collectors.joining(" ")).strip())
                    .filter(statement -> statement.startsWith("create index")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The reads timed, each beside the bare engine query it wraps. */
    private final class Reads {
        private final String clerk;
        private final PlanCycleUser clerkUser;
        private final PlanCycleUser reviewerUser;
        private final int n;
        private final int current;
        private final List<String> instances;
        private final PlanCycleApi.User clerkApi;
        private final PlanCycleApi.User reviewerApi;

        Reads(String clerk, PlanCycleUser clerkUser, PlanCycleUser reviewerUser, int n, int current, List<String> instances,
              PlanCycleApi.User clerkApi, PlanCycleApi.User reviewerApi) {
            this.clerk = clerk;
            this.clerkUser = clerkUser;
            this.reviewerUser = reviewerUser;
            this.n = n;
            this.current = current;
            this.instances = instances;
            this.clerkApi = clerkApi;
            this.reviewerApi = reviewerApi;
        }

        List<Row> all() {
            List<Row> rows = new ArrayList<>();
            rows.add(time("GET /api/tasks, an agency's clerk", null, () -> clerkApi.tasks().expect(200)));
            rows.add(time("Inbox.myTasks, an agency's clerk", clerk, () -> inbox.myTasks()));
            rows.add(time("  bare: task query by candidate groups", null, () -> taskService.createTaskQuery()
                    .taskCandidateGroupIn(clerkUser.groupIds()).orderByDueDate().asc().orderByTaskCreateTime().asc().list()));
            rows.add(time("GET /api/tasks, the evaluation team", null, () -> reviewerApi.tasks().expect(200)));
            rows.add(time("Inbox.myTasks, the evaluation team", "reviewer", () -> inbox.myTasks()));
            rows.add(time("  bare: task query by candidate groups", null, () -> taskService.createTaskQuery()
                    .taskCandidateGroupIn(reviewerUser.groupIds()).orderByDueDate().asc().orderByTaskCreateTime().asc().list()));
            rows.add(time("ProgressBoard.read (" + n + " agencies)", "admin", () -> board.read(current)));
            rows.add(time("  bare: task query by the cycle's instances", null, () -> taskService.createTaskQuery()
                    .processInstanceIdIn(instances.toArray(String[]::new)).list()));
            rows.add(time("ReviewQueues.queue", "reviewer", () -> reviewQueues.queue()));
            rows.add(time("  bare: open written reviews", null, () -> taskService.createTaskQuery()
                    .taskDefinitionKey(Step.REVIEW.taskId()).list()));
            rows.add(time("  bare: a clerk's completed tasks, latest 20", null, () -> historyService
                    .createHistoricTaskInstanceQuery().taskAssignee(clerk).finished()
                    .orderByHistoricTaskInstanceEndTime().desc().listPage(0, 20)));
            rows.add(time("  bare: a cycle's completed tasks", null, () -> historyService
                    .createHistoricTaskInstanceQuery().processInstanceId(instances.get(0)).finished().list()));
            return rows;
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** One read: its name, the times of the measured calls, and the statements of one traced call with their times. */
    private record Row(String name, List<Double> millis, List<String> statements, List<Long> elapsed) {
    }

    /** Times the read, signed in as {@code user} in this thread (null: not signed in, as the bare engine and HTTP). */
    private Row time(String name, String user, Supplier<?> read) {
        signIn(user);
        try {
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                long start = System.nanoTime();
                assertThat(read.get()).isNotNull();
                if (i >= WARMUP) {
                    millis.add((System.nanoTime() - start) / 1e6);
                }
            }
            sql.start();
            read.get();
            List<String> statements = sql.stop();
            return new Row(name, millis, statements, sql.elapsedMillis());
        } finally {
            SignIn.clear();
        }
    }

    private static void signIn(String user) {
        if (user == null) {
            return;
        }
        switch (user) {
            case "admin" -> SignIn.asAdmin();
            case "reviewer" -> SignIn.asReviewer();
            default -> SignIn.asAgency(user);
        }
    }

    /** A cycle from opening to the approver's approval, every agency on time. */
    private void wholeCycle(ServiceSteps steps, int year, List<String> agencies) {
        open(steps, year, agencies);
        agencies.forEach(agency -> steps.draftAndSubmit(year, agency));
        agencies.forEach(agency -> steps.review(year, agency, Decision.APPROVE, "內容完整，同意"));
        agencies.forEach(agency -> steps.fileReport(year, agency));
        steps.consolidate(year);
        steps.decide(year, Decision.APPROVE, null);
        SignIn.clear();
    }

    /** The current cycle: a third of the agencies drafting, a third waiting for review, a third reporting. */
    private void currentCycle(ServiceSteps steps, int year, List<String> agencies) {
        open(steps, year, agencies);
        for (int i = 0; i < agencies.size(); i++) {
            String agency = agencies.get(i);
            if (i % 3 != 0) {
                steps.draftAndSubmit(year, agency);
            }
            if (i % 3 == 2) {
                steps.review(year, agency, Decision.APPROVE, "內容完整，同意");
            }
        }
        SignIn.clear();
    }

    private static String abbreviated(String sql) {
        String text = sql.strip().replaceAll("\\s+", " ");
        return text.length() <= 240 ? text : text.substring(0, 240) + " …";
    }

    /** The cycle opened, and its batches of agencies after the first started, as the job executor would. */
    private void open(ServiceSteps steps, int year, List<String> agencies) {
        steps.open(year, ServiceSteps.calendarAhead(), agencies);
        new DeadlineClock(managementService, null, null).runDueJobs();
    }
}
