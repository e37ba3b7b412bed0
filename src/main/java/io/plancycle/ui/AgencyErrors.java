package io.plancycle.ui;

import io.plancycle.problem.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What was refused, in the user's language, by the form field it belongs to ({@code goals[0].kpis[1].actuals[109].explanation}),
 * so that each page shows it next to the field, and all of them in a list at the top with links to the fields.
 * <p>
 * The services name every problem by its field with a message code and its arguments; the page shows the code's
 * message from the bundles ({@link ProblemText}).
 */
public final class AgencyErrors {

    /** One problem: the form field, the id of its input on the page, where it is (a KPI, a section) and the message. */
    public record Item(String field, String id, String where, String message) {
    }

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
                                  Function<String, String> where, MessageSource messages) {
        AgencyErrors result = new AgencyErrors();
        for (InvalidInputException.FieldError error : errors) {
            String field = toForm.apply(error.field());
            result.add(field == null ? "" : field, where.apply(error.field()), message(error, messages));
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

    /** The problem in the user's words: its code's message in the page's language. */
    public static String message(InvalidInputException.FieldError error, MessageSource messages) {
        return ProblemText.of(messages, error, LocaleContextHolder.getLocale());
    }
}
