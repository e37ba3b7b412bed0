package io.plancycle.review;

import io.plancycle.plan.AdminInput;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.ui.FormSave;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A panel member's pages: the agencies assigned to them, and per agency its submission with a box for their opinion on
 * each KPI and on the whole. Saving keeps whatever was typed; a refusal comes back beside its box, nothing lost.
 */
@Controller
class PanelPages {

    private final PanelAssignments assignments;
    private final PanelOpinions opinions;
    private final AdminInput input;

    PanelPages(PanelAssignments assignments, PanelOpinions opinions, AdminInput input) {
        this.assignments = assignments;
        this.opinions = opinions;
        this.input = input;
    }

    @GetMapping("/panel")
    String mine(Model model) {
        model.addAttribute("assigned", assignments.mine());
        return "pages/review/panel";
    }

    @GetMapping("/cycles/{year}/agencies/{code}/opinions")
    String sheet(@PathVariable int year, @PathVariable String code, Model model) {
        PanelOpinions.Sheet sheet = opinions.mine(year, code);
        return page(sheet, OpinionForm.of(sheet), Map.of(), model);
    }

    @PostMapping("/cycles/{year}/agencies/{code}/opinions")
    String save(@PathVariable int year, @PathVariable String code, @ModelAttribute("form") OpinionForm form,
                Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSave.answering(response)
                .refused(refused -> page(opinions.mine(year, code), form, errors(refused, locale), model))
                .movedOn(movedOn -> {
                    model.addAttribute("movedOn", true);
                    return page(opinions.mine(year, code), form, Map.of(), model);
                })
                .save(() -> opinions.save(year, code, form.toRequest()), () -> {
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/cycles/" + year + "/agencies/" + code + "/opinions";
                });
    }

    /** The service's fields ({@code opinions[kpiId]}, {@code overall}) as the page's boxes, in the reader's words. */
    private Map<String, String> errors(List<InvalidInputException.FieldError> refused, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (InvalidInputException.FieldError error : refused) {
            String field = error.field();
            String box = field.startsWith("opinions[")
                    ? "opinion-" + field.substring("opinions[".length(), field.indexOf(']')) : "overall";
            errors.putIfAbsent(box, input.problem(locale, error));
        }
        return errors;
    }

    private static String page(PanelOpinions.Sheet sheet, OpinionForm form, Map<String, String> errors, Model model) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "pages/review/opinions";
    }
}
