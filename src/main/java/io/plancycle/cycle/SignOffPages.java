package io.plancycle.cycle;

import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Identities;
import io.plancycle.step.Step;
import io.plancycle.ui.FormSave;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.plancycle.plan.AgencyPage.base;

/**
 * The head's sign-off page (主管核章): what the clerk sent, with a link to read it, the note and the two decisions;
 * and every earlier sign-off of the cycle with its note. The clerk reads it too, without the buttons.
 */
@Controller
@RequestMapping("/cycles/{year}/agencies/{code}/sign-off")
class SignOffPages {

    private final PlanService plans;
    private final SignOffs signOffs;
    private final SubmissionTasks tasks;
    private final Identities identities;

    SignOffPages(PlanService plans, SignOffs signOffs, SubmissionTasks tasks, Identities identities) {
        this.plans = plans;
        this.signOffs = signOffs;
        this.tasks = tasks;
        this.identities = identities;
    }

    @GetMapping
    String page(@PathVariable int year, @PathVariable String code, Model model) {
        return page(year, code, "", Map.of(), model);
    }

    /** Signs, or sends back with the note; a return without a note is shown next to the note, what was typed kept. */
    @PostMapping
    String decide(@PathVariable int year, @PathVariable String code, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String note, RedirectAttributes redirect, Model model,
                  HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        return FormSave.answering(response)
                .refused(refused -> {
                    refused.forEach(error -> errors.put(error.field(), "agency.signOff.error." + error.field()));
                    return page(year, code, note, errors, model);
                })
                .movedOn(movedOn -> {
                    model.addAttribute("wrongStage", movedOn.getCurrentStage());
                    return page(year, code, note, errors, model);
                })
                .save(() -> signOffs.decide(year, code, new SignOffRequest(decision, note)), () -> {
                    redirect.addFlashAttribute("flash", "APPROVE".equals(decision) ? "agency.flash.signed" : "agency.flash.sentBack");
                    return "redirect:" + base(year, code) + "/sign-off";
                });
    }

    private String page(int year, String code, String note, Map<String, String> errors, Model model) {
        PlanView plan = plans.read(year, code);
        boolean pending = plan.stage() == SubmissionStage.SIGN_OFF;
        Step sent = pending ? tasks.sentStep(year, code) : null;
        model.addAttribute("plan", plan);
        model.addAttribute("active", "sign-off");
        model.addAttribute("sent", sent);
        model.addAttribute("sentPage", sent == null ? null : sent.page(year, code));
        model.addAttribute("canSign", pending && CurrentUser.get().heads(code));
        model.addAttribute("history", signOffs.history(year, code).stream().map(SignOffView::of).toList());
        model.addAttribute("names", identities.names());
        model.addAttribute("note", note == null ? "" : note);
        model.addAttribute("signOffErrors", errors);
        return "pages/agency/sign-off";
    }
}
