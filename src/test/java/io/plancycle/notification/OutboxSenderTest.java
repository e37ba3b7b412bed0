package io.plancycle.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Delivering the outbox: never lost while the mail server is down, never sent twice, given up and sent again. */
@MailTestContext
class OutboxSenderTest {

    @RegisterExtension
    static final GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(MailTestContext.SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));

    static final Instant START = Instant.parse("2026-02-21T02:00:00Z");

    @Autowired
    Notifications notifications;
    @Autowired
    OutboxSender sender;
    @Autowired
    NotificationRepository repository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    Instant now = START;

    @BeforeEach
    void emptyOutboxAtAFixedTime() {
        jdbc.update("delete from notification");
        ClockUtil.setCurrentTime(Date.from(now));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private void advance(Duration by) {
        now = now.plus(by);
        ClockUtil.setCurrentTime(Date.from(now));
    }

    private void enqueue(String key, String agency, String email) {
        notifications.enqueue(key, NotificationKind.REMINDER, agency, List.of(new Recipient("", email)),
                NotificationsTest.reminderModel());
    }

    private List<Notification> rows() {
        return repository.findAll().stream().sorted((a, b) -> a.getId().compareTo(b.getId())).toList();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":plancycle").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void whileTheMailServerIsDownNotificationsWaitWithBackoffThenEachArrivesExactlyOnce() {
        enqueue("k1", "police", "police.contact@plancycle.test");
        enqueue("k2", "fire", "fire.contact@plancycle.test");
        enqueue("k3", "education", "education.contact@plancycle.test");
        greenMail.stop();

        assertThat(sender.deliverDue()).isZero();
        assertThat(rows()).allSatisfy(n -> {
            assertThat(n.getStatus()).isEqualTo(NotificationStatus.PENDING);
            assertThat(n.getAttempts()).isEqualTo(1);
            assertThat(n.getNextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));
            assertThat(n.getLastError()).as("why: the mail server could not be reached").contains("MailConnectException");
        });
        assertThat(sender.deliverDue()).as("not retried before its backoff").isZero();
        assertThat(rows()).extracting(Notification::getAttempts).containsOnly(1);

        advance(Duration.ofMinutes(1));
        assertThat(sender.deliverDue()).isZero();
        assertThat(rows()).allSatisfy(n -> {
            assertThat(n.getAttempts()).isEqualTo(2);
            assertThat(n.getNextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(2)));
        });

        greenMail.start();
        advance(Duration.ofMinutes(1));
        assertThat(sender.deliverDue()).as("still backing off").isZero();
        advance(Duration.ofMinutes(1));
        assertThat(sender.deliverDue()).isEqualTo(3);
        assertThat(sender.deliverDue()).isZero();
        advance(Duration.ofHours(2));
        assertThat(sender.deliverDue()).isZero();

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(received).flatExtracting(MailMessages::to).containsExactlyInAnyOrder("police.contact@plancycle.test",
                "fire.contact@plancycle.test", "education.contact@plancycle.test");
        assertThat(rows()).allSatisfy(n -> {
            assertThat(n.getStatus()).isEqualTo(NotificationStatus.SENT);
            assertThat(n.getAttempts()).isEqualTo(3);
            assertThat(n.getSentAt()).isEqualTo(START.plus(Duration.ofMinutes(3)));
        });
    }

    @Test
    void afterTheLastAttemptItIsFailedShownToTheAdministratorAndSentWhenResent() throws Exception {
        enqueue("k-failed", "police", "police.contact@plancycle.test");
        greenMail.stop();

        List<Duration> waits = new ArrayList<>();
        for (int attempt = 1; attempt <= 8; attempt++) {
            assertThat(sender.deliverDue()).isZero();
            Notification n = rows().get(0);
            assertThat(n.getAttempts()).isEqualTo(attempt);
            if (attempt < 8) {
                assertThat(n.getStatus()).isEqualTo(NotificationStatus.PENDING);
                waits.add(Duration.between(now, n.getNextAttemptAt()));
                advance(Duration.between(now, n.getNextAttemptAt()));
            } else {
                assertThat(n.getStatus()).isEqualTo(NotificationStatus.FAILED);
            }
        }
        assertThat(waits).extracting(Duration::toMinutes).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L);
        advance(Duration.ofDays(1));
        assertThat(sender.deliverDue()).isZero();
        assertThat(rows().get(0).getAttempts()).isEqualTo(8);

        long id = rows().get(0).getId();
        mvc.perform(get("/api/notifications").param("status", "FAILED").header("Authorization", basic("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].kind").value("REMINDER"))
                .andExpect(jsonPath("$.items[0].agency").value("police"))
                .andExpect(jsonPath("$.items[0].recipients[0]").value("police.contact@plancycle.test"))
                .andExpect(jsonPath("$.items[0].subject").value(rows().get(0).getSubject()))
                .andExpect(jsonPath("$.items[0].text").value(rows().get(0).getBodyText()))
                .andExpect(jsonPath("$.items[0].status").value("FAILED"))
                .andExpect(jsonPath("$.items[0].attempts").value(8))
                .andExpect(jsonPath("$.items[0].lastError").isNotEmpty())
                .andExpect(jsonPath("$.items[0].createdAt").value("2026-02-21T02:00:00Z"))
                .andExpect(jsonPath("$.items[0].sentAt").doesNotExist())
                .andExpect(jsonPath("$.hasMore").value(false));
        mvc.perform(get("/api/notifications").param("status", "SENT").header("Authorization", basic("admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get("/api/notifications").param("status", "failed").header("Authorization", basic("admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/notifications").header("Authorization", basic("police")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/notifications/{id}/resend", id).header("Authorization", basic("reviewer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/notifications/{id}/resend", id + 1000).header("Authorization", basic("admin")))
                .andExpect(status().isNotFound());

        greenMail.start();
        mvc.perform(post("/api/notifications/{id}/resend", id).header("Authorization", basic("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.attempts").value(0));
        mvc.perform(post("/api/notifications/{id}/resend", id).header("Authorization", basic("admin")))
                .andExpect(status().isConflict());
        assertThat(sender.deliverDue()).isEqualTo(1);
        assertThat(sender.deliverDue()).isZero();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(rows().get(0).getStatus()).isEqualTo(NotificationStatus.SENT);
        assertThat(rows().get(0).getAttempts()).isEqualTo(1);
    }

    @Test
    void aMailTheServerRefusesWaitsWhileTheOthersSentWithItArrive() {
        // More mails than sender threads: each thread sends a share of them on one connection.
        List<String> agencies = List.of("police", "fire", "education", "finance-taxation", "personnel", "civil-affairs",
                "public-works", "social-affairs", "cultural-affairs");
        agencies.forEach(agency -> enqueue("share-" + agency, agency, agency + ".contact@plancycle.test"));
        // A mail with no recipient left: the mail server refuses it, and it alone.
        jdbc.update("update notification set recipients = ' ' where dedup_key = 'share-fire'");

        assertThat(sender.deliverDue()).isEqualTo(agencies.size() - 1);

        assertThat(greenMail.getReceivedMessages()).flatExtracting(MailMessages::to).containsExactlyInAnyOrderElementsOf(
                agencies.stream().filter(agency -> !agency.equals("fire")).map(agency -> agency + ".contact@plancycle.test")
                        .toList());
        assertThat(rows()).allSatisfy(n -> {
            assertThat(n.getAttempts()).isEqualTo(1);
            if (n.getDedupKey().equals("share-fire")) {
                assertThat(n.getStatus()).isEqualTo(NotificationStatus.PENDING);
                assertThat(n.getNextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));
                assertThat(n.getLastError()).contains("No recipient");
            } else {
                assertThat(n.getStatus()).isEqualTo(NotificationStatus.SENT);
                assertThat(n.getSentAt()).isEqualTo(now);
            }
        });
    }

    @Test
    void twoSendersAtOnceSendEachNotificationOnce() throws Exception {
        int count = 30;
        for (int i = 0; i < count; i++) {
            enqueue("race-" + i, "police", "officer" + i + "@plancycle.test");
        }
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> senders = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                senders.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return sender.deliverDue();
                }));
            }
            int sent = 0;
            for (Future<Integer> result : senders) {
                sent += result.get(60, TimeUnit.SECONDS);
            }
            assertThat(sent).isEqualTo(count);
        } finally {
            threads.shutdownNow();
        }
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(count);
        assertThat(received).extracting(MailMessages::messageId).doesNotHaveDuplicates();
        assertThat(received).flatExtracting(MailMessages::to).doesNotHaveDuplicates().hasSize(count);
        assertThat(rows()).allSatisfy(n -> {
            assertThat(n.getStatus()).isEqualTo(NotificationStatus.SENT);
            assertThat(n.getAttempts()).isEqualTo(1);
        });
    }

    @Test
    void theLogIsNewestFirstFilteredByAgencyAndPaged() throws Exception {
        enqueue("log-1", "police", "police.contact@plancycle.test");
        enqueue("log-2", "fire", "fire.contact@plancycle.test");
        enqueue("log-3", "police", "police.head@plancycle.test");
        sender.deliverDue();

        JsonNode page = json.readTree(mvc.perform(get("/api/notifications").param("agency", "police").param("size", "1")
                        .header("Authorization", basic("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.at("/items/0/recipients/0").asText()).isEqualTo("police.head@plancycle.test");
        assertThat(page.at("/items/0/status").asText()).isEqualTo("SENT");
        assertThat(page.at("/items/0/sentAt").asText()).isEqualTo("2026-02-21T02:00:00Z");
        assertThat(page.at("/hasMore").asBoolean()).isTrue();
        mvc.perform(get("/api/notifications").param("agency", "police").param("page", "1").param("size", "1")
                        .header("Authorization", basic("admin")))
                .andExpect(jsonPath("$.items[0].recipients[0]").value("police.contact@plancycle.test"))
                .andExpect(jsonPath("$.hasMore").value(false));
        mvc.perform(get("/api/notifications").header("Authorization", basic("admin")))
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.size").value(100));
        mvc.perform(get("/api/notifications").param("size", "0").header("Authorization", basic("admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void theBackoffDoublesFromAMinuteToAtMostAnHour() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8, 20)).extracting(OutboxSender::backoff).extracting(Duration::toMinutes)
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    }
}
