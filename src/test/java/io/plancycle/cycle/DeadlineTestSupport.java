package io.plancycle.cycle;

import io.plancycle.notification.OutboxSender;
import io.plancycle.support.DeadlineClock;
import io.plancycle.support.DeadlineClock.Mail;
import io.plancycle.support.ExpectedMail;
import io.plancycle.support.SignIn;
import io.plancycle.support.TestSmtp;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline tests: the real engine, the H2 file, the Chiayi demo data with its users and contacts, and mail over
 * real SMTP to GreenMail. No job executor and no scheduled sender run; each test moves the engine's clock through
 * 2026 (ROC 115) with a {@link DeadlineClock} and looks at what each mailbox received. Every test opens the 115 cycle
 * of its own and the cycle is removed after it, with its processes, so the tests of these classes share one Spring
 * context without hearing each other's timers.
 */
@SpringBootTest(properties = {
        "plancycle.data-dir=./target/test-db/deadlines-${random.uuid}",
        "plancycle.demo-users=true",
        "plancycle.mail.sender-enabled=false",
        "plancycle.mail.embedded=false",
        "plancycle.mail.from=PlanCycle 測試 <plancycle@plancycle.test>",
        "spring.mail.host=localhost",
        // Batches of two: a cycle of three agencies starts the third in a job after the opening.
        "plancycle.opening-batch-size=2",
        "camunda.bpm.job-execution.enabled=false"})
abstract class DeadlineTestSupport extends ProcessTestSupport {

    static final int YEAR = 115;
    static final ExpectedMail MAIL = new ExpectedMail(YEAR);

    // The 115 calendar of the tests: drafting ends right after the Lunar New Year holidays.
    static final LocalDate DRAFTING_DUE = LocalDate.of(2026, 2, 24);
    static final LocalDate REVIEW_DUE = LocalDate.of(2026, 3, 13);
    static final LocalDate REVISION_DUE = LocalDate.of(2026, 3, 31);
    static final LocalDate REPORT_DUE = LocalDate.of(2026, 4, 30);
    static final LocalDate CONSOLIDATION_DUE = LocalDate.of(2026, 5, 15);
    static final LocalDate APPROVAL_DUE = LocalDate.of(2026, 5, 29);
    /** The planning office opens the cycle on Monday 2 February 2026 at 08:00. */
    static final LocalDate OPENING_DAY = LocalDate.of(2026, 2, 2);

