package io.plancycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plancycle.notification.OutboxSender;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.DeadlineClock;
import io.plancycle.support.DeadlineClock.Mail;
import io.plancycle.support.ExpectedMail;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanCycleApp;
import io.plancycle.support.PlanJson;
import io.plancycle.support.Steps;
import io.plancycle.support.TestSmtp;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.plancycle.support.ExpectedMail.APPROVAL;
import static io.plancycle.support.ExpectedMail.DRAFTING;
import static io.plancycle.support.ExpectedMail.REPORT;
import static io.plancycle.support.ExpectedMail.REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadlines of the 115 cycle (2026) as the people concerned experience them, with PlanCycle started as its
 * operators start it (its own Spring application, a data folder, the HTTP API) and mail going over SMTP to GreenMail.
 * No job executor and no scheduled sender run: the test moves the engine's clock, executes the jobs due by then and
 * delivers the outbox, as they would have. Nobody sleeps.
 */
class DeadlineMailIT {

    private static final int YEAR = 115;
    private static final ExpectedMail MAIL = new ExpectedMail(YEAR);
    private static final LocalDate DRAFTING_DUE = LocalDate.of(2026, 2, 24);
    private static final LocalDate REVIEW_DUE = LocalDate.of(2026, 3, 13);
    private static final LocalDate REVISION_DUE = LocalDate.of(2026, 3, 31);
    private static final LocalDate REPORT_DUE = LocalDate.of(2026, 4, 30);
    private static final LocalDate CONSOLIDATION_DUE = LocalDate.of(2026, 5, 15);
    private static final LocalDate APPROVAL_DUE = LocalDate.of(2026, 5, 29);
    private static final LocalDate OPENING_DAY = LocalDate.of(2026, 2, 2);

    private static final String ADMIN = "admin@plancycle.test";
    private static final String REVIEWER = "reviewer@plancycle.test";
    private static final String APPROVER = "approver@plancycle.test";
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime ELEVEN = LocalTime.of(11, 0);
    private static final LocalTime HALF_PAST_ELEVEN = LocalTime.of(11, 30);

    /** The 20 agencies of Chiayi City Government, code → name, in the city's order. */
    private static final Map<String, String> AGENCIES = new LinkedHashMap<>();

    static {
        String[][] agencies = {
                {"civil-affairs", "民政處"}, {"construction", "建設處"}, {"education", "教育處"}, {"public-works", "工務處"},
                {"urban-development", "都市發展處"}, {"tourism-information", "觀光新聞處"}, {"social-affairs", "社會處"},
                {"land-administration", "地政處"}, {"administration", "行政處"}, {"transportation", "交通處"},
                {"smart-technology", "智慧科技處"}, {"budget-accounting-statistics", "主計處"}, {"personnel", "人事處"},
                {"civil-service-ethics", "政風處"}, {"cultural-affairs", "文化局"}, {"finance-taxation", "財政稅務局"},
                {"public-health", "衛生局"}, {"environmental-protection", "環境保護局"}, {"police", "警察局"}, {"fire", "消防局"}};
        for (String[] agency : agencies) {
            AGENCIES.put(agency[0], agency[1]);
        }
    }

    @RegisterExtension
    final Steps scenario = new Steps();

    @TempDir
    Path dataDir;

    private PlanCycleApp app;
    private PlanCycleApi api;
    private DeadlineClock clock;
    private CycleSteps steps;

    @AfterEach
    void stop() {
        ClockUtil.reset();
        if (app != null) {
            app.close();
            app = null;
        }
        if (clock != null) {
            clock.takeMail();
        }
    }

    // ==== 5. a restart with timers pending =========================================================================

