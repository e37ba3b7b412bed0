package io.plancycle.support;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import io.plancycle.notification.OutboxSender;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time as PlanCycle's deadlines see it, moved by the test: the engine's clock ({@link ClockUtil}) is set to a moment in
 * Taiwan, and {@link #tick()} does what the job executor and the scheduled mail sender would have done by then — it
 * executes every due job (timers whose time has come, asynchronous continuations) until none is left, delivers the
 * outbox over SMTP to GreenMail and hands back what each mailbox received. Nobody sleeps; the job executor and the
 * scheduled sender must be off. Call {@link ClockUtil#reset()} when done.
 */
public final class DeadlineClock {

    public static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    /** Notices go out at this time of a working day. */
    public static final LocalTime NINE = LocalTime.of(9, 0);
    public static final LocalTime ONE_MINUTE_TO_NINE = LocalTime.of(8, 59);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int MAX_JOBS_AT_ONCE = 10_000;

    private final ManagementService managementService;
    private final OutboxSender outbox;
    private final GreenMail smtp;
    private ZonedDateTime now;

    public DeadlineClock(ManagementService managementService, OutboxSender outbox, GreenMail smtp) {
        this.managementService = managementService;
        this.outbox = outbox;
        this.smtp = smtp;
    }

    /** Sets the engine's clock to the day and time in Taiwan (it stands still there until set again). */
    public ZonedDateTime set(LocalDate day, LocalTime time) {
        now = ZonedDateTime.of(day, time, TAIPEI);
        ClockUtil.setCurrentTime(Date.from(now.toInstant()));
        return now;
    }

    public ZonedDateTime now() {
        return now;
    }

    /** Executes every executable job, including those the executed ones create, until none is left. */
    public int runDueJobs() {
        int executed = 0;
        while (true) {
            List<Job> due = managementService.createJobQuery().executable().orderByJobDuedate().asc().list();
            if (due.isEmpty()) {
                return executed;
            }
            for (Job job : due) {
                // An earlier job of this round may have removed it (a step that ended took its timer with it).
                if (managementService.createJobQuery().jobId(job.getId()).executable().count() == 0) {
                    continue;
                }
                managementService.executeJob(job.getId());
                executed++;
            }
            assertThat(executed).as("jobs executed at %s (a job that keeps coming back?)", now).isLessThan(MAX_JOBS_AT_ONCE);
        }
    }

    /** What happens by now: the due jobs run, the outbox is delivered; answers the mail that arrived. */
    public List<Mail> tick() {
        runDueJobs();
        outbox.deliverDue();
        return takeMail();
    }

    /** The morning of a day: at 08:59 nothing arrives; answers what arrives at 09:00. */
    public List<Mail> morningOf(LocalDate day) {
        set(day, ONE_MINUTE_TO_NINE);
        List<Mail> early = tick();
        assertThat(early).as("mail that arrived before 09:00 on %s", day).extracting(Mail::line).isEmpty();
        set(day, NINE);
        return tick();
    }

    /** Every message in every GreenMail mailbox, one per recipient, oldest first; the mailboxes are emptied. */
    public List<Mail> takeMail() {
        List<Mail> mail = new ArrayList<>();
        try {
            for (GreenMailUser user : smtp.getUserManager().listUser()) {
                for (StoredMessage stored : smtp.getManagers().getImapHostManager().getInbox(user).getMessages()) {
                    mail.add(Mail.of(user.getEmail(), now, stored.getMimeMessage()));
                }
            }
            smtp.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
        mail.sort(Comparator.comparing(Mail::address).thenComparing(Mail::subject));
        return mail;
    }

    /**
     * One message as one recipient got it.
     *
     * @param address the mailbox it was delivered to
     * @param arrived the engine's time when the test found it
     * @param to      the To header: everyone the message went to
     */
    public record Mail(String address, ZonedDateTime arrived, String subject, String text, String html, Instant sentAt,
                       List<String> to) {

        static Mail of(String address, ZonedDateTime arrived, MimeMessage message) {
            try {
                Address[] to = message.getRecipients(MimeMessage.RecipientType.TO);
                return new Mail(address.toLowerCase(Locale.ROOT), arrived, message.getSubject(),
                        part(message, "text/plain"), part(message, "text/html"),
                        message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                        to == null ? List.of() : Arrays.stream(to).map(a -> ((InternetAddress) a).getAddress()).toList());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** What the mail is, read from its subject as a person would: REMINDER, OVERDUE, ESCALATION, SUBMITTED … */
        public String kind() {
            return kindOf(subject);
        }

        /** {@code 2026-02-06 09:00 REMINDER 【PlanCycle】提醒：…}: when it arrived, what it is, its subject. */
        public String line() {
            return DeadlineClock.line(arrived, kind(), subject);
        }

        private static String part(Part part, String type) throws Exception {
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = part(multipart.getBodyPart(i), type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }
    }

    /** An expected or received mail as one line: arrival (Taiwan time), kind, subject. */
    public static String line(ZonedDateTime arrived, String kind, String subject) {
        return STAMP.format(arrived.withZoneSameInstant(TAIPEI)) + " " + kind + " " + subject;
    }

    /** The kind of a PlanCycle mail by its subject line. */
    public static String kindOf(String subject) {
        String s = subject == null ? "" : subject.replaceFirst("^【PlanCycle】", "");
        if (s.startsWith("提醒：")) {
            return "REMINDER";
        }
        if (s.startsWith("逾期通知：")) {
            return "OVERDUE";
        }
        if (s.startsWith("逾期陳報：")) {
            return "ESCALATION";
        }
        if (s.contains("待主管核章")) {
            return "SIGN_OFF_REQUESTED";
        }
        if (s.contains("經主管退回")) {
            return "SENT_BACK_BY_HEAD";
        }
        if (s.contains("期限變更")) {
            return "DEADLINE_MOVED";
        }
        if (s.contains("經首長退回，請依核定意見修正")) {
            return "RETURNED_BY_APPROVER";
        }
        if (s.contains("經書面審查退回")) {
            return "RETURNED";
        }
        if (s.contains("已通過書面審查")) {
            return "REVIEW_APPROVED";
        }
        if (s.contains("已送出")) {
            return "SUBMITTED";
        }
        if (s.contains("已提交")) {
            return "REPORT_FILED";
        }
        if (s.contains("施政計畫暨績效報告")) {
            return "CYCLE_DECIDED";
        }
        return "UNKNOWN";
    }

    /** Every day from {@code from} to {@code toInclusive}, for stepping through a period day by day. */
    public static List<LocalDate> days(LocalDate from, LocalDate toInclusive) {
        return from.datesUntil(toInclusive.plusDays(1)).toList();
    }
}
