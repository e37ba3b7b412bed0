package io.plancycle.review;

import io.plancycle.plan.AdminInput;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.ui.FormSave;
import io.plancycle.ui.PlanningOfficePages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The planning office's page of a cycle's review panel: per agency taking part, a box per panel member. A refusal (a
 * user who left the panel meanwhile) comes back beside the agency's row, with every box as it was ticked.
 */
@Controller
@PlanningOfficePages
@RequestMapping("/admin/cycles/{year}/panel")
class PanelAssignmentPages {

    private final PanelAssignments assignments;
    private final AdminInput input;

    PanelAssignmentPages(PanelAssignments assignments, AdminInput input) {
        this.assignments = assignments;
        this.input = input;
    }

    @GetMapping
    String panel(@PathVariable int year, Model model) {
        PanelAssignments.Board board = assignments.board(year);
        Map<String, List<String>> ticked = new LinkedHashMap<>();
        board.agencies().forEach(a -> ticked.put(a.agency(), a.members().stream().map(PanelAssignments.Member::id).toList()));
        return page(board, ticked, Map.of(), model);
    }

    /** Every agency of the form gets the members ticked on its row (none ticked: nobody). */
    @PostMapping
    String assign(@PathVariable int year, @RequestParam MultiValueMap<String, String> form, Locale locale, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        List<String> agencies = form.getOrDefault("agencies", List.of());
        Map<String, List<String>> ticked = new LinkedHashMap<>();
        List<PanelRequest.Assignment> requested = new ArrayList<>();
        for (String agency : agencies) {
            List<String> members = form.getOrDefault("members-" + agency, List.of());
            ticked.put(agency, members);
            requested.add(new PanelRequest.Assignment(agency, members));
        }
        return FormSave.answering(response)
                .refused(refused -> page(assignments.board(year), ticked, errors(refused, agencies, locale), model))
                .save(() -> assignments.assign(year, new PanelRequest(requested)), () -> {
                    redirect.addFlashAttribute("notice", input.text(locale, "panel.assign.saved", year));
                    return "redirect:/admin/cycles/" + year + "/panel";
                });
    }

    /** Each refusal beside its agency's row ({@code assignments[i]…} is the i-th agency of the form). */
    private Map<String, String> errors(List<InvalidInputException.FieldError> refused, List<String> agencies,
                                       Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (InvalidInputException.FieldError error : refused) {
            String field = error.field();
            int close = field.indexOf(']');
            String agency = field.startsWith("assignments[") && close > 0
                    ? agencies.get(Integer.parseInt(field.substring("assignments[".length(), close))) : "form";
            errors.merge(agency, input.problem(locale, error), (a, b) -> a + " " + b);
        }
        return errors;
    }

    private static String page(PanelAssignments.Board board, Map<String, List<String>> ticked, Map<String, String> errors,
                               Model model) {
        model.addAttribute("board", board);
        model.addAttribute("ticked", ticked);
        model.addAttribute("errors", errors);
        return "pages/review/panel-assign";
    }
}
