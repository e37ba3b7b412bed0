package io.plancycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.plancycle.support.Calendars;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.PageSession;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanCycleProcess;
import io.plancycle.support.TestDatabase;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two PlanCycle nodes (processes of their own, the {@code postgres} profile) on one fresh PostgreSQL database, as
 * README "Deployment: two nodes" runs them behind a load balancer: a cycle of four demo agencies driven through both at
 * once (each step on the other node than the one before), a page session signed in on one used on the other, the
 * reminders of a step made due by moving both engines' clocks, and the first node killed (SIGKILL) half way, the second
 * finishing the cycle alone. Both run the job executor and the outbox sender; every mail reaches each of its
 * recipients exactly once, in the test's own SMTP server (GreenMail).
 */
class TwoNodesPostgresIT {

    private static final int YEAR = 110;
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    /** Four of the demo city's agencies, none of whose work needs its head's sign-off. */
    private static final List<String> AGENCIES = List.of("civil-affairs", "construction", "education", "public-works");
    /** Short enough that the jobs the killed node had locked are taken over within the test. */
    private static final String LOCK_TIME = "camunda.bpm.job-execution.lock-time-in-millis=20000";

    @TempDir
    Path firstDir;
    @TempDir
    Path secondDir;

    private final List<PlanCycleProcess> running = new ArrayList<>();
    private GreenMail smtp;
    private PlanCycleProcess first;
    private PlanCycleProcess second;
    private int calls;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stopAll() {
        running.forEach(PlanCycleProcess::close);
        smtp.stop();
    }

