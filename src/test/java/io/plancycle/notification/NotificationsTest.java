package io.plancycle.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.plancycle.cycle.Decision;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Queuing mail: rendered at once in Traditional Chinese with ROC dates, once per key, only with the caller's commit. */
@MailTestContext
class NotificationsTest {

    @RegisterExtension
    static final GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(MailTestContext.SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));

    /** Saturday 21 February 2026, 10:00 in Taipei: the drafting step is due on Tuesday the 24th, 3 days on. */
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-02-21T10:00:00+08:00");
    static final LocalDate DUE = LocalDate.of(2026, 2, 24);
    static final String LINK = "http://localhost:8080/camunda/app/tasklist/default/#/?task=42";

    @Autowired
    Notifications notifications;
    @Autowired
    Contacts contacts;
    @Autowired
    OutboxSender sender;
    @Autowired
    NotificationRepository repository;
    @Autowired
    MailTemplates templates;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void emptyOutboxAtAFixedTime() {
        jdbc.update("delete from notification");
        ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static Map<String, Object> reminderModel() {
        return Map.of("agencyName", "民政處", "stageName", "草擬施政計畫", "due", DUE, "cycleYear", 115, "link", LINK,
                "number", 1);
    }

    @Test
    void aReminderArrivesOnceInTraditionalChineseWithItsRocDueDateAndLink() throws Exception {
        List<Recipient> to = contacts.contactsOf("civil-affairs");
        assertThat(to).extracting(Recipient::email).containsExactly("civil-affairs.contact@plancycle.test");

        notifications.enqueue("reminder:115:civil-affairs:DRAFTING:1", NotificationKind.REMINDER, "civil-affairs", to,
                reminderModel());

        assertThat(greenMail.getReceivedMessages()).as("nothing is sent while queuing").isEmpty();
        assertThat(sender.deliverDue()).isEqualTo(1);
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(MailMessages.subject(mail))
                .isEqualTo("【PlanCycle】提醒：民政處115年度「草擬施政計畫」將於民國115年2月24日到期（尚餘3日）");
        assertThat(MailMessages.to(mail)).containsExactly("civil-affairs.contact@plancycle.test");
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("plancycle@plancycle.test");
        assertThat(from.getPersonal()).isEqualTo("PlanCycle 測試");
        assertThat(MailMessages.messageId(mail)).isEqualTo(sender.messageId("reminder:115:civil-affairs:DRAFTING:1"))
                .matches("<[0-9a-f]{32}\\.plancycle@plancycle\\.test>");
        String text = MailMessages.text(mail);
        assertThat(text).contains("民政處115年度「草擬施政計畫」將於民國115年2月24日到期，尚餘3日。", "機　　關：民政處",
                "期　　限：民國115年2月24日（尚餘3日）", "辦理連結：" + LINK, "請勿直接回覆").doesNotContain("null", "[#", "${");
        String html = MailMessages.html(mail);
        assertThat(html).contains("民國115年2月24日", "尚餘3日", "民政處", "href=\"" + LINK + "\"", "前往 PlanCycle 辦理")
                .doesNotContain("th:", "null");

        Notification row = repository.findAll().get(0);
        assertThat(row.getStatus()).isEqualTo(NotificationStatus.SENT);
        assertThat(row.getSentAt()).isEqualTo(NOW.toInstant());
        assertThat(row.getAttempts()).isEqualTo(1);
        assertThat(row.getSubject()).isEqualTo(MailMessages.subject(mail));

        assertThat(sender.deliverDue()).as("a sent notification is not sent again").isZero();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    static Map<String, Object> overdueModel() {
        Map<String, Object> model = new HashMap<>(reminderModel());
        model.put("due", LocalDate.of(2026, 2, 18));
        return model;
    }

    @Test
    void theSameKeyQueuedTwiceIsOneMailAndTheCallersTransactionGoesOn() {
        List<Recipient> to = List.of(new Recipient("民政處承辦人", "civil-affairs.contact@plancycle.test"));
        notifications.enqueue("overdue:115:civil-affairs:DRAFTING", NotificationKind.OVERDUE, "civil-affairs", to,
                overdueModel());
        transaction.executeWithoutResult(status -> {
            notifications.enqueue("overdue:115:civil-affairs:DRAFTING", NotificationKind.OVERDUE, "civil-affairs", to,
                    overdueModel());
            notifications.enqueue("overdue:115:civil-affairs:DRAFTING", NotificationKind.OVERDUE, "civil-affairs", to,
                    overdueModel());
            notifications.enqueue("escalation:115:civil-affairs:DRAFTING", NotificationKind.ESCALATION, "civil-affairs",
                    to, overdueModel());
        });

        assertThat(repository.findAll()).extracting(Notification::getDedupKey)
                .containsExactlyInAnyOrder("overdue:115:civil-affairs:DRAFTING", "escalation:115:civil-affairs:DRAFTING");
        assertThat(sender.deliverDue()).isEqualTo(2);
        assertThat(greenMail.getReceivedMessages()).extracting(MailMessages::subject).containsExactlyInAnyOrder(
                "【PlanCycle】逾期通知：民政處115年度「草擬施政計畫」已逾期3日",
                "【PlanCycle】逾期陳報：民政處115年度「草擬施政計畫」已逾期3日，請督促辦理");
    }

    @Test
    void aKeyQueuedByAConcurrentTransactionIsLeftOutWithoutBreakingTheOtherOne() throws Exception {
        List<Recipient> to = List.of(new Recipient("教育處承辦人", "education.contact@plancycle.test"));
        CountDownLatch firstQueued = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> transaction.executeWithoutResult(status -> {
                notifications.enqueue("submitted:115:education", NotificationKind.SUBMITTED, "education", to, Map.of());
                firstQueued.countDown();
                awaitLatch(commitFirst);
            }));
            assertThat(firstQueued.await(30, TimeUnit.SECONDS)).isTrue();
            // The second transaction cannot see the first one's row yet, so its insert runs and waits on the unique key.
            Future<?> second = threads.submit(() -> transaction.executeWithoutResult(status -> {
                notifications.enqueue("submitted:115:education", NotificationKind.SUBMITTED, "education", to, Map.of());
                notifications.enqueue("report:115:education", NotificationKind.REPORT_FILED, "education", to, Map.of());
            }));
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "select count(*) from information_schema.sessions where executing_statement like 'insert into notification%'",
                    Integer.class) > 0);
            commitFirst.countDown();
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            commitFirst.countDown();
            threads.shutdownNow();
        }
        assertThat(repository.findAll()).extracting(Notification::getDedupKey)
                .containsExactlyInAnyOrder("submitted:115:education", "report:115:education");
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNotificationIsQueuedOnlyWhenTheCallersTransactionCommits() {
        List<Recipient> to = List.of(new Recipient("", "police.contact@plancycle.test"));
        transaction.executeWithoutResult(status -> {
            notifications.enqueue("returned:115:police:1", NotificationKind.RETURNED, "police", to, Map.of());
            status.setRollbackOnly();
        });
        assertThat(repository.count()).isZero();
        assertThat(sender.deliverDue()).isZero();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void withoutValidRecipientsNothingIsRecorded() {
        notifications.enqueue("reminder:115:fire:DRAFTING:1", NotificationKind.REMINDER, "fire", List.of(), reminderModel());
        notifications.enqueue("reminder:115:fire:DRAFTING:2", NotificationKind.REMINDER, "fire",
                List.of(new Recipient("no address", null), new Recipient("bad", "not-an-address")), reminderModel());
        assertThat(repository.count()).isZero();

        notifications.enqueue("reminder:115:fire:DRAFTING:3", NotificationKind.REMINDER, "fire",
                List.of(new Recipient("bad", "not-an-address"), new Recipient("a", "fire.contact@plancycle.test"),
                        new Recipient("A again", "FIRE.contact@plancycle.test")), reminderModel());
        assertThat(repository.findAll()).singleElement().extracting(Notification::recipientList)
                .isEqualTo(List.of("fire.contact@plancycle.test"));
    }

    @Test
    void everyKindRendersInTraditionalChineseWithWhatItNeeds() {
        Map<String, Object> full = new HashMap<>(reminderModel());
        full.put("comments", List.of("KPI 1：109年達成率逾130%，請調高目標值", "KPI 2：衡量標準請<具體>說明"));
        full.put("decision", Decision.APPROVE);
        full.put("reason", "配合審查委員行程");
        full.put("oldDue", LocalDate.of(2026, 2, 17));
        Map<NotificationKind, String> subjects = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            MailTemplates.Rendered mail = templates.render(kind, full);
            subjects.put(kind, mail.subject());
            assertThat(mail.subject()).as(kind.name()).startsWith("【PlanCycle】").doesNotContain("null");
            assertThat(mail.text()).as(kind.name()).startsWith("您好：").contains("PlanCycle 施政計畫暨績效評估系統")
                    .doesNotContain("null", "[#", "[(", "${");
            assertThat(mail.html()).as(kind.name()).contains("<html lang=\"zh-Hant\"", "您好：")
                    .doesNotContain("th:", "null", "${");
            MailTemplates.Rendered bare = templates.render(kind, Map.of());
            assertThat(bare.subject() + bare.text() + bare.html()).as(kind + " without a model").doesNotContain("null");
        }
        assertThat(subjects).containsEntry(NotificationKind.SUBMITTED, "【PlanCycle】民政處已送出115年度施政計畫，請辦理「草擬施政計畫」")
                .containsEntry(NotificationKind.RETURNED, "【PlanCycle】民政處115年度施政計畫經書面審查退回，請修正後再送出")
                .containsEntry(NotificationKind.PANEL_ASKED, "【PlanCycle】請提供民政處115年度施政計畫書面審查意見，期限民國115年2月24日")
                .containsEntry(NotificationKind.CYCLE_DECIDED, "【PlanCycle】115年度施政計畫暨績效報告已核定")
                .containsEntry(NotificationKind.DEADLINE_MOVED, "【PlanCycle】115年度「草擬施政計畫」期限變更為民國115年2月24日");
        MailTemplates.Rendered returned = templates.render(NotificationKind.RETURNED, full);
        assertThat(returned.text()).contains("  1. KPI 1：109年達成率逾130%，請調高目標值\n  2. KPI 2：衡量標準請<具體>說明");
        assertThat(returned.html()).contains("<li>KPI 2：衡量標準請&lt;具體&gt;說明</li>");
        assertThat(templates.render(NotificationKind.DEADLINE_MOVED, full).text())
                .contains("115年度「草擬施政計畫」之期限已由民國115年2月17日變更為民國115年2月24日", "變更理由：配合審查委員行程");

        ClockUtil.setCurrentTime(Date.from(NOW.plusDays(5).toInstant()));
        MailTemplates.Rendered overdue = templates.render(NotificationKind.OVERDUE, full);
        assertThat(overdue.subject()).isEqualTo("【PlanCycle】逾期通知：民政處115年度「草擬施政計畫」已逾期2日");
        assertThat(overdue.text()).contains("已於民國115年2月24日到期，目前已逾期2日", "期　　限：民國115年2月24日（已逾期2日）");
    }

    @Test
    void aReminderOnItsDueDaySaysSoInTheUsersTimeZone() {
        // 23:30 in Taipei on the due day is already the next day in UTC.
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-02-24T23:30:00+08:00").toInstant()));
        MailTemplates.Rendered mail = templates.render(NotificationKind.REMINDER, reminderModel());
        assertThat(mail.subject()).endsWith("將於民國115年2月24日到期（今日到期）");
        assertThat(mail.text()).contains("今日即為期限");
    }
}
