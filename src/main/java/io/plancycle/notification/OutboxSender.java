package io.plancycle.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers the outbox: every PENDING notification whose next attempt is due goes to the mail server, in shares of a
 * round, none with a transaction held open while the mail server is talked to: claim the share (commit) → send it on
 * one connection → mark what the server accepted (commit). The claim counts each notification's attempt and leases its
 * row, so two senders (threads or instances) never both send it; a failed attempt is retried after 1, 2, 4, 8 …
 * minutes (at most an hour) until {@code plancycle.mail.max-attempts}, then the notification is FAILED. Should the
 * process die between sending and marking, the lease runs out and the mail is sent once more, with the same Message-ID
 * so that mail clients show it once. A round's notifications are shared among {@code plancycle.mail.sender-threads}
 * threads (a morning's 2,000 reminders are not sent one after the other), each share on a connection of its own: one
 * SMTP handshake per share rather than per mail.
 */
@Service
public class OutboxSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;
    /** Longer than any attempt can take (the SMTP timeouts in application.yml are 10 s to connect, 30 s to talk). */
    static final Duration LEASE = Duration.ofMinutes(5);
    static final Duration MAX_BACKOFF = Duration.ofHours(1);
    private static final int MAX_ERROR = 2000;

    private record Outgoing(long id, int attempt, String dedupKey, List<String> recipients, String subject, String text,
                            String html) {
    }

    private final NotificationRepository notifications;
    private final JavaMailSender mailSender;
    private final TransactionTemplate transaction;
    private final MailSettings settings;
    private final ExecutorService senders;

    OutboxSender(NotificationRepository notifications, JavaMailSender mailSender, TransactionTemplate transaction,
                 MailSettings settings, ObjectProvider<EmbeddedSmtp> embeddedSmtp) {
        this.notifications = notifications;
        this.mailSender = mailSender;
        this.transaction = transaction;
        this.settings = settings;
        AtomicInteger number = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(settings.senderThreads(), task -> {
            Thread thread = new Thread(task, "outbox-sender-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        embeddedSmtp.ifAvailable(server -> log.info("Mail goes to the embedded SMTP server on port {}", server.port()));
    }

    /** Sends every notification that is due now; answers how many the mail server accepted. */
    public int deliverDue() {
        Instant now = EngineClock.now();
        Set<Long> seen = new HashSet<>();
        int sent = 0;
        while (true) {
            // A notification tried once is leased or backed off past `now`, so it is not due again in this round.
            List<Long> due = transaction.execute(status -> notifications.dueIds(now, PageRequest.of(0, BATCH)));
            List<Long> fresh = due.stream().filter(seen::add).toList();
            int share = Math.max(1, (fresh.size() + settings.senderThreads() - 1) / settings.senderThreads());
            List<Future<Integer>> delivered = new ArrayList<>();
            for (int from = 0; from < fresh.size(); from += share) {
                List<Long> ids = fresh.subList(from, Math.min(fresh.size(), from + share));
                delivered.add(senders.submit(() -> deliver(ids)));
            }
            for (Future<Integer> one : delivered) {
                sent += done(one);
            }
            if (due.size() < BATCH || delivered.isEmpty()) {
                break;
            }
        }
        return sent;
    }

    /** Waits for one share's delivery; a delivery never throws (a failure is recorded on its notification). */
    private static int done(Future<Integer> delivery) {
        try {
            return delivery.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the outbox was being delivered", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a delivery failed unexpectedly", e.getCause());
        }
    }

    @Override
    public void destroy() {
        senders.shutdown();
    }

    /**
     * Claims the share, sends what it claimed on one connection and marks what the mail server accepted; answers how
     * many that was (a notification another sender had claimed is left to it).
     */
    private int deliver(List<Long> ids) {
        List<Outgoing> claimed;
        try {
            claimed = transaction.execute(status -> ids.stream().map(this::claim).flatMap(Optional::stream).toList());
        } catch (RuntimeException e) {
            log.warn("Could not claim notifications {}; they stay in the outbox: {}", ids, e.toString());
            return 0;
        }
        Map<MimeMessage, Outgoing> messages = new LinkedHashMap<>();
        for (Outgoing mail : claimed) {
            try {
                messages.put(message(mail), mail);
            } catch (RuntimeException | MessagingException e) {
                recordFailure(mail, e);
            }
        }
        Map<Object, Exception> refused = messages.isEmpty() ? Map.of() : send(messages.keySet());
        List<Outgoing> accepted = new ArrayList<>();
        messages.forEach((message, mail) -> {
            if (refused.containsKey(message)) {
                recordFailure(mail, refused.get(message));
            } else {
                accepted.add(mail);
            }
        });
        markSent(accepted);
        return accepted.size();
    }

    /** Sends the messages on one connection; answers those the mail server did not take, each with why. */
    private Map<Object, Exception> send(Set<MimeMessage> messages) {
        try {
            mailSender.send(messages.toArray(MimeMessage[]::new));
            return Map.of();
        } catch (MailSendException e) {
            // None named: every message was taken, and only closing the connection failed.
            return e.getFailedMessages();
        } catch (RuntimeException e) {
            Map<Object, Exception> all = new LinkedHashMap<>();
            messages.forEach(message -> all.put(message, e));
            return all;
        }
    }

    private void markSent(List<Outgoing> sent) {
        if (sent.isEmpty()) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> sent.forEach(mail -> {
                if (notifications.markSent(mail.id(), mail.attempt(), EngineClock.now()) == 0) {
                    log.warn("Notification {} was sent but had changed meanwhile", mail.id());
                }
            }));
        } catch (RuntimeException e) {
            log.error("Notifications {} were sent but could not be marked SENT; they will be sent again after {}",
                    sent.stream().map(Outgoing::id).toList(), LEASE, e);
        }
        sent.forEach(mail -> log.info("Sent notification {} ({}) to {}", mail.id(), mail.dedupKey(), mail.recipients()));
    }

    private Optional<Outgoing> claim(long id) {
        Instant now = EngineClock.now();
        Optional<Notification> found = notifications.findById(id)
                .filter(n -> n.getStatus() == NotificationStatus.PENDING && !n.getNextAttemptAt().isAfter(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Notification n = found.get();
        if (notifications.claim(id, n.getAttempts(), now, now.plus(LEASE)) == 0) {
            return Optional.empty();
        }
        return Optional.of(new Outgoing(id, n.getAttempts() + 1, n.getDedupKey(), n.recipientList(), n.getSubject(),
                n.getBodyText(), n.getBodyHtml()));
    }

    private MimeMessage message(Outgoing mail) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(mail.recipients().toArray(String[]::new));
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        helper.setSentDate(Date.from(EngineClock.now()));
        // JavaMailSenderImpl keeps a Message-ID set beforehand: the same notification always has the same one.
        message.setHeader("Message-ID", messageId(mail.dedupKey()));
        return message;
    }

    /** {@code <hash-of-key.plancycle@domain-of-from>}: stable for a notification, unique between notifications. */
    String messageId(String dedupKey) {
        String domain = "plancycle.local";
        try {
            String from = new InternetAddress(settings.from()).getAddress();
            domain = from.substring(from.indexOf('@') + 1);
        } catch (MessagingException | RuntimeException e) {
            log.debug("no domain in plancycle.mail.from {}", settings.from());
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(dedupKey.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 16) + ".plancycle@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void recordFailure(Outgoing mail, Exception e) {
        boolean giveUp = mail.attempt() >= settings.maxAttempts();
        Instant now = EngineClock.now();
        Instant next = giveUp ? now : now.plus(backoff(mail.attempt()));
        String error = describe(e);
        if (giveUp) {
            log.error("Notification {} ({}) FAILED after {} attempts: {}", mail.id(), mail.dedupKey(), mail.attempt(), error);
        } else {
            log.warn("Notification {} ({}) attempt {} failed, next at {}: {}", mail.id(), mail.dedupKey(), mail.attempt(),
                    next, error);
        }
        try {
            transaction.executeWithoutResult(status -> notifications.markFailedAttempt(mail.id(), mail.attempt(),
                    giveUp ? NotificationStatus.FAILED : NotificationStatus.PENDING, error, next));
        } catch (RuntimeException dbError) {
            log.error("Could not record the failure of notification {}; it is retried after {}", mail.id(), LEASE, dbError);
        }
    }

    /** The wait after the given failed attempt (1-based): 1, 2, 4, 8 … minutes, at most an hour. */
    static Duration backoff(int attempt) {
        Duration wait = Duration.ofMinutes(1L << Math.min(Math.max(attempt - 1, 0), 10));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < 3; depth++) {
            text.append(" / ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return text.length() <= MAX_ERROR ? text.toString() : text.substring(0, MAX_ERROR);
    }
}