    @Test
    void twoNodesRunOneCycleSendEveryMailOnceAndOneFinishesWhatTheKilledOneLeft() {
        long began = System.nanoTime();
        String database = TestDatabase.create();
        first = node("first", firstDir, database);
        second = node("second", secondDir, database);

        // The second node started on the database the first filled: no second import, no second set of demo users.
        assertThat(first.output()).contains("Imported 20 agencies");
        assertThat(second.output()).doesNotContain("Imported").doesNotContain("Demo users created");

        Map<String, String> calendar = Calendars.ahead();
        JsonNode opened = next().as("admin").openCycle(YEAR, calendar, AGENCIES).expect(201).json();
        assertThat(CycleSteps.stages(opened)).containsOnlyKeys(AGENCIES).containsValues("DRAFTING");

        // A page session signed in on the first node is the same session on the second: no sign-in asked again.
        PageSession onFirst = new PageSession(first.port()).signedInAs("civil-affairs");
        PageSession onSecond = new PageSession(second.port());
        onSecond.useSessionId(onFirst.sessionId().orElseThrow());
        HttpResponse<String> tasks = onSecond.get("/tasks");
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(tasks.body()).contains("<span class=\"pc-me-name\">民政處承辦人</span>").contains("草擬施政計畫與前一年度績效報告");

        // The day before the drafting due date, both nodes' timers fire: one reminder per agency, sent once.
        moveClocks(LocalDate.parse(calendar.get("drafting")).minusDays(1), first, second);
        awaitSent("REMINDER", AGENCIES.size());

        // Every agency drafts and submits, two are approved and file their reports, each call on the other node.
        for (String agency : AGENCIES) {
            steps().draftAndSubmit(agency);
        }
        steps().approveReview(AGENCIES.get(0));
        steps().fileReport(AGENCIES.get(0));
        steps().approveReview(AGENCIES.get(1));
        // The first node is killed the moment its last call answers: no shutdown, its locks left to expire (its job
        // executor may hold the notice timers' jobs).
        new CycleSteps(first.api(), YEAR).fileReport(AGENCIES.get(1));
        first.kill();

        // The second node alone: the review's reminders, the rest of the cycle, consolidation and approval.
        moveClocks(LocalDate.parse(calendar.get("review")).minusDays(1), second);
        awaitSent("REMINDER", AGENCIES.size() + 2);
        CycleSteps alone = new CycleSteps(second.api(), YEAR);
        for (String agency : AGENCIES.subList(2, AGENCIES.size())) {
            alone.approveReview(agency);
            alone.fileReport(agency);
        }
        alone.awaitConsolidation();
        alone.consolidateAndApprove();
        // No job failed on the way, neither one the killed node had taken nor one both nodes could have run.
        assertThat(count(database, "select count(*) from act_ru_incident")).isZero();
        assertThat(count(database, "select count(*) from act_ru_job where exception_msg_ is not null")).isZero();

        // Every notification of the cycle sent, and received once by each of its recipients: as many copies of a
        // message (one Message-ID) as it has recipients, as many Message-IDs as notifications.
        List<JsonNode> sent = awaitOutboxEmpty();
        assertThat(sent).extracting(n -> n.path("kind").asText())
                .contains("REMINDER", "SUBMITTED", "REVIEW_APPROVED", "REPORT_FILED", "CYCLE_DECIDED");
        int copies = sent.stream().mapToInt(n -> n.path("recipients").size()).sum();
        MimeMessage[] received = await("every copy in the mailboxes").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250)).until(smtp::getReceivedMessages, r -> r.length >= copies);
        Map<String, List<MimeMessage>> byMessageId = Arrays.stream(received)
                .collect(Collectors.groupingBy(TwoNodesPostgresIT::messageId));
        assertThat(received).hasSize(copies);
        assertThat(byMessageId).hasSameSizeAs(sent);
        byMessageId.forEach((id, copiesOfOne) -> assertThat(copiesOfOne).as(id).hasSize(recipients(copiesOfOne.get(0))));
        // Each node's sender claimed its own: no notification was sent by both.
        Set<String> byFirst = sentBy(first);
        Set<String> bySecond = sentBy(second);
        assertThat(byFirst).doesNotContainAnyElementsOf(bySecond);
        assertThat(byFirst.size() + bySecond.size()).isEqualTo(sent.size());
        System.out.printf("TwoNodesPostgresIT: %d notifications (%d sent by the first node, %d by the second), %d mails, "
                + "%.0f s%n", sent.size(), byFirst.size(), bySecond.size(), copies, (System.nanoTime() - began) / 1e9);
    }

    /** A node on the database, started after the one before is ready (README: start one node first). */
    private PlanCycleProcess node(String name, Path dataDir, String database) {
        List<String> settings = new ArrayList<>(PlanCycleProcess.onPostgres(database));
        settings.addAll(PlanCycleProcess.mailTo(smtp.getSmtp().getPort()));
        settings.addAll(List.of(LOCK_TIME, "camunda.bpm.job-execution.wait-time-in-millis=500",
                "camunda.bpm.job-execution.max-wait=2000", "plancycle.base-url=http://plancycle.test"));
        PlanCycleProcess node = PlanCycleProcess.launchWithMovableClock(name, dataDir, settings.toArray(String[]::new));
        running.add(node);
        return node.awaitReady();
    }

    /** The API of the other node than the previous call's. */
    private PlanCycleApi next() {
        return (calls++ % 2 == 0 ? first : second).api();
    }

    private CycleSteps steps() {
        return new CycleSteps(next(), YEAR);
    }

    /** Sets the engine clock of the nodes to 10:00 (Asia/Taipei) on the day, time going on from there. */
    private static void moveClocks(LocalDate day, PlanCycleProcess... nodes) {
        Duration ahead = Duration.between(Instant.now(), day.atTime(LocalTime.of(10, 0)).atZone(TAIPEI).toInstant());
        Stream.of(nodes).forEach(node -> node.moveClock(ahead));
    }

    /** Waits until the log holds {@code count} notifications of the kind, all sent. */
    private void awaitSent(String kind, int count) {
        await(count + " " + kind + " sent").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> log().stream().filter(n -> n.path("kind").asText().equals(kind)).toList(),
                        found -> found.size() >= count && found.stream().allMatch(n -> n.path("status").asText().equals("SENT")));
        assertThat(log()).filteredOn(n -> n.path("kind").asText().equals(kind)).hasSize(count);
    }

    /** Waits until every notification is sent; answers them. */
    private List<JsonNode> awaitOutboxEmpty() {
        return await("the outbox delivered").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(this::log, all -> all.stream().allMatch(n -> n.path("status").asText().equals("SENT")));
    }

    /** The whole notification log, read on the node still alive. */
    private List<JsonNode> log() {
        PlanCycleApi api = first.isAlive() ? next() : second.api();
        JsonNode page = api.as("admin").get("/api/notifications?size=500").ok();
        assertThat(page.path("hasMore").asBoolean()).isFalse();
        return StreamSupport.stream(page.path("items").spliterator(), false).toList();
    }

    /** The ids of the notifications the node's log says it sent. */
    private static Set<String> sentBy(PlanCycleProcess node) {
        Matcher sent = Pattern.compile("Sent notification (\\d+) ").matcher(node.output());
        Set<String> ids = new HashSet<>();
        while (sent.find()) {
            ids.add(sent.group(1));
        }
        return ids;
    }

    private static long count(String database, String query) {
        try (Connection connection = TestDatabase.connect(database); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int recipients(MimeMessage message) {
        try {
            return message.getAllRecipients().length;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