    /**
     * Weekdays off in February–June 2026 by the 115 office calendar (行政院 115年政府行政機關辦公日曆表): 春節 16–20
     * February, 和平紀念日補假 27 February, 兒童節補假 3 April, 民族掃墓節補假 6 April, 勞動節 1 May, 端午節 19 June.
     */
    static final Set<LocalDate> HOLIDAYS_2026 = Set.of(
            LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19),
            LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 27), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
            LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 19));

    static final String ADMIN = "admin@plancycle.test";
    static final String REVIEWER = "reviewer@plancycle.test";
    static final String APPROVER = "approver@plancycle.test";

    static final LocalTime TEN = LocalTime.of(10, 0);

    @DynamicPropertySource
    static void mailGoesToTheTestSmtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", TestSmtp::port);
    }

    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService engineTasks;
    @Autowired
    OutboxSender outboxSender;
    @Autowired
    DeadlineMover deadlineMover;
    @Autowired
    JdbcTemplate jdbc;

    DeadlineClock clock;

    @BeforeEach
    void clockAndEmptyMailboxes() {
        clock = new DeadlineClock(managementService, outboxSender, TestSmtp.server());
        clock.takeMail();
    }

    @AfterEach
    void resetTheClockAndRemoveTheCycle() {
        ClockUtil.reset();
        List<String> running = runtimeService.createProcessInstanceQuery().rootProcessInstances().list().stream()
                .map(ProcessInstance::getId).toList();
        if (!running.isEmpty()) {
            runtimeService.deleteProcessInstances(running, "test over", true, true);
        }
        deleteWithEverythingReferringToIt("CYCLE", "1 = 1", new ArrayList<>());
        jdbc.update("delete from notification");
        clock.takeMail();
        assertThat(managementService.createJobQuery().count()).as("jobs left after the test").isZero();
    }

    /**
     * Deletes the rows of {@code table} that match {@code condition}, after the rows of every table that refers to them
     * by a foreign key (found in the database's own metadata, so that tables added later are included): for the cycle,
     * its calendar, plans, goals, KPIs, targets, actuals, reviews, comments, revisions, approvals, snapshots … The
     * published plans, which belong to no cycle, stay.
     */
    private void deleteWithEverythingReferringToIt(String table, String condition, List<String> path) {
        assertThat(path).as("foreign keys in a circle").doesNotContain(table);
        List<String> below = new ArrayList<>(path);
        below.add(table);
        List<String[]> referring = jdbc.execute((ConnectionCallback<List<String[]>>) connection -> {
            List<String[]> keys = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getExportedKeys(null, "PUBLIC", table)) {
                while (rs.next()) {
                    keys.add(new String[]{rs.getString("FKTABLE_NAME"), rs.getString("FKCOLUMN_NAME"), rs.getString("PKCOLUMN_NAME")});
                }
            }
            return keys;
        });
        for (String[] key : referring) {
            deleteWithEverythingReferringToIt(key[0],
                    key[1] + " in (select " + key[2] + " from " + table + " where " + condition + ")", below);
        }
        jdbc.update("delete from " + table + " where " + condition);
    }

    // --- the calendar and the cycle ---------------------------------------------------------------------------------

    static OpenCycleRequest.Calendar calendar2026() {
        return new OpenCycleRequest.Calendar(DRAFTING_DUE, REVIEW_DUE, REVISION_DUE, REPORT_DUE, CONSOLIDATION_DUE,
                APPROVAL_DUE);
    }

    /**
     * The planning office opens the 115 cycle for these agencies on 2 February 2026 at 08:00; no mail goes out. The
     * cycle is stamped as opened then, by the engine's clock that stamps its notifications too (the cycle takes the
     * computer's own time, which runs apart from the clock the tests move): the progress board lists an agency's
     * notifications since the opening.
     */
    CycleView open115(String... agencies) {
        clock.set(OPENING_DAY, LocalTime.of(8, 0));
        CycleView opened = open(YEAR, calendar2026(), agencies);
        jdbc.update("update cycle set opened_at = ? where roc_year = ?", clock.now().toOffsetDateTime(), YEAR);
        assertThat(clock.tick()).as("mail when the cycle is opened").isEmpty();
        return opened;
    }

    static boolean isWeekendOrHoliday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || HOLIDAYS_2026.contains(day);
    }

    /** Per agency code, whether the planning office sees it as overdue. */
    Map<String, Boolean> overdueByAgency() {
        Map<String, Boolean> overdue = new TreeMap<>();
        cycleView(YEAR).agencies().forEach(a -> overdue.put(a.code(), a.overdue()));
        SignIn.clear();
        return overdue;
    }

    // --- mail -------------------------------------------------------------------------------------------------------

    static String contact(String agency) {
        return agency + ".contact@plancycle.test";
    }

    static String head(String agency) {
        return agency + ".head@plancycle.test";
    }

    /** One delivered copy as {@code address ← time kind subject}, sorted, for comparing whole sets. */
    static List<String> deliveries(List<Mail> mail) {
        return mail.stream().map(m -> m.address() + " ← " + m.line()).sorted().toList();
    }

    /** The same mail to each of the addresses, sorted as {@link #deliveries} sorts. */
    static List<String> to(String line, String... addresses) {
        List<String> copies = new ArrayList<>();
        for (String address : addresses) {
            copies.add(address + " ← " + line);
        }
        return copies.stream().sorted().toList();
    }

    /** Several lists of deliveries as one, sorted as {@link #deliveries} sorts. */
    @SafeVarargs
    static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all.stream().sorted().toList();
    }

    /** Exactly these deliveries (each address's copy), no more, no fewer. */
    static void assertDelivered(List<Mail> arrived, List<String> expected, String when) {
        assertThat(deliveries(arrived)).as("mail %s", when).isEqualTo(expected.stream().sorted().toList());
    }

    /** The mail that reached {@code address} on {@code day}. */
    static Mail mailOf(List<Mail> mail, String address, LocalDate day) {
        return mail.stream().filter(m -> m.address().equals(address) && m.arrived().toLocalDate().equals(day))
                .findFirst().orElseThrow(() -> new AssertionError("no mail to " + address + " on " + day));
    }

    /** What a person reads: both the text and the HTML of the mail say each of these. */
    static void assertReads(Mail mail, String... words) {
        for (String body : List.of(mail.text(), mail.html())) {
            assertThat(body).as("%s to %s", mail.kind(), mail.address()).contains(words);
        }
    }

    /** The mail of {@link #approvedAtOnce} at 10:00 on {@code day}: the evaluation team, the agency, the planning office. */
    static List<String> approvedAtOnceMail(String agencyName, String agency, LocalDate day) {
        return concat(to(MAIL.submitted(agencyName, day, TEN), REVIEWER),
                to(MAIL.reviewApproved(agencyName, day, TEN), contact(agency)),
                to(MAIL.reportFiled(agencyName, day, TEN), ADMIN));
    }

    /** Each morning from {@code first} to {@code last} at 09:00, exactly the mail expected on that day arrives. */
    void assertMornings(LocalDate first, LocalDate last, Map<LocalDate, List<String>> expected) {
        assertMornings(first, last, expected, (day, arrived) -> { });
    }

    /**
     * As above, and after each morning's mail {@code thenThatDay} runs with the day and what arrived: more checks, or
     * what somebody does later that day. Answers all the mail of those mornings.
     */
    List<Mail> assertMornings(LocalDate first, LocalDate last, Map<LocalDate, List<String>> expected,
                              BiConsumer<LocalDate, List<Mail>> thenThatDay) {
        List<Mail> all = new ArrayList<>();
        for (LocalDate day : DeadlineClock.days(first, last)) {
            List<Mail> arrived = clock.morningOf(day);
            assertDelivered(arrived, expected.getOrDefault(day, List.of()), "at 09:00 on " + day);
            all.addAll(arrived);
            thenThatDay.accept(day, arrived);
        }
        return all;
    }

    // --- the engine's side ---------------------------------------------------------------------------------------

    /** The daily notice timer of a step's user task in the process instance: there while the task is open. */
    List<Job> noticeTimers(ProcessInstance instance, String timerId) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(timerId).timers().list();
    }

    Task openTask(ProcessInstance instance, String taskKey) {
        return engineTasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
    }
}
