package io.plancycle.people;

import io.plancycle.security.CurrentUser;
import io.plancycle.security.Deputies;
import io.plancycle.security.DeputyRequest;
import io.plancycle.security.Role;
import io.plancycle.ui.FormSave;
import io.plancycle.ui.ProblemText;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 職務代理: every user names their deputy for the days of their leave, and sees whom they act for; the planning office
 * names a deputy for anyone and sees every one. Taking a deputy back asks first.
 */
@Controller
class DeputyPages {

    private final Deputies deputies;
    private final MessageSource messages;

    DeputyPages(Deputies deputies, MessageSource messages) {
        this.deputies = deputies;
        this.messages = messages;
    }

    @GetMapping("/deputies")
    String page(Model model) {
        return page(new DeputyRequest(null, null, null, null), Map.of(), model);
    }

    /** Names the deputy; a refusal is shown next to its field, with what was chosen kept. */
    @PostMapping("/deputies")
    String name(@RequestParam(required = false) String principal, @RequestParam(required = false) String deputy,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
                RedirectAttributes redirect, Model model, HttpServletResponse response) {
        DeputyRequest request = new DeputyRequest(principal, deputy, startsOn, endsOn);
        return FormSave.answering(response)
                .refused(refused -> {
                    Map<String, String> errors = new LinkedHashMap<>();
                    refused.forEach(e -> errors.putIfAbsent(e.field(),
                            ProblemText.of(messages, e, LocaleContextHolder.getLocale())));
                    return page(request, errors, model);
                })
                .save(() -> deputies.name(request), () -> {
                    redirect.addFlashAttribute("flash", "deputies.flash.named");
                    return "redirect:/deputies";
                });
    }

    @PostMapping("/deputies/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        deputies.cancel(id);
        redirect.addFlashAttribute("flash", "deputies.flash.cancelled");
        return "redirect:/deputies";
    }

    private String page(DeputyRequest form, Map<String, String> errors, Model model) {
        model.addAttribute("deputies", deputies.visible());
        model.addAttribute("candidates", deputies.candidates());
        model.addAttribute("forAnyone", CurrentUser.get().has(Role.ADMIN));
        model.addAttribute("today", deputies.today());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "pages/people/deputies";
    }
}