    /**
     * The cycle is opened for 教育處 and 警察局 and PlanCycle is stopped before any notice is due; started again on the
     * same data folder, the timers fire on their days, each notice exactly once. Stopped again on 12 February after
     * the second reminders were queued but before they were delivered, it delivers them once after the restart and
     * the rest of the notices go on as before.
     */
    @Test
    void noticesPendingAtARestartArriveAfterItExactlyOnce() {
        start();
        clock.set(OPENING_DAY, LocalTime.of(8, 0));
        openCycle(List.of("education", "police"));
        assertThat(clock.tick()).isEmpty();
        Map<String, Date> timersBefore = noticeTimers();
        assertThat(timersBefore).as("each drafting task's daily notice timer, from the next morning")
                .hasSize(2).allSatisfy((id, due) -> assertThat(due).isEqualTo(nineOn(OPENING_DAY)));

        restart();
        assertThat(noticeTimers()).as("the same timers after the restart").isEqualTo(timersBefore);

        Map<LocalDate, List<String>> expected = new LinkedHashMap<>();
        for (LocalDate on : List.of(LocalDate.of(2026, 2, 6), LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 23))) {
            expected.put(on, sorted(
                    to(MAIL.reminder("教育處", DRAFTING, DRAFTING_DUE, on), contact("education")),
                    to(MAIL.reminder("警察局", DRAFTING, DRAFTING_DUE, on), contact("police"))));
        }
        LocalDate feb25 = LocalDate.of(2026, 2, 25);
        LocalDate mar3 = LocalDate.of(2026, 3, 3);
        expected.put(feb25, sorted(
                to(MAIL.overdue("教育處", DRAFTING, DRAFTING_DUE, feb25), contact("education"), head("education"), ADMIN),
                to(MAIL.overdue("警察局", DRAFTING, DRAFTING_DUE, feb25), contact("police"), head("police"), ADMIN)));
        expected.put(mar3, sorted(
                to(MAIL.escalation("教育處", DRAFTING, DRAFTING_DUE, mar3), contact("education"), head("education"), ADMIN),
                to(MAIL.escalation("警察局", DRAFTING, DRAFTING_DUE, mar3), contact("police"), head("police"), ADMIN)));

        List<Mail> all = new ArrayList<>();
        LocalDate feb12 = LocalDate.of(2026, 2, 12);
        for (LocalDate day : DeadlineClock.days(OPENING_DAY, LocalDate.of(2026, 3, 10))) {
            List<Mail> arrived;
            if (day.equals(feb12)) {
                // The timers fire and the reminders are queued; PlanCycle stops before the outbox is delivered.
                clock.set(day, DeadlineClock.ONE_MINUTE_TO_NINE);
                assertThat(clock.tick()).isEmpty();
                clock.set(day, DeadlineClock.NINE);
                assertThat(clock.runDueJobs()).as("the notice jobs due at 09:00").isPositive();
                restart();
                arrived = clock.tick();
                assertThat(clock.tick()).as("a second delivery after the restart").isEmpty();
            } else {
                arrived = clock.morningOf(day);
            }
            assertThat(deliveries(arrived)).as("mail at 09:00 on %s", day).isEqualTo(expected.getOrDefault(day, List.of()));
            all.addAll(arrived);
        }
        assertThat(all).hasSize(2 * 3 + 2 * 3 + 2 * 3);

