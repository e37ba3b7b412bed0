package io.plancycle.bench;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import io.plancycle.cycle.OpenCycleRequest;
import io.plancycle.cycle.WorkingDays;
import io.plancycle.step.Step;
import io.plancycle.support.DeadlineClock;
import io.plancycle.support.ServiceSteps;
import io.plancycle.support.SignIn;
import io.plancycle.support.TestDatabase;
import io.plancycle.support.TestSmtp;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminders of N agencies (default 2,000, {@code -Dbench.reminders}) due at the same moment, as in production: the job
 * executor on, the outbox sender on (its schedule as configured), the mail going over SMTP to GreenMail in this JVM.
 * N synthetic agencies are drafting, in cycles of {@code -Dbench.per-cycle} agencies (default: all in one) with the
 * same calendar; the engine's clock moves to 09:00 of the working day before the
 * drafting's due date, when every agency's daily timer fires and its reminder is due. Measured from that moment: each
 * mail's arrival at the SMTP server (lag), and the last one (all delivered). Budget: all within 15 s, lag p95 ≤ 5 s.
 * Beside it, from the same run, the bare engine: N instances of a trivial process waiting at a timer due at one moment,
 * from the clock's move to each instance's end.
 */
@SpringBootTest(properties = {
        "plancycle.mail.embedded=false",
        "plancycle.mail.sender-enabled=true",
        "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(SyntheticAgencies.class)
class RemindersBenchmark {

    private static final int FIRST_YEAR = SyntheticAgencies.FIRST_CYCLE_YEAR;
    private static final String BARE_PROCESS = "BenchBareTimer";
    private static final long TIMEOUT_MINUTES = 10;

    /** When each instance of the bare process ended (nanoTime), and a latch counting them. */
    static final List<Long> BARE_ENDS = java.util.Collections.synchronizedList(new ArrayList<>());
    static volatile CountDownLatch bareDone = new CountDownLatch(0);

    @Autowired
    SyntheticAgencies synthetic;
    @Autowired
    ApplicationContext context;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", TestSmtp::port);
    }

    @AfterEach
    void reset() {
        SignIn.clear();
        ClockUtil.reset();
    }

    @Test
    void remindersDueAtOnceAgainstBareTimers() throws Exception {
        int n = Integer.getInteger("bench.reminders", 2000);
        List<String> agencies = synthetic.add("rem", n);
        int perCycle = Integer.getInteger("bench.per-cycle", n);
        OpenCycleRequest.Calendar calendar = ServiceSteps.calendarAhead();
        ServiceSteps steps = new ServiceSteps(context);
        for (int from = 0; from < n; from += perCycle) {
            steps.open(FIRST_YEAR + from / perCycle, calendar, agencies.subList(from, Math.min(n, from + perCycle)));
        }
        SignIn.clear();
        // The job executor starts the batches of agencies after the first of each cycle.
        await("every agency drafting").atMost(Duration.ofMinutes(TIMEOUT_MINUTES)).pollInterval(Duration.ofSeconds(1))
                .until(() -> taskService.createTaskQuery().taskDefinitionKey(Step.DRAFTING.taskId()).count() == n);
        assertThat(jdbc.queryForObject("select count(*) from notification where kind = 'REMINDER'", Integer.class)).isZero();

        ArrivalWatch arrivals = ArrivalWatch.on(TestSmtp.server(), n);
        DeadlineClock clock = new DeadlineClock(managementService, null, null);
        ZonedDateTime due = clock.set(workingDays.workingDaysBefore(calendar.drafting(), 1), DeadlineClock.NINE);
        long dueAt = System.nanoTime();
        boolean all = arrivals.done.await(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        List<Double> lags = arrivals.lagsSeconds(dueAt);
        assertThat(all).as("%d reminders delivered within %d minutes (%d arrived)", n, TIMEOUT_MINUTES, lags.size()).isTrue();

        Bare bare = bareTimers(n, due.plusHours(1));

        BenchReport report = new BenchReport("reminders", "Reminders of " + n + " agencies due at once, job executor and "
                + "outbox sender on, mail to SMTP (budget: all delivered ≤ 15 s, lag p95 ≤ 5 s)");
        report.line("%-44s %8s %12s %10s %10s %10s %8s", "", "items", "all done s", "lag p50 s", "lag p95 s", "lag max s",
                "per s");
        row(report, "PlanCycle: reminder mail received by SMTP", lags);
        row(report, "bare engine: trivial process, timer to end", bare.lags());
        report.line("PlanCycle: a timer job per agency (%d jobs: the timer's job decides and queues the notice), then the "
                + "outbox; bare: one timer job per instance", n);
        report.line("due at %s (engine clock); settings: %s", due.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                settings());
        report.print();
        assertThat(jdbc.queryForObject("select count(*) from notification where kind = 'REMINDER' and status = 'SENT'",
                Integer.class)).as("each agency's reminder sent once").isEqualTo(n);
    }

    private String settings() {
        var env = context.getEnvironment();
        return String.join(", ", List.of("camunda.bpm.job-execution.", "plancycle.mail.").stream()
                .flatMap(prefix -> List.of("max-jobs-per-acquisition", "core-pool-size", "max-pool-size",
                        "queue-capacity", "wait-time-in-millis", "max-wait", "poll-interval", "sender-threads").stream()
                        .map(key -> prefix + key))
                .filter(key -> env.getProperty(key) != null)
                .map(key -> key.substring(key.lastIndexOf('.') + 1) + "=" + env.getProperty(key)).toList());
    }

    private static void row(BenchReport report, String name, List<Double> lags) {
        double all = lags.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        report.line("%-44s %8d %12.1f %10.2f %10.2f %10.2f %8.0f", name, lags.size(), all,
                BenchReport.percentile(lags, 50), BenchReport.percentile(lags, 95), all, lags.size() / all);
    }

    private record Bare(List<Double> lags) {
    }

    /**
     * N instances of a process that waits at a timer due at {@code at} and ends; the clock moves there and each
     * instance's end is timed by its end listener.
     */
    private Bare bareTimers(int n, ZonedDateTime at) throws InterruptedException {
        BpmnModelInstance model = Bpmn.createExecutableProcess(BARE_PROCESS).camundaHistoryTimeToLive(180)
                .startEvent()
                .intermediateCatchEvent().timerWithDate(at.toOffsetDateTime().toString())
                .endEvent().camundaExecutionListenerClass(ExecutionListener.EVENTNAME_END, BareEnd.class)
                .done();
        repositoryService.createDeployment().addModelInstance(BARE_PROCESS + ".bpmn", model).deploy();
        BARE_ENDS.clear();
        bareDone = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            runtimeService.startProcessInstanceByKey(BARE_PROCESS);
        }
        ClockUtil.setCurrentTime(java.util.Date.from(at.toInstant()));
        long dueAt = System.nanoTime();
        assertThat(bareDone.await(TIMEOUT_MINUTES, TimeUnit.MINUTES)).as("%d bare timers fired", n).isTrue();
        return new Bare(BARE_ENDS.stream().map(end -> (end - dueAt) / 1e9).toList());
    }

    /** The bare process's end: when it happened. */
    public static class BareEnd implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) {
            BARE_ENDS.add(System.nanoTime());
            bareDone.countDown();
        }
    }

    /**
     * When each mail reached the SMTP server: GreenMail's delivery to a mailbox, wrapped to note the first arrival of
     * each Message-ID (a mail to two addresses is delivered twice), counting down until the expected number arrived.
     */
    private static final class ArrivalWatch {

        private final Map<String, Long> firstArrival = new ConcurrentHashMap<>();
        private final CountDownLatch done;

        private ArrivalWatch(int expected) {
            this.done = new CountDownLatch(expected);
        }

        static ArrivalWatch on(GreenMail smtp, int expected) throws com.icegreen.greenmail.store.FolderException {
            ArrivalWatch watch = new ArrivalWatch(expected);
            var users = smtp.getUserManager();
            MessageDeliveryHandler delivery = users.getMessageDeliveryHandler();
            users.setMessageDeliveryHandler((message, address) -> {
                watch.arrived(message.getMessage().getMessageID());
                return delivery.handle(message, address);
            });
            smtp.purgeEmailFromAllMailboxes();
            return watch;
        }

        private void arrived(String messageId) {
            if (firstArrival.putIfAbsent(messageId, System.nanoTime()) == null) {
                done.countDown();
            }
        }

        List<Double> lagsSeconds(long from) {
            return firstArrival.values().stream().map(at -> (at - from) / 1e9).sorted().toList();
        }
    }
}
