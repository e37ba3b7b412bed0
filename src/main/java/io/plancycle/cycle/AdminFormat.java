package io.plancycle.cycle;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The planning office's pages' ROC formats beyond {@link RocFormat}: a date as words beside a date input
 * ({@code 民國115年11月26日}). Pages call it as {@code ${@adminFormat.rocWords(d)}}.
 */
@Component("adminFormat")
public class AdminFormat {

    private final MessageSource messages;

    AdminFormat(MessageSource messages) {
        this.messages = messages;
    }

    /** The ROC year of a Gregorian date. */
    public int rocYear(LocalDate day) {
        return day.getYear() - RocFormat.ROC_OFFSET;
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