        // The planning office's log: each notice once, sent at its first attempt.
        PlanCycleApi.User admin = api.as("admin");
        assertThat(admin.get("/api/notifications?status=PENDING").ok().path("items")).isEmpty();
        assertThat(admin.get("/api/notifications?status=FAILED").ok().path("items")).isEmpty();
        for (String agency : List.of("education", "police")) {
            JsonNode log = admin.get("/api/notifications?agency=" + agency).ok().path("items");
            List<String> kinds = new ArrayList<>();
            log.forEach(n -> {
                kinds.add(n.path("kind").asText());
                assertThat(n.path("status").asText()).isEqualTo("SENT");
                assertThat(n.path("attempts").asInt()).isEqualTo(1);
            });
            assertThat(kinds).as("%s's notices, newest first", agency)
                    .containsExactly("ESCALATION", "OVERDUE", "REMINDER", "REMINDER", "REMINDER");
        }
    }

    // ==== 6. a whole cycle for the 20 agencies ======================================================================

    /**
     * The 115 cycle for Chiayi's 20 agencies, 2 February to 5 June 2026, step by step as the people do it, with the
     * clock moved day by day (at 08:59 nothing arrives; at 09:00 the notices of the day). Who does what:
     * <ul>
     *   <li>5 agencies submit on 3 February, before any reminder; 民政處 is returned for revision the same day and
     *       resubmits the next;</li>
     *   <li>6 submit on 10 February, after the first reminder; 地政處's review is late (done 20 March), and its report
     *       is late enough to be reminded twice after the planning office moved the report's due date from 30 April to
     *       8 May (on 1 April);</li>
     *   <li>6 submit on the due date, 24 February, after all three reminders;</li>
     *   <li>教育處, 警察局 and 消防局 submit late, on 4 March, after the overdue notice and the escalation;</li>
     *   <li>every review except 地政處's is decided within the hour, every report filed half an hour later;</li>
     *   <li>the planning office consolidates the day the last report comes in (6 May), and the approver approves on
     *       27 May, after two reminders.</li>
     * </ul>
     * At the end, each address has received exactly the mail these rules give it, and nobody anything else.
     */
    @Test
    void aWholeCycleForTheTwentyAgenciesSendsEachAddressExactlyItsMail() {
        List<String> early = List.of("civil-affairs", "construction", "public-works", "urban-development", "tourism-information");
        List<String> afterFirst = List.of("social-affairs", "land-administration", "administration", "transportation",
                "smart-technology", "budget-accounting-statistics");
        List<String> onTheDay = List.of("personnel", "civil-service-ethics", "cultural-affairs", "finance-taxation",
                "public-health", "environmental-protection");
        List<String> late = List.of("education", "police", "fire");
        String returned = "civil-affairs";
        String lateReview = "land-administration";
        assertThat(new TreeSet<>(concat(early, afterFirst, onTheDay, late))).isEqualTo(new TreeSet<>(AGENCIES.keySet()));

        LocalDate feb3 = LocalDate.of(2026, 2, 3);
        LocalDate feb4 = LocalDate.of(2026, 2, 4);
        LocalDate feb10 = LocalDate.of(2026, 2, 10);
        LocalDate mar4 = LocalDate.of(2026, 3, 4);
        LocalDate mar20 = LocalDate.of(2026, 3, 20);
        LocalDate apr1 = LocalDate.of(2026, 4, 1);
        LocalDate may6 = LocalDate.of(2026, 5, 6);
        LocalDate may27 = LocalDate.of(2026, 5, 27);
        LocalDate newReportDue = LocalDate.of(2026, 5, 8);
        LocalDate lastDay = LocalDate.of(2026, 6, 5);
        String moveReason = "配合勞動節連假，績效報告期限延至5月8日。";

        start();
        steps = new CycleSteps(api, YEAR);
        PlanCycleApi.User admin = api.as("admin");
        PlanCycleApi.User reviewer = api.as("reviewer");

        // What happens on which day, after the morning's notices.
        Map<LocalDate, List<Action>> actions = new TreeMap<>();
        addAll(actions, feb3, TEN, early, this::rollForwardAndSubmit);
        add(actions, feb3, ELEVEN, () -> reviewer.review(YEAR, returned, "RETURN", "請依109年達成情形檢討111年目標值。").ok());
        addAll(actions, feb3, ELEVEN, early.subList(1, early.size()), steps::approveReview);
        addAll(actions, feb3, HALF_PAST_ELEVEN, early.subList(1, early.size()), steps::fileReport);
        addAll(actions, feb4, TEN, List.of(returned), steps::submit);
        addAll(actions, feb4, ELEVEN, List.of(returned), steps::approveReview);
        addAll(actions, feb4, HALF_PAST_ELEVEN, List.of(returned), steps::fileReport);
        addAll(actions, feb10, TEN, afterFirst, this::rollForwardAndSubmit);
        List<String> reviewedOnTime = afterFirst.stream().filter(c -> !c.equals(lateReview)).toList();
        addAll(actions, feb10, ELEVEN, reviewedOnTime, steps::approveReview);
        addAll(actions, feb10, HALF_PAST_ELEVEN, reviewedOnTime, steps::fileReport);
        addAll(actions, DRAFTING_DUE, TEN, onTheDay, this::rollForwardAndSubmit);
        addAll(actions, DRAFTING_DUE, ELEVEN, onTheDay, steps::approveReview);
        addAll(actions, DRAFTING_DUE, HALF_PAST_ELEVEN, onTheDay, steps::fileReport);
        addAll(actions, mar4, TEN, late, this::rollForwardAndSubmit);
        addAll(actions, mar4, ELEVEN, late, steps::approveReview);
        addAll(actions, mar4, HALF_PAST_ELEVEN, late, steps::fileReport);
        addAll(actions, mar20, TEN, List.of(lateReview), steps::approveReview);
        add(actions, apr1, TEN, () -> admin.request(HttpMethod.PUT, "/api/cycles/" + YEAR + "/calendar/report",
                Map.of("dueOn", newReportDue.toString(), "reason", moveReason), MediaType.APPLICATION_JSON).ok());
        addAll(actions, may6, TEN, List.of(lateReview), steps::fileReport);
        add(actions, may6, ELEVEN, () -> {
            JsonNode consolidating = admin.cycle(YEAR).ok();
            assertThat(consolidating.path("stage").asText()).as("all 20 done, the cycle is consolidating").isEqualTo("CONSOLIDATION");
            assertThat(admin.consolidate(YEAR).ok().path("stage").asText()).isEqualTo("APPROVAL");
        });
        add(actions, may27, TEN, () -> assertThat(api.as("approver").approve(YEAR).ok().path("stage").asText()).isEqualTo("APPROVED"));

        // The planning office opens the cycle for every agency on Monday 2 February at 08:00.
        clock.set(OPENING_DAY, LocalTime.of(8, 0));
        JsonNode opened = openCycle(null);
        assertThat(CycleSteps.agencies(opened).keySet()).containsExactlyElementsOf(AGENCIES.keySet());
        List<Mail> received = new ArrayList<>(clock.tick());

        // The planning office looks who is late on each due date and the day after, and each day something happens
        // and the day after.
        Set<LocalDate> lookedAt = new TreeSet<>();
        actions.keySet().forEach(day -> {
            lookedAt.add(day);
            lookedAt.add(day.plusDays(1));
        });
        for (LocalDate due : List.of(DRAFTING_DUE, REVIEW_DUE, REVISION_DUE, REPORT_DUE, newReportDue, APPROVAL_DUE)) {
            lookedAt.add(due);
            lookedAt.add(due.plusDays(1));
        }
        for (LocalDate day : DeadlineClock.days(OPENING_DAY, lastDay)) {
            received.addAll(clock.morningOf(day));
            if (lookedAt.contains(day)) {
                assertOverdue(day, late, lateReview, mar4, mar20);
            }
            for (Action action : actions.getOrDefault(day, List.of())) {
                clock.set(day, action.at());
                action.run().run();
                received.addAll(clock.tick());
            }
        }

        scenario.step("what each address should have received, by the rules");
        Map<String, List<String>> expected = new TreeMap<>();
        LocalDate feb6 = LocalDate.of(2026, 2, 6);
        LocalDate feb12 = LocalDate.of(2026, 2, 12);
        LocalDate feb23 = LocalDate.of(2026, 2, 23);
        LocalDate feb25 = LocalDate.of(2026, 2, 25);
        LocalDate mar3 = LocalDate.of(2026, 3, 3);

        // 教育處, 警察局, 消防局: late for drafting. The contact: three reminders, the overdue notice, the escalation,
        // then the review's approval; the head: the overdue notice and the escalation.
        for (String code : late) {
            String name = AGENCIES.get(code);
            expect(expected, contact(code),
                    MAIL.reminder(name, DRAFTING, DRAFTING_DUE, feb6),
                    MAIL.reminder(name, DRAFTING, DRAFTING_DUE, feb12),
                    MAIL.reminder(name, DRAFTING, DRAFTING_DUE, feb23),
                    MAIL.overdue(name, DRAFTING, DRAFTING_DUE, feb25),
                    MAIL.escalation(name, DRAFTING, DRAFTING_DUE, mar3),
                    MAIL.reviewApproved(name, mar4, ELEVEN));
            expect(expected, head(code),
                    MAIL.overdue(name, DRAFTING, DRAFTING_DUE, feb25),
                    MAIL.escalation(name, DRAFTING, DRAFTING_DUE, mar3));
        }
        // 文化局, the agency with a head: its head is asked to sign off the draft and the report, each due three
        // working days on (27 February is a day off: 2 March); signed at once, they go on as the others'.
        LocalDate signOffDue = LocalDate.of(2026, 3, 2);
        expect(expected, head("cultural-affairs"),
                MAIL.signOffRequested("文化局", DRAFTING, signOffDue, DRAFTING_DUE, TEN),
                MAIL.signOffRequested("文化局", REPORT, signOffDue, DRAFTING_DUE, HALF_PAST_ELEVEN));
        // 民政處: returned, then approved the next day; no reminder (it submitted before the first).
        expect(expected, contact(returned),
                MAIL.returned("民政處", feb3, ELEVEN),
                MAIL.reviewApproved("民政處", feb4, ELEVEN));
        // 地政處: the first drafting reminder; its review approved late; its report reminded twice, on the days of
        // the moved due date 8 May (7 working days before: 7, 6, 5, 4 May, 30, 29, 28 April → 28 April; 3 before:
        // 5 May), never on those of 30 April (21, 27, 29 April); told of the move.
        expect(expected, contact(lateReview),
                MAIL.reminder("地政處", DRAFTING, DRAFTING_DUE, feb6),
                MAIL.reviewApproved("地政處", mar20, TEN),
                MAIL.moved(REPORT, newReportDue, apr1, TEN),
                MAIL.reminder("地政處", REPORT, newReportDue, LocalDate.of(2026, 4, 28)),
                MAIL.reminder("地政處", REPORT, newReportDue, LocalDate.of(2026, 5, 5)));
        // Every other agency's contact: the drafting reminders due before it submitted, and its review's approval.
        for (String code : concat(early, afterFirst, onTheDay)) {
            if (code.equals(returned) || code.equals(lateReview)) {
                continue;
            }
            String name = AGENCIES.get(code);
            List<String> mail = new ArrayList<>();
            LocalDate submitted = early.contains(code) ? feb3 : afterFirst.contains(code) ? feb10 : DRAFTING_DUE;
            for (LocalDate reminder : List.of(feb6, feb12, feb23)) {
                if (reminder.isBefore(submitted)) {
                    mail.add(MAIL.reminder(name, DRAFTING, DRAFTING_DUE, reminder));
                }
            }
            mail.add(MAIL.reviewApproved(name, submitted, ELEVEN));
            expect(expected, contact(code), mail.toArray(String[]::new));
        }
        // The evaluation team: every submission (民政處 twice), and 地政處's review — reminded 4, 10 and 12 March
        // (7, 3, 1 working days before Friday 13 March), overdue Monday 16 March, escalated Thursday 19 March.
        List<String> toReviewer = new ArrayList<>();
        for (String code : AGENCIES.keySet()) {
            LocalDate submitted = early.contains(code) ? feb3 : afterFirst.contains(code) ? feb10
                    : onTheDay.contains(code) ? DRAFTING_DUE : mar4;
            toReviewer.add(MAIL.submitted(AGENCIES.get(code), submitted, TEN));
        }
        toReviewer.add(MAIL.submitted("民政處", feb4, TEN));
        toReviewer.add(MAIL.reminder("地政處", REVIEW, REVIEW_DUE, mar4));
        toReviewer.add(MAIL.reminder("地政處", REVIEW, REVIEW_DUE, LocalDate.of(2026, 3, 10)));
        toReviewer.add(MAIL.reminder("地政處", REVIEW, REVIEW_DUE, LocalDate.of(2026, 3, 12)));
        toReviewer.add(MAIL.overdue("地政處", REVIEW, REVIEW_DUE, LocalDate.of(2026, 3, 16)));
        toReviewer.add(MAIL.escalation("地政處", REVIEW, REVIEW_DUE, LocalDate.of(2026, 3, 19)));
        expect(expected, REVIEWER, toReviewer.toArray(String[]::new));
        // The planning office: every overdue notice and escalation, every report filed, the decision.
        List<String> toAdmin = new ArrayList<>();
        for (String code : late) {
            toAdmin.add(MAIL.overdue(AGENCIES.get(code), DRAFTING, DRAFTING_DUE, feb25));
            toAdmin.add(MAIL.escalation(AGENCIES.get(code), DRAFTING, DRAFTING_DUE, mar3));
        }
        toAdmin.add(MAIL.overdue("地政處", REVIEW, REVIEW_DUE, LocalDate.of(2026, 3, 16)));
        toAdmin.add(MAIL.escalation("地政處", REVIEW, REVIEW_DUE, LocalDate.of(2026, 3, 19)));
        for (String code : AGENCIES.keySet()) {
            LocalDate filed = code.equals(lateReview) ? may6 : code.equals(returned) ? feb4 : early.contains(code) ? feb3
                    : afterFirst.contains(code) ? feb10 : onTheDay.contains(code) ? DRAFTING_DUE : mar4;
            toAdmin.add(MAIL.reportFiled(AGENCIES.get(code), filed, code.equals(lateReview) ? TEN : HALF_PAST_ELEVEN));
        }
        toAdmin.add(MAIL.approved(may27, TEN));
        expect(expected, ADMIN, toAdmin.toArray(String[]::new));
        // The approver: reminded on 20 and 26 May (7 and 3 working days before Friday 29 May), approved on 27 May.
        expect(expected, APPROVER,
                MAIL.reminder(null, APPROVAL, APPROVAL_DUE, LocalDate.of(2026, 5, 20)),
                MAIL.reminder(null, APPROVAL, APPROVAL_DUE, LocalDate.of(2026, 5, 26)));

        // A few of these written out in full, as the recipients read them.
        assertThat(expected.get(contact("police"))).contains(
                "2026-02-06 09:00 REMINDER 【PlanCycle】提醒：警察局115年度「草擬施政計畫」將於民國115年2月24日到期（尚餘18日）",
                "2026-02-25 09:00 OVERDUE 【PlanCycle】逾期通知：警察局115年度「草擬施政計畫」已逾期1日",
                "2026-03-03 09:00 ESCALATION 【PlanCycle】逾期陳報：警察局115年度「草擬施政計畫」已逾期7日，請督促辦理");
        assertThat(expected.get(APPROVER)).contains(
                "2026-05-20 09:00 REMINDER 【PlanCycle】提醒：115年度「核定」將於民國115年5月29日到期（尚餘9日）");
        assertThat(expected.get(contact(lateReview))).contains(
                "2026-04-01 10:00 DEADLINE_MOVED 【PlanCycle】115年度「施政績效報告」期限變更為民國115年5月8日");

        scenario.step("compare, address by address");
        Map<String, List<String>> got = new TreeMap<>();
        received.forEach(m -> got.computeIfAbsent(m.address(), a -> new ArrayList<>()).add(m.line()));
        got.replaceAll((address, lines) -> lines.stream().sorted().toList());
        SoftAssertions softly = new SoftAssertions();
        Set<String> addresses = new TreeSet<>(got.keySet());
        addresses.addAll(expected.keySet());
        for (String address : addresses) {
            softly.assertThat(got.getOrDefault(address, List.of())).as("mail received by %s", address)
                    .isEqualTo(expected.getOrDefault(address, List.of()));
        }
        softly.assertAll();
        assertThat(got.keySet()).as("nobody else got mail (no agency head of an agency on time, no agency user)")
                .isEqualTo(expected.keySet());
        assertThat(received).allSatisfy(m -> assertThat(m.sentAt()).isEqualTo(m.arrived().toInstant()));

        // The move is on record, and the cycle is approved with every agency done and nobody overdue.
        JsonNode changes = admin.get("/api/cycles/" + YEAR + "/calendar/changes").ok();
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).path("stage").asText()).isEqualTo("REPORT");
        assertThat(changes.get(0).path("before").asText()).isEqualTo(REPORT_DUE.toString());
        assertThat(changes.get(0).path("after").asText()).isEqualTo(newReportDue.toString());
        assertThat(changes.get(0).path("reason").asText()).isEqualTo(moveReason);
        assertThat(changes.get(0).path("changedBy").asText()).isEqualTo("admin");
        api.as("police").get("/api/cycles/" + YEAR + "/calendar/changes").problem(403);
        JsonNode approved = admin.cycle(YEAR).ok();
        assertThat(approved.path("stage").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("calendar").path("REPORT").asText()).isEqualTo(newReportDue.toString());
        assertThat(approved.path("calendar").path("REVISION").asText()).isEqualTo(REVISION_DUE.toString());
        CycleSteps.agencies(approved).forEach((code, a) -> {
            assertThat(a.path("stage").asText()).as(code).isEqualTo("DONE");
            assertThat(a.path("overdue").asBoolean()).as(code).isFalse();
        });
        assertThat(admin.get("/api/notifications?status=PENDING").ok().path("items")).isEmpty();
        assertThat(admin.get("/api/notifications?status=FAILED").ok().path("items")).isEmpty();
        // The engine's nightly history cleanup (application.yml) is the one job that outlives every cycle.
        ProcessEngine engine = app.bean(ProcessEngine.class);
        Set<String> cleanup = engine.getHistoryService().findHistoryCleanupJobs().stream().map(Job::getId)
                .collect(Collectors.toSet());
        assertThat(engine.getManagementService().createJobQuery().list()).as("jobs left once the cycle is approved")
                .extracting(Job::getId).allMatch(cleanup::contains);
    }

    /**
     * The agency drafts and submits. The demo data is Chiayi's 108–111 plan; in the 115 cycle the agency rolls it
     * forward — each KPI's 111 target carried to 112–115, so that there is a 114 target to report on (the API refuses a
     * performance report without actuals) — adds its 114 actuals, on target, saves and submits.
     */
    private JsonNode rollForwardAndSubmit(String agency) {
        PlanCycleApi.User user = api.as(agency);
        JsonNode plan = user.plan(YEAR, agency).ok();
        Map<Long, JsonNode> kpis = new HashMap<>();
        PlanJson.kpis(plan).forEach(k -> kpis.put(k.path("id").asLong(), k));
        user.savePlan(YEAR, agency, PlanJson.draft(plan, kpiDraft -> {
            JsonNode kpi = kpis.get(kpiDraft.path("id").asLong());
            ObjectNode targets = (ObjectNode) kpiDraft.path("targets");
            String last = targets.path("111").asText("-");
            for (int year = 112; year <= YEAR; year++) {
                targets.put(String.valueOf(year), targets.path(String.valueOf(year)).asText(last));
            }
            if (PlanJson.hasTarget(kpi, 111)) {
                PlanJson.Actual actual = PlanJson.onTarget(kpi, 111);
                ObjectNode json = ((ObjectNode) kpiDraft.path("actuals")).putObject(String.valueOf(YEAR - 1));
                json.put("value", actual.value());
                json.put("met", actual.met());
                json.put("explanation", actual.explanation());
            }
        })).ok();
        return steps.submit(agency);
    }

    /**
     * Who the planning office sees overdue in {@code GET /api/cycles/115} at 09:00 on the day: the three late agencies from
     * the day after the drafting due date until they submit, 地政處 from the day after the review due date until it is
     * reviewed; nobody else, ever.
     */
    private void assertOverdue(LocalDate day, List<String> late, String lateReview, LocalDate lateSubmitted,
                               LocalDate reviewedLate) {
        Map<String, Boolean> overdue = new TreeMap<>();
        CycleSteps.agencies(api.as("admin").cycle(YEAR).ok()).forEach((code, a) -> overdue.put(code, a.path("overdue").asBoolean()));
        Map<String, Boolean> expected = new TreeMap<>();
        for (String code : AGENCIES.keySet()) {
            boolean lateDrafting = late.contains(code) && day.isAfter(DRAFTING_DUE) && !day.isAfter(lateSubmitted);
            boolean lateReviewing = code.equals(lateReview) && day.isAfter(REVIEW_DUE) && !day.isAfter(reviewedLate);
            expected.put(code, lateDrafting || lateReviewing);
        }
        assertThat(overdue).as("overdue at 09:00 on %s", day).isEqualTo(expected);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private record Action(LocalTime at, Runnable run) {
    }

    private static void add(Map<LocalDate, List<Action>> actions, LocalDate day, LocalTime at, Runnable run) {
        List<Action> ofTheDay = actions.computeIfAbsent(day, d -> new ArrayList<>());
        ofTheDay.add(new Action(at, run));
        ofTheDay.sort(Comparator.comparing(Action::at));
    }

    private static void addAll(Map<LocalDate, List<Action>> actions, LocalDate day, LocalTime at, List<String> agencies,
                               Function<String, JsonNode> step) {
        for (String code : agencies) {
            add(actions, day, at, () -> step.apply(code));
        }
    }

    private static void expect(Map<String, List<String>> expected, String address, String... lines) {
        List<String> all = new ArrayList<>(expected.getOrDefault(address, List.of()));
        all.addAll(List.of(lines));
        expected.put(address, all.stream().sorted().toList());
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    @SafeVarargs
    private static List<String> sorted(List<String>... lists) {
        return concat(lists).stream().sorted().toList();
    }

    private static List<String> to(String line, String... addresses) {
        List<String> copies = new ArrayList<>();
        for (String address : addresses) {
            copies.add(address + " ← " + line);
        }
        return copies;
    }

    private static List<String> deliveries(List<Mail> mail) {
        return mail.stream().map(m -> m.address() + " ← " + m.line()).sorted().toList();
    }

    private static String contact(String agency) {
        return agency + ".contact@plancycle.test";
    }

    private static String head(String agency) {
        return agency + ".head@plancycle.test";
    }

    private static Date nineOn(LocalDate day) {
        return Date.from(ZonedDateTime.of(day, DeadlineClock.NINE, DeadlineClock.TAIPEI).toInstant());
    }

    /** The planning office opens the 115 cycle with the 2026 calendar, for these agencies (null: all). */
    private JsonNode openCycle(List<String> agencies) {
        Map<String, String> calendar = new LinkedHashMap<>();
        calendar.put("drafting", DRAFTING_DUE.toString());
        calendar.put("review", REVIEW_DUE.toString());
        calendar.put("revision", REVISION_DUE.toString());
        calendar.put("report", REPORT_DUE.toString());
        calendar.put("consolidation", CONSOLIDATION_DUE.toString());
        calendar.put("approval", APPROVAL_DUE.toString());
        return api.as("admin").openCycle(YEAR, calendar, agencies).expect(201).json();
    }

    /** The waiting notice timers, by job id, with their due dates. */
    private Map<String, Date> noticeTimers() {
        Map<String, Date> timers = new TreeMap<>();
        for (Job job : app.bean(ProcessEngine.class).getManagementService().createJobQuery().timers().list()) {
            timers.put(job.getId(), job.getDuedate());
        }
        return timers;
    }

    /** Starts PlanCycle as its operators do, on this test's data folder, with the test's mail server and no executor. */
    private void start() {
        app = PlanCycleApp.start(dataDir,
                "camunda.bpm.job-execution.enabled=false",
                "spring.mail.host=localhost",
                "spring.mail.port=" + TestSmtp.port());
        api = app.api();
        ZonedDateTime now = clock == null ? null : clock.now();
        clock = new DeadlineClock(app.bean(ProcessEngine.class).getManagementService(), app.bean(OutboxSender.class),
                TestSmtp.server());
        if (now != null) {
            clock.set(now.toLocalDate(), now.toLocalTime());
        }
    }

    /** Stops PlanCycle and starts it again on the same data folder; the engine's clock stays where it was. */
    private void restart() {
        app.close();
        app = null;
        start();
    }
}
