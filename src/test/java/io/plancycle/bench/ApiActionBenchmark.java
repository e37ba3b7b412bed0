package io.plancycle.bench;

import io.plancycle.cycle.Decision;
import io.plancycle.cycle.ProcessModel;
import io.plancycle.cycle.SubmissionService;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.review.ReviewRequest;
import io.plancycle.review.ReviewService;
import io.plancycle.support.DeadlineClock;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.ServiceSteps;
import io.plancycle.support.SignIn;
import io.plancycle.support.TestDatabase;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency's action through PlanCycle's HTTP API against the bare engine call it wraps: the SQL statements and the time
 * of {@code POST …/submission} (completes {@code Task_DraftPlan}) and of the evaluation team's approving
 * {@code POST …/review} (completes {@code Task_WrittenReview}), each against {@code taskService.complete(taskId,
 * variables)} of the same task with the same input (as Tasklist completes it with the form's fields), for a clone of the
 * same agency in the same state. Budget: at most 1.3× the time and at most 5 statements more. The API's time is the
 * client's, HTTP, sign-in (HTTP Basic) and JSON included; each API caller has read the plan just before, as a client
 * does before it acts, so its sign-in is the one the API remembers for a minute.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "plancycle.mail.embedded=false",
        "plancycle.mail.sender-enabled=false"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Import({SqlStatements.Wiring.class, SyntheticAgencies.class})
class ApiActionBenchmark {

    private static final int YEAR = SyntheticAgencies.FIRST_CYCLE_YEAR;
    /** Trios (one call through the API, one through the service, one bare) run first and not kept: the JIT warms up. */
    private static final int WARMUP = 20;
    private static final int MEASURED = 39;
    /** After them, one trio traced (which code sent each statement) for the breakdown, not timed. */
    private static final int TRACED = 1;

    @Autowired
    SyntheticAgencies synthetic;
    @Autowired
    ApplicationContext context;
    @Autowired
    SqlStatements sql;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    PlanService planService;
    @Autowired
    SubmissionService submissionService;
    @Autowired
    ReviewService reviewService;

    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SignIn.clear();
    }

    @Test
    void submissionAndReviewThroughTheApiAgainstTheBareEngineCall() {
        int trios = WARMUP + MEASURED + TRACED;
        assertThat(trios % synthetic.templates()).as("trios of clones of the same agency").isZero();
        // Agency i goes through the API, i + trios through the service, i + 2 trios through the bare call: clones of
        // the same Chiayi agency.
        List<String> agencies = synthetic.add("api", 3 * trios);
        ServiceSteps steps = new ServiceSteps(context);
        steps.open(YEAR, ServiceSteps.calendarAhead(), agencies);
        new DeadlineClock(managementService, null, null).runDueJobs(); // the batches of agencies after the first
        agencies.forEach(agency -> steps.saveDraft(YEAR, agency));
        SignIn.clear();
        PlanCycleApi api = new PlanCycleApi(port);

        Comparison submission = compare(agencies, "Task_DraftPlan", Map.of(),
                agency -> {
                    PlanCycleApi.User user = api.as(agency);
                    user.plan(YEAR, agency).expect(200);
                    return () -> user.submit(YEAR, agency).expect(200);
                },
                SignIn::asAgency,
                agency -> () -> submissionService.submit(YEAR, agency));
        agencies.forEach(agency -> assertThat(planService.planInCycle(YEAR, agency).getStage()).isEqualTo(SubmissionStage.REVIEW));
        Comparison review = compare(agencies, "Task_WrittenReview", Map.of(ProcessModel.VAR_REVIEW_DECISION, "APPROVE",
                        ProcessModel.VAR_OVERALL_COMMENT, "內容完整，同意通過。"),
                agency -> {
                    PlanCycleApi.User reviewer = api.as("reviewer");
                    reviewer.plan(YEAR, agency).expect(200);
                    return () -> reviewer.approveReview(YEAR, agency).expect(200);
                },
                agency -> SignIn.asReviewer(),
                agency -> () -> reviewService.review(YEAR, agency, new ReviewRequest(Decision.APPROVE, "內容完整，同意通過。",
                        List.of(), null)));
        agencies.forEach(agency -> assertThat(planService.planInCycle(YEAR, agency).getStage()).isEqualTo(SubmissionStage.REPORT));

        BenchReport report = new BenchReport("api-action", "An action through PlanCycle's API vs the bare Camunda call ("
                + MEASURED + " of each after " + WARMUP + " for warm-up; budget ≤ 5 extra statements, ≤ 1.3× time)");
        submission.print(report, "POST …/submission  vs  complete(Task_DraftPlan)");
        review.print(report, "POST …/review (APPROVE)  vs  complete(Task_WrittenReview, reviewDecision)");
        report.print();
    }

    /** One sample: the time of one call and the statements it sent. */
    private record Call(double millis, List<String> statements) {
    }

    /**
     * The samples of three ways of taking one step, trio by trio, and the traced trio: its statements, and which code
     * sent each kind through the API.
     */
    private record Comparison(List<Call> api, List<Call> service, List<Call> bare, Call tracedApi, Call tracedBare,
                              Map<String, java.util.Set<String>> callers) {

        void print(BenchReport report, String what) {
            report.line("").line("-- %s", what);
            report.line("%-22s %12s %12s %12s %12s", "", "statements", "median ms", "p90 ms", "mean ms");
            row(report, "through the HTTP API", api);
            row(report, "through the service", service);
            row(report, "bare complete()", bare);
            ratio(report, "API / bare", api, bare);
            ratio(report, "service / bare", service, bare);
            report.line("statements per call vary by agency (its plan's size): API %s, service %s, bare %s",
                    range(statementCounts(api)), range(statementCounts(service)), range(statementCounts(bare)));
            // Where the extra statements go: the traced trio (clones of the same agency), by kind of statement.
            List<String> lastApi = tracedApi.statements();
            Map<String, Integer> apiKinds = SqlStatements.byKind(lastApi);
            Map<String, Integer> bareKinds = SqlStatements.byKind(tracedBare.statements());
            report.line("statements of one traced call by kind (API, bare, difference; the kinds with no difference left out):");
            for (String kind : new TreeSet<>(union(apiKinds, bareKinds))) {
                int a = apiKinds.getOrDefault(kind, 0);
                int b = bareKinds.getOrDefault(kind, 0);
                if (a != b) {
                    report.line("  %-40s %4d %4d %+5d  sent by %s", kind, a, b, a - b,
                            String.join("; ", callers.getOrDefault(kind, java.util.Set.of())));
                }
            }
            report.line("the SQL of kinds sent more than once more through the API:");
            apiKinds.forEach((kind, a) -> {
                if (a - bareKinds.getOrDefault(kind, 0) > 1) {
                    lastApi.stream().filter(sql -> SqlStatements.kind(sql).equals(kind)).distinct()
                            .forEach(sql -> report.line("  %s", abbreviated(sql)));
                }
            });
        }

        private static String abbreviated(String sql) {
            String text = sql.strip().replaceAll("\\s+", " ");
            return text.length() <= 300 ? text : text.substring(0, 300) + " …";
        }

        private static void ratio(BenchReport report, String name, List<Call> calls, List<Call> bare) {
            double extra = BenchReport.percentile(statementCounts(calls), 50) - BenchReport.percentile(statementCounts(bare), 50);
            report.line("%-22s %12s %11.2f× %11.2f×", name, String.format(java.util.Locale.ROOT, "%+.0f", extra),
                    median(calls) / median(bare), p90(calls) / p90(bare));
        }

        private static void row(BenchReport report, String name, List<Call> calls) {
            report.line("%-22s %12.0f %12.2f %12.2f %12.2f", name, BenchReport.percentile(statementCounts(calls), 50),
                    median(calls), p90(calls), calls.stream().mapToDouble(Call::millis).average().orElse(0));
        }

        private static double median(List<Call> calls) {
            return BenchReport.percentile(calls.stream().map(Call::millis).toList(), 50);
        }

        private static double p90(List<Call> calls) {
            return BenchReport.percentile(calls.stream().map(Call::millis).toList(), 90);
        }

        private static List<Integer> statementCounts(List<Call> calls) {
            return calls.stream().map(c -> c.statements().size()).toList();
        }

        private static String range(List<Integer> counts) {
            return counts.stream().mapToInt(Integer::intValue).min().orElse(0) + "–"
                    + counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        }

        private static java.util.Set<String> union(Map<String, Integer> a, Map<String, Integer> b) {
            java.util.Set<String> kinds = new java.util.HashSet<>(a.keySet());
            kinds.addAll(b.keySet());
            return kinds;
        }
    }

    /**
     * Takes the step for each trio of agencies in turn: the first through the API, the second through the service, the
     * third by the bare {@code complete} of its open task, both signed in as the step's user (as Tasklist signs its
     * user in: the task listeners record who completed it). Each call is prepared (the HTTP client, the sign-in, the
     * task's id) before it is timed; the first {@value #WARMUP} trios are not kept.
     */
    private Comparison compare(List<String> agencies, String taskKey, Map<String, Object> variables,
                               Function<String, Runnable> throughApi, Consumer<String> signIn,
                               Function<String, Runnable> throughService) {
        int trios = agencies.size() / 3;
        List<Call> api = new ArrayList<>();
        List<Call> service = new ArrayList<>();
        List<Call> bare = new ArrayList<>();
        for (int i = 0; i < trios - TRACED; i++) {
            String viaApi = agencies.get(i);
            String viaService = agencies.get(i + trios);
            String bareAgency = agencies.get(i + 2 * trios);
            List<Supplier<Call>> ways = new ArrayList<>(List.of(
                    () -> measure(throughApi.apply(viaApi)),
                    () -> {
                        signIn.accept(viaService);
                        Call call = measure(throughService.apply(viaService));
                        SignIn.clear();
                        return call;
                    },
                    () -> {
                        signIn.accept(bareAgency);
                        String taskId = openTask(bareAgency, taskKey).getId();
                        Call call = measure(() -> taskService.complete(taskId, variables));
                        SignIn.clear();
                        return call;
                    }));
            // Each way goes first, second and third in turn, so that none is always measured right after another.
            Call[] calls = new Call[3];
            for (int k = 0; k < 3; k++) {
                int way = (i + k) % 3;
                calls[way] = ways.get(way).get();
            }
            if (i >= WARMUP) {
                api.add(calls[0]);
                service.add(calls[1]);
                bare.add(calls[2]);
            }
        }
        int last = trios - 1;
        sql.trace(true);
        Call tracedApi = measure(throughApi.apply(agencies.get(last)));
        Map<String, java.util.Set<String>> callers = sql.callers();
        sql.trace(false);
        signIn.accept(agencies.get(last + trios));
        throughService.apply(agencies.get(last + trios)).run();
        signIn.accept(agencies.get(last + 2 * trios));
        String taskId = openTask(agencies.get(last + 2 * trios), taskKey).getId();
        Call tracedBare = measure(() -> taskService.complete(taskId, variables));
        SignIn.clear();
        return new Comparison(api, service, bare, tracedApi, tracedBare, callers);
    }

    private Call measure(Runnable call) {
        sql.start();
        long start = System.nanoTime();
        call.run();
        double millis = (System.nanoTime() - start) / 1e6;
        return new Call(millis, sql.stop());
    }

    private Task openTask(String agency, String taskKey) {
        Task task = taskService.createTaskQuery()
                .processInstanceId(planService.planInCycle(YEAR, agency).getProcessInstanceId())
                .taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("%s's open %s", agency, taskKey).isNotNull();
        return task;
    }
}
