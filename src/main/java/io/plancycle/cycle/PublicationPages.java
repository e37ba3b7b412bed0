package io.plancycle.cycle;

import io.plancycle.plan.AdminInput;
import io.plancycle.problem.WrongStageException;
import io.plancycle.ui.PlanningOfficePages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;

/** From the cycle's board, the planning office publishes the approved year on the public page, or withdraws it. */
@Controller
@PlanningOfficePages
@RequestMapping("/admin/cycles/{year}/publication")
class PublicationPages {

    private final Publications publications;
    private final AdminInput input;

    PublicationPages(Publications publications, AdminInput input) {
        this.publications = publications;
        this.input = input;
    }

    @PostMapping
    String publish(@PathVariable int year, Locale locale, RedirectAttributes redirect) {
        try {
            publications.publish(year);
            redirect.addFlashAttribute("notice", input.text(locale, "admin.board.published", year));
        } catch (WrongStageException e) {
            redirect.addFlashAttribute("problem", input.text(locale, "admin.board.notPublishable",
                    input.text(locale, "stage." + e.getCurrentStage())));
        }
        return "redirect:/admin/cycles/" + year;
    }

    @PostMapping("/withdraw")
    String withdraw(@PathVariable int year, Locale locale, RedirectAttributes redirect) {
        publications.withdraw(year);
        redirect.addFlashAttribute("notice", input.text(locale, "admin.board.withdrawn", year));
        return "redirect:/admin/cycles/" + year;
    }
}
