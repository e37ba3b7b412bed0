package io.plancycle.ui;

import io.plancycle.problem.ConflictException;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.WrongStageException;
import jakarta.servlet.http.HttpServletResponse;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way a page saves a form: run the save, then show where the user goes next; or, when the input is refused,
 * the form again with each problem next to its field (422); or, when someone else changed it first or the work has
 * moved on to another step, the form again saying so (409). What the user typed stays on the form every time.
 * <pre>
 * return FormSave.answering(response)
 *         .refused(errors -&gt; form(errors))
 *         .changedFirst(() -&gt; formSayingSo())
 *         .movedOn(movedOn -&gt; formWithTheNewStep())
 *         .save(() -&gt; service.save(…), () -&gt; "redirect:…");
 * </pre>
 * A page that says nothing of its own about a change made first or a step moved on leaves it to the page exception
 * handler (the 409 page with a reload button).
 */
public final class FormSave {

    private static final int UNPROCESSABLE = 422;

    private final HttpServletResponse response;
    private Function<List<InvalidInputException.FieldError>, String> refused;
    private Supplier<String> changedFirst;
    private Function<WrongStageException, String> movedOn;

    private FormSave(HttpServletResponse response) {
        this.response = response;
    }

    public static FormSave answering(HttpServletResponse response) {
        return new FormSave(response);
    }

    /** The form again with the service's refusals, in the page's words. */
    public FormSave refused(Function<List<InvalidInputException.FieldError>, String> form) {
        this.refused = form;
        return this;
    }

    /** The form again, saying someone else changed it first. */
    public FormSave changedFirst(Supplier<String> form) {
        this.changedFirst = form;
        return this;
    }

    /** The form again, saying the work has moved on to another step. */
    public FormSave movedOn(Function<WrongStageException, String> form) {
        this.movedOn = form;
        return this;
    }

    /** The form again with what the page itself refused before saving anything. */
    public String invalid(Supplier<String> form) {
        response.setStatus(UNPROCESSABLE);
        return form.get();
    }

    /** The form again, saying someone else changed it first, when the page itself has seen so before saving. */
    public String showChangedFirst() {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return changedFirst.get();
    }

    /** The page's own refusals first (the form again, nothing saved), then the save, as {@link #save} does. */
    public String save(List<InvalidInputException.FieldError> checked, Runnable save, Supplier<String> saved) {
        if (!checked.isEmpty()) {
            return invalid(() -> refused.apply(checked));
        }
        return save(save, saved);
    }

    /** Saves, and answers with what comes next, or with the form again when the save was refused. */
    public String save(Runnable save, Supplier<String> saved) {
        return saveThen(() -> {
            save.run();
            return null;
        }, ignored -> saved.get());
    }

    /** Saves, and answers with what comes next after what the save gave back, or with the form again. */
    public <T> String saveThen(Supplier<T> save, Function<T, String> saved) {
        T result;
        try {
            result = save.get();
        } catch (InvalidInputException e) {
            if (refused == null) {
                throw e;
            }
            return invalid(() -> refused.apply(e.getErrors()));
        } catch (WrongStageException e) {
            if (movedOn == null) {
                throw e;
            }
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return movedOn.apply(e);
        } catch (RuntimeException e) {
            if (changedFirst == null || !(e instanceof ConflictException || ConcurrentChange.isCause(e))) {
                throw e;
            }
            return showChangedFirst();
        }
        return saved.apply(result);
    }
}
