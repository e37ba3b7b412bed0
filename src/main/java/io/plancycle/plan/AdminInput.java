package io.plancycle.plan;

import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.ProblemCode;
import io.plancycle.ui.ProblemText;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the planning office's pages share in reading their forms and writing back: the page's texts, a due date and
 * a year as typed (a refusal put next to its field), the agencies' names as the reader reads them.
 */
@Component
public class AdminInput {

    private final MessageSource messages;

    AdminInput(MessageSource messages) {
        this.messages = messages;
    }

    public String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A field the service refused, in the reader's words. */
    public String problem(Locale locale, InvalidInputException.FieldError error) {
        return ProblemText.of(messages, error, locale);
    }

    /** A refusal the page itself gives by its code, in the reader's words. */
    public String problem(Locale locale, ProblemCode code, Object... args) {
        return ProblemText.of(messages, code, List.of(args), locale);
    }

    /** A date as a date input sends it (ISO); null, with the field's refusal in {@code errors}, when it is none. */
    public LocalDate date(String value, String field, Map<String, String> errors, Locale locale) {
        if (value == null || value.isBlank()) {
            errors.put(field, text(locale, "admin.error.dateRequired"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, text(locale, "admin.error.date"));
            return null;
        }
    }

    /** An ROC year from 100 to 200; null, with the refusal in {@code errors} under "year", when it is none. */
    public Integer year(String value, Map<String, String> errors, Locale locale) {
        try {
            int year = Integer.parseInt(value == null ? "" : value.strip());
            if (year >= 100 && year <= 200) {
                return year;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        errors.put("year", text(locale, "admin.cycles.error.year"));
        return null;
    }

    /**
     * The agencies' names as the reader reads them, by code: Chinese, or on an English page the English name where
     * the agency has one.
     */
    public static Map<String, String> agencyNames(List<Agency> all) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        Map<String, String> names = new LinkedHashMap<>();
        all.forEach(a -> names.put(a.getCode(), english && a.getNameEn() != null && !a.getNameEn().isBlank()
                ? a.getNameEn() : a.getName()));
        return names;
    }
}
