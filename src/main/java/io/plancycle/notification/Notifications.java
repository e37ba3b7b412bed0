package io.plancycle.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The outbox of PlanCycle's mail. A feature that has something to tell calls {@link #enqueue} in the transaction of
 * the action itself: the mail is rendered at once and written to the {@code notification} table, so it is sent if and
 * only if the action commits. {@link OutboxSender} delivers it later, retrying until the mail server accepts it.
 *
 * <p>The model a caller passes (each kind's templates use what they need; every key may be missing):
 * <ul>
 *   <li>{@code agencyName} (String, nullable): the agency the mail is about, e.g. 民政處</li>
 *   <li>{@code stageName} (String): the step in Chinese: 草擬施政計畫, 書面審查, 滾動修正, 績效報告 or 彙整與核定 (for
 *       SUBMITTED and REVIEW_APPROVED the step the recipient is asked to do next)</li>
 *   <li>{@code due} (LocalDate): the step's due date; shown as an ROC date with the days left, or for OVERDUE and
 *       ESCALATION the days overdue, counted from today in the users' time zone (required for REMINDER, OVERDUE,
 *       ESCALATION and DEADLINE_MOVED)</li>
 *   <li>{@code cycleYear} (int): the ROC year of the cycle, e.g. 115</li>
 *   <li>{@code link} (String): the URL of the task or page to act on</li>
 *   <li>{@code number} (int): REMINDER: which reminder this is, 1 for the first</li>
 *   <li>{@code round} (int): PANEL_ASKED: the round of review the submission enters</li>
 *   <li>{@code comments} (List&lt;String&gt;): RETURNED: the review comments, listed (long ones are cut)</li>
 *   <li>{@code decision} ({@code APPROVE} / {@code RETURN}, enum or String) and {@code reason} (String): CYCLE_DECIDED</li>
 *   <li>{@code oldDue} (LocalDate) and {@code reason} (String): DEADLINE_MOVED</li>
 * </ul>
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);
    private static final int MAX_KEY = 200;
    private static final int MAX_RECIPIENTS = 10000;
    private static final String DUPLICATE_KEY = "23505";

    private final NotificationRepository notifications;
    private final MailTemplates templates;
    private final JdbcTemplate jdbc;

    Notifications(NotificationRepository notifications, MailTemplates templates, JdbcTemplate jdbc) {
        this.notifications = notifications;
        this.templates = templates;
        this.jdbc = jdbc;
    }

    /**
     * Renders the mail now and writes it to the outbox in the caller's transaction; a second call with the same key
     * does nothing (so a retried timer or a restart cannot duplicate it).
     *
     * @param key        what makes this mail unique, at most 200 characters, e.g. {@code reminder:115:police:DRAFTING:2}
     * @param kind       which templates render it
     * @param agencyCode the agency it is about, for the log; null for the whole cycle
     * @param to         its recipients; addresses that are blank or malformed are left out (and logged), and with
     *                   none left nothing is recorded
     * @param model      the values the templates show, as listed on this class
     */
    @Transactional
    public void enqueue(String key, NotificationKind kind, String agencyCode, List<Recipient> to, Map<String, Object> model) {
        enqueue(key, kind, agencyCode, () -> to, () -> model);
    }

    /**
     * As {@link #enqueue(String, NotificationKind, String, List, Map)}, the recipients and the model asked for only when
     * nothing with the key is queued yet: for a caller that would look them up again each time it asks (a task's daily
     * timer asks every morning whether its latest notice went out).
     */
    @Transactional
    public void enqueue(String key, NotificationKind kind, String agencyCode, Supplier<List<Recipient>> to,
                        Supplier<Map<String, Object>> model) {
        Objects.requireNonNull(kind, "kind");
        if (key == null || key.isBlank() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("a notification's key must have 1 to " + MAX_KEY + " characters: " + key);
        }
        if (notifications.existsByDedupKey(key)) {
            log.debug("Notification {} is queued already", key);
            return;
        }
        String recipients = addresses(key, to.get());
        if (recipients.isEmpty()) {
            log.info("Notification {} ({}, agency {}) has no recipients: nothing is sent", key, kind, agencyCode);
            return;
        }
        if (recipients.length() > MAX_RECIPIENTS) {
            throw new IllegalArgumentException("notification " + key + " has too many recipients");
        }
        MailTemplates.Rendered mail = templates.render(kind, model.get());
        insertUnlessPresent(key, kind, agencyCode, recipients, mail);
    }

    /** Distinct valid addresses, in the order given, joined by commas. */
    private static String addresses(String key, List<Recipient> to) {
        return String.join(",", deliverable(to, recipient -> log.warn(
                "Notification {}: recipient {} has no valid email address and is left out", key, recipient)).values());
    }

    /**
     * The addresses a notice to these recipients goes to, as {@link #enqueue} keeps them: distinct (ignoring case),
     * valid, by their lower-case form; none means that no notice would be recorded.
     */
    public static Map<String, String> deliverable(List<Recipient> to) {
        return deliverable(to, recipient -> { });
    }

    private static Map<String, String> deliverable(List<Recipient> to, Consumer<Recipient> leftOut) {
        Map<String, String> distinct = new LinkedHashMap<>();
        for (Recipient recipient : to == null ? List.<Recipient>of() : to) {
            String email = recipient == null || recipient.email() == null ? null : recipient.email().trim();
            if (!EmailAddresses.isValid(email)) {
                leftOut.accept(recipient);
                continue;
            }
            distinct.putIfAbsent(email.toLowerCase(Locale.ROOT), email);
        }
        return distinct;
    }

    /**
     * Inserts the row inside a savepoint: should a concurrent transaction have queued the same key since the check,
     * the unique constraint refuses it, the savepoint is rolled back and the caller's transaction goes on unharmed.
     */
    private void insertUnlessPresent(String key, NotificationKind kind, String agencyCode, String recipients,
                                     MailTemplates.Rendered mail) {
        OffsetDateTime now = OffsetDateTime.ofInstant(EngineClock.now(), ZoneOffset.UTC);
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            Savepoint savepoint = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into notification (dedup_key, kind, agency_code, recipients, subject, body_text, body_html,
                                              status, attempts, next_attempt_at, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")) {
                insert.setString(1, key);
                insert.setString(2, kind.name());
                insert.setString(3, agencyCode);
                insert.setString(4, recipients);
                insert.setString(5, mail.subject());
                insert.setString(6, mail.text());
                insert.setString(7, mail.html());
                insert.setString(8, NotificationStatus.PENDING.name());
                insert.setObject(9, now);
                insert.setObject(10, now);
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(savepoint);
                log.info("Notification {} was queued by someone else meanwhile", key);
                return null;
            }
            connection.releaseSavepoint(savepoint);
            return null;
        });
    }
}
