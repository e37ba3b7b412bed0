package io.plancycle.cycle;

import io.plancycle.PlanCycleProperties;
import io.plancycle.notification.RocDates;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Dates as users read them, in ROC years: {@code ${@roc.date(d)}} in a page gives 115/02/24, {@code ${@roc.longDate(d)}}
 * 115年2月24日, {@code ${@roc.dateTime(t)}} 115/02/24 14:05 in the users' time zone; {@code ${@roc.daysLeftText(d)}} 剩 3 天
 * or 逾期 2 天.
 */
@Component("roc")
public class RocFormat {

    public static final int ROC_OFFSET = 1911;

    private final Deadlines deadlines;
    private final PlanCycleProperties properties;
    private final MessageSource messages;

    RocFormat(Deadlines deadlines, PlanCycleProperties properties, MessageSource messages) {
        this.deadlines = deadlines;
        this.properties = properties;
        this.messages = messages;
    }

    /** 115/02/24 */
    public String date(LocalDate day) {
        return day == null ? "" : RocDates.numeric(day);
    }

    /** 115年2月24日, as a sentence says a date; 115/02/24 in English. */
    public String longDate(LocalDate day) {
        if (day == null || Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage())) {
            return date(day);
        }
        return (day.getYear() - ROC_OFFSET) + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    /** 115/02/24 14:05 in the users' time zone; blank for none. */
    public String dateTime(Instant at) {
        if (at == null) {
            return "";
        }
        ZonedDateTime t = at.atZone(properties.zone());
        return String.format("%d/%02d/%02d %02d:%02d", t.getYear() - ROC_OFFSET, t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute());
    }

    /** Days from today (Asia/Taipei) to the due date: negative when overdue. */
    public long daysLeft(LocalDate due) {
        return due == null ? 0 : ChronoUnit.DAYS.between(deadlines.today(), due);
    }

    /** 剩 3 天 or 逾期 2 天 (3 days left, 2 days overdue): how every page says how far a due date is. */
    public String daysLeftText(LocalDate due) {
        long left = daysLeft(due);
        return left < 0 ? messages.getMessage("tasks.overdueBy", new Object[]{-left}, LocaleContextHolder.getLocale())
                : messages.getMessage("tasks.left", new Object[]{left}, LocaleContextHolder.getLocale());
    }

    /** on-time, due-soon (within three days) or overdue: the colour of a due date on every page. */
    public String urgency(LocalDate due) {
        if (due == null) {
            return "on-time";
        }
        long left = daysLeft(due);
        return left < 0 ? "overdue" : left <= 3 ? "due-soon" : "on-time";
    }
}
