package io.plancycle.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * What PlanCycle's mails say, written down from the rules users were promised (not read from the templates): each
 * subject names the agency, the ROC year of the cycle, the step and its due date as an ROC date; a reminder says how
 * many calendar days are left, an overdue notice or escalation how many days the step is overdue, counted from the
 * day it is sent. Each method answers the line {@link DeadlineClock.Mail#line()} gives for such a mail arriving then.
 */
public final class ExpectedMail {

    public static final String PREFIX = "【PlanCycle】";
    public static final String DRAFTING = "草擬施政計畫";
    public static final String REVIEW = "書面審查";
    public static final String REVISION = "滾動修正";
    public static final String REPORT = "施政績效報告";
    public static final String CONSOLIDATION = "彙整";
    public static final String APPROVAL = "核定";
    /** The revision the approver asked for, as its notices name it. */
    public static final String APPROVAL_REVISION = "依核定意見修正";

    private final int rocYear;

    /** The mails of the cycle of this ROC year (115 for 2026). */
    public ExpectedMail(int rocYear) {
        this.rocYear = rocYear;
    }

    /** 2026-02-24 → 115/02/24, as the pages show a date in a table. */
    public static String rocNumeric(LocalDate day) {
        return String.format("%d/%02d/%02d", day.getYear() - 1911, day.getMonthValue(), day.getDayOfMonth());
    }

    /** 2026-02-24 → 民國115年2月24日. */
    public static String roc(LocalDate day) {
        return "民國" + (day.getYear() - 1911) + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    private static ZonedDateTime at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, DeadlineClock.TAIPEI);
    }

    private String year() {
        return rocYear + "年度";
    }

    /** A reminder of the step's due date, sent at 09:00 on {@code on}; {@code agency} is null for the cycle's own steps. */
    public String reminder(String agency, String step, LocalDate due, LocalDate on) {
        return reminder(agency, step, due, on, DeadlineClock.NINE);
    }

    /** A reminder sent later than 09:00 on {@code on}: its first attempt failed and was retried. */
    public String reminder(String agency, String step, LocalDate due, LocalDate on, LocalTime time) {
        long left = ChronoUnit.DAYS.between(on, due);
        return DeadlineClock.line(at(on, time), "REMINDER", PREFIX + "提醒：" + name(agency) + year() + "「" + step
                + "」將於" + roc(due) + "到期" + (left == 0 ? "（今日到期）" : "（尚餘" + left + "日）"));
    }

    /** The overdue notice, sent at 09:00 on {@code on}. */
    public String overdue(String agency, String step, LocalDate due, LocalDate on) {
        return overdue(agency, step, due, on, DeadlineClock.NINE);
    }

    /** The overdue notice of a step that began after its due date, sent as it began. */
    public String overdue(String agency, String step, LocalDate due, LocalDate on, LocalTime time) {
        return DeadlineClock.line(at(on, time), "OVERDUE", PREFIX + "逾期通知：" + name(agency) + year() + "「" + step
                + "」已逾期" + ChronoUnit.DAYS.between(due, on) + "日");
    }

    /** The second escalation, sent at 09:00 on {@code on}. */
    public String escalation(String agency, String step, LocalDate due, LocalDate on) {
        return DeadlineClock.line(at(on, DeadlineClock.NINE), "ESCALATION", PREFIX + "逾期陳報：" + name(agency) + year() + "「"
                + step + "」已逾期" + ChronoUnit.DAYS.between(due, on) + "日，請督促辦理");
    }

    /** The evaluation team is told that an agency's plan waits for its written review. */
    public String submitted(String agency, LocalDate day, LocalTime time) {
        return DeadlineClock.line(at(day, time), "SUBMITTED", PREFIX + agency + "已送出" + year() + "施政計畫，請辦理「" + REVIEW + "」");
    }

    /** The agency's head is asked to sign off what its clerk sent (the step), by {@code due}. */
    public String signOffRequested(String agency, String step, LocalDate due, LocalDate day, LocalTime time) {
        return DeadlineClock.line(at(day, time), "SIGN_OFF_REQUESTED", PREFIX + agency + year() + "「" + step + "」待主管核章，期限"
                + roc(due));
    }

    public String returned(String agency, LocalDate day, LocalTime time) {
        return DeadlineClock.line(at(day, time), "RETURNED", PREFIX + agency + year() + "施政計畫經書面審查退回，請修正後再送出");
    }

    public String reviewApproved(String agency, LocalDate day, LocalTime time) {
        return DeadlineClock.line(at(day, time), "REVIEW_APPROVED", PREFIX + agency + year() + "施政計畫已通過書面審查");
    }

    public String reportFiled(String agency, LocalDate day, LocalTime time) {
        return DeadlineClock.line(at(day, time), "REPORT_FILED", PREFIX + agency + "已提交" + year() + "施政績效報告");
    }

    public String approved(LocalDate day, LocalTime time) {
        return DeadlineClock.line(at(day, time), "CYCLE_DECIDED", PREFIX + year() + "施政計畫暨績效報告已核定");
    }

    /** The planning office learns that the approver returned the consolidated plan. */
    public String approverReturned(LocalDate day, LocalTime time) {
        return DeadlineClock.line(at(day, time), "CYCLE_DECIDED", PREFIX + year() + "施政計畫暨績效報告經首長退回");
    }

    /** An agency the approver returned is told to revise by the approver's reason, by {@code due}. */
    public String returnedByApprover(String agency, LocalDate due, LocalDate day, LocalTime time) {
        return DeadlineClock.line(at(day, time), "RETURNED_BY_APPROVER", PREFIX + agency + year()
                + "施政計畫經首長退回，請依核定意見修正，期限" + roc(due));
    }

    /** The planning office moved the step's due date to {@code newDue}. */
    public String moved(String step, LocalDate newDue, LocalDate day, LocalTime time) {
        return DeadlineClock.line(at(day, time), "DEADLINE_MOVED", PREFIX + year() + "「" + step + "」期限變更為" + roc(newDue));
    }

    private static String name(String agency) {
        return agency == null ? "" : agency;
    }
}
