package io.plancycle.web;

import io.plancycle.cycle.Deadlines;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Dates as users read them, in ROC years: {@code ${@roc.date(d)}} in a page gives 115/02/24. */
@Component("roc")
public class RocFormat {

    private static final int ROC_OFFSET = 1911;

    private final Deadlines deadlines;

    RocFormat(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** 115/02/24 */
    public String date(LocalDate day) {
        return day == null ? "" : String.format("%d/%02d/%02d", day.getYear() - ROC_OFFSET, day.getMonthValue(), day.getDayOfMonth());
    }

    /** Days from today (Asia/Taipei) to the due date: negative when overdue. */
    public long daysLeft(LocalDate due) {
        return due == null ? 0 : ChronoUnit.DAYS.between(deadlines.today(), due);
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
