package io.plancycle.web;

import io.plancycle.PlanCycleProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * The planning office's pages' ROC formats beyond {@link RocFormat}: a moment as {@code 115/11/26 14:05} in the users'
 * time zone, and a date as words beside a date input ({@code 民國115年11月26日}). Pages call it as
 * {@code ${@adminFormat.dateTime(t)}}.
 */
@Component("adminFormat")
public class AdminFormat {

    private static final int ROC_OFFSET = 1911;

    private final PlanCycleProperties properties;
    private final MessageSource messages;

    AdminFormat(PlanCycleProperties properties, MessageSource messages) {
        this.properties = properties;
        this.messages = messages;
    }

    /** 115/11/26 14:05 (Asia/Taipei); blank for none. */
    public String dateTime(Instant at) {
        if (at == null) {
            return "";
        }
        ZonedDateTime t = at.atZone(properties.zone());
        return String.format("%d/%02d/%02d %02d:%02d", t.getYear() - ROC_OFFSET, t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute());
    }

    /** The ROC year of a Gregorian date. */
    public int rocYear(LocalDate day) {
        return day.getYear() - ROC_OFFSET;
    }

    /** An ISO date as a date input holds it (2026-11-26), in words with its ROC year; blank when it is no date. */
    public String rocWords(String isoDate) {
        if (isoDate == null || isoDate.isBlank()) {
            return "";
        }
        try {
            LocalDate day = LocalDate.parse(isoDate.strip());
            return messages.getMessage("admin.roc.date",
                    new Object[]{String.valueOf(rocYear(day)), String.valueOf(day.getMonthValue()),
                            String.valueOf(day.getDayOfMonth())}, LocaleContextHolder.getLocale());
        } catch (DateTimeParseException e) {
            return "";
        }
    }
}
