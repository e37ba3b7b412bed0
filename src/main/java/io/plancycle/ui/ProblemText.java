package io.plancycle.ui;

import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.ProblemCode;
import io.plancycle.problem.Refusal;
import io.plancycle.problem.Term;
import org.springframework.context.MessageSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A refusal in the reader's language: its code's message from the bundles, with its arguments as they read there
 * (a {@link Term} in the reader's words, numbers as written, without thousands separators: years, ids, limits).
 */
public final class ProblemText {

    private ProblemText() {
    }

    public static String of(MessageSource messages, InvalidInputException.FieldError error, Locale locale) {
        return of(messages, error.code(), error.args(), locale);
    }

    public static String of(MessageSource messages, Refusal refusal, Locale locale) {
        return of(messages, refusal.code(), refusal.args(), locale);
    }

    public static String of(MessageSource messages, ProblemCode code, List<Object> args, Locale locale) {
        Object[] shown = args.stream().map(arg -> shown(messages, arg, locale)).toArray();
        return messages.getMessage(code.key(), shown, locale);
    }

    private static String shown(MessageSource messages, Object arg, Locale locale) {
        if (arg instanceof Term term) {
            return messages.getMessage(term.key(), null, term.key(), locale);
        }
        if (arg instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        return arg == null ? "" : arg.toString();
    }
}
