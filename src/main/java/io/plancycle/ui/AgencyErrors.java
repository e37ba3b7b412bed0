package io.plancycle.ui;

import io.plancycle.problem.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What was refused, in the user's language, by the form field it belongs to ({@code goals[0].kpis[1].actuals[109].explanation}),
 * so that each page shows it next to the field, and all of them in a list at the top with links to the fields.
 * <p>
 * The services name every problem by its field with an English sentence for the API; a page shows its own words,
 * chosen here by the field and the kind of problem.
 */
public final class AgencyErrors {

    /** One problem: the form field, the id of its input on the page, where it is (a KPI, a section) and the message. */
    public record Item(String field, String id, String where, String message) {
    }

    private static final Pattern QUOTED = Pattern.compile("「([^」]*)」");
    private static final Pattern YEAR_IN_FIELD = Pattern.compile("(?:targets|actuals)[.\\[](\\d+)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern DOTTED_INDEX = Pattern.compile("\\.(\\d+)(?=\\.|$)");

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<Item> items = new ArrayList<>();

    public static AgencyErrors none() {
        return new AgencyErrors();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** Bootstrap's class for a refused input. */
    public String cls(String field) {
        return has(field) ? "is-invalid" : "";
    }

    /** Whether any field whose name starts with the prefix (a KPI, a goal) has a problem. */
    public boolean any(String prefix) {
        return byField.keySet().stream().anyMatch(f -> f.startsWith(prefix));
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int count() {
        return items.size();
    }

    public List<Item> items() {
        return items;
    }

    public AgencyErrors add(String field, String message) {
        return add(field, "", message);
    }

    public AgencyErrors add(String field, String where, String message) {
        byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        items.add(new Item(field, PageFormat.fieldId(field), where == null ? "" : where, message));
        return this;
    }

    /**
     * The service's field errors in the user's words, each under the form field {@code toForm} gives for the service's
     * field name ("": the problem is about the whole page), and labelled with where it is by {@code where}.
     */
    public static AgencyErrors of(List<InvalidInputException.FieldError> errors, Function<String, String> toForm,
                                  Function<String, String> where, MessageSource messages, BigDecimal threshold) {
        AgencyErrors result = new AgencyErrors();
        for (InvalidInputException.FieldError error : errors) {
            String field = toForm.apply(error.field());
            result.add(field == null ? "" : field, where.apply(error.field()),
                    message(error.field(), error.message(), messages, threshold));
        }
        return result;
    }

    /** The plan editor's name for a service field: {@code actuals.109.explanation} → {@code actuals[109].explanation}. */
    public static String planField(String serviceField) {
        String field = DOTTED_INDEX.matcher(serviceField).replaceAll("[$1]");
        if (field.matches(".*\\.actuals\\[\\d+]")) {
            field += ".value";
        }
        if (field.matches("goals\\[\\d+]\\.id")) {
            field = field.replace(".id", ".title");
        }
        if (field.matches(".*\\.kpis\\[\\d+]\\.id")) {
            field = field.replace(".id", ".name");
        }
        return field;
    }

    /** The problem in the user's words, from the service's field name and its English sentence. */
    public static String message(String field, String text, MessageSource messages, BigDecimal threshold) {
        String message = text == null ? "" : text;
        String year = group(YEAR_IN_FIELD.matcher(field));
        String quoted = lastQuoted(message);
        String code;
        Object[] args = {};
        if (message.contains("exceeded the achievement-rate threshold")) {
            code = "agency.error.tooEasy";
            args = new Object[]{year == null ? "" : Integer.parseInt(year) - 1, PageFormat.plain(threshold)};
        } else if (message.contains("needs a target for")) {
            code = "agency.error.targetMissing";
            args = new Object[]{year};
        } else if (message.contains("needs its actual for") || message.contains("has no actual for")) {
            code = "agency.error.actualMissing";
            args = new Object[]{year != null ? year : lastNumber(message)};
        } else if (message.contains("has no target for")) {
            code = "agency.error.actualNoTarget";
            args = new Object[]{year};
        } else if (message.contains("add at least one key strategic goal")) {
            code = "agency.error.noGoal";
        } else if (message.contains("add at least one KPI")) {
            code = "agency.error.noKpi";
        } else if (message.contains("explain why")) {
            code = "agency.error.explanationRequired";
            args = new Object[]{quoted};
        } else if (message.contains("say whether")) {
            code = "agency.error.metRequired";
        } else if (message.contains("is not a number")) {
            code = "agency.error.notANumber";
            args = new Object[]{quoted};
        } else if (message.contains("is not in")) {
            code = "agency.error.gone";
        } else if (message.contains("outside the plan") || message.contains("remaining year")) {
            code = "agency.error.yearOutside";
        } else if (message.contains("longer than") || message.startsWith("size must be")) {
            code = "agency.error.tooLong";
            args = new Object[]{lastNumber(message)};
        } else if (message.contains("is already the")) {
            code = "agency.error.unchanged";
        } else if (message.contains("under that goal already")) {
            code = "agency.error.sameGoal";
        } else if (message.contains("too large")) {
            code = "agency.error.tooLarge";
        } else if (message.contains("must not be blank") || message.contains("must not be null")) {
            code = field.endsWith(".reason") ? "agency.error.reasonRequired"
                    : field.matches(".*\\.value") && field.startsWith("changes") ? "agency.error.targetRequired"
                    : "agency.error.required";
        } else {
            code = "agency.error.invalid";
        }
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    private static String group(Matcher m) {
        return m.find() ? m.group(1) : null;
    }

    private static String lastQuoted(String message) {
        Matcher m = QUOTED.matcher(message);
        String last = "";
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    private static String lastNumber(String message) {
        Matcher m = NUMBER.matcher(message);
        String last = "";
        while (m.find()) {
            last = m.group();
        }
        return last;
    }
}
