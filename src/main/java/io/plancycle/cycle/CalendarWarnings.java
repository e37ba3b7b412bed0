package io.plancycle.cycle;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the office calendar has to say about due dates being set, in the reader's words: a holiday or a weekend, and a
 * year the calendar does not have or only computed. The one rule behind the warnings of opening a cycle
 * ({@link OpeningCheck}) and of moving a due date ({@link DeadlineMover}); warnings never refuse.
 */
@Component
public class CalendarWarnings {

    private final WorkingDays days;
    private final RocFormat roc;
    private final MessageSource messages;

    CalendarWarnings(WorkingDays days, RocFormat roc, MessageSource messages) {
        this.days = days;
        this.roc = roc;
        this.messages = messages;
    }

    /** The warnings about one due date. */
    public List<CalendarWarning> about(LocalDate day) {
        return about(List.of(day));
    }

    /**
     * The warnings about due dates, in their order: each day's own (holiday or weekend), and the first time a year
     * comes up, its calendar's (missing or computed), once per year.
     */
    public List<CalendarWarning> about(Collection<LocalDate> dueDates) {
        Locale locale = LocaleContextHolder.getLocale();
        List<CalendarWarning> warnings = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        for (LocalDate day : dueDates) {
            if (!days.isWorkingDay(day)) {
                warnings.add(days.holidayName(day)
                        .map(name -> warning(CalendarWarning.Kind.HOLIDAY, day, locale, roc.longDate(day), name))
                        .orElseGet(() -> warning(CalendarWarning.Kind.WEEKEND, day, locale, roc.longDate(day),
                                text(locale, "admin.weekday." + day.getDayOfWeek().name()))));
            }
            WorkingDays.Status status = days.status(day);
            if (status != WorkingDays.Status.PUBLISHED && years.add(day.getYear())) {
                CalendarWarning.Kind kind = status == WorkingDays.Status.MISSING
                        ? CalendarWarning.Kind.CALENDAR_MISSING : CalendarWarning.Kind.CALENDAR_COMPUTED;
                warnings.add(warning(kind, day, locale, String.valueOf(day.getYear() - RocFormat.ROC_OFFSET),
                        String.valueOf(day.getYear())));
            }
        }
        return List.copyOf(warnings);
    }

    private CalendarWarning warning(CalendarWarning.Kind kind, LocalDate day, Locale locale, Object... args) {
        return new CalendarWarning(kind, day, text(locale, "admin.calendarWarning." + kind.name(), args));
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
