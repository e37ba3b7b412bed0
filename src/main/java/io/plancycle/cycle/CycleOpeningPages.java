package io.plancycle.cycle;

import io.plancycle.plan.AdminInput;
import io.plancycle.plan.Agencies;
import io.plancycle.plan.Agency;
import io.plancycle.problem.MessageCode;
import io.plancycle.step.Stage;
import io.plancycle.ui.FormSave;
import io.plancycle.ui.PlanningOfficePages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The planning office's list of cycles and opening one, in two steps: the form (a suggested year and calendar ahead,
 * on working days), then "check your answers" (each due date with its weekday and what is wrong with it, the
 * agencies taking part, the notices that would go out at once), from which the office goes back to change the form
 * or confirms. Only the confirmation opens the cycle. Refused input comes back on the form, next to its field.
 */
@Controller
@PlanningOfficePages
@RequestMapping("/admin/cycles")
class CycleOpeningPages {

    private final CycleService cycleService;
    private final OpeningCheck openingCheck;
    private final Agencies agencies;
    private final AdminInput input;

    CycleOpeningPages(CycleService cycleService, OpeningCheck openingCheck, Agencies agencies, AdminInput input) {
        this.cycleService = cycleService;
        this.openingCheck = openingCheck;
        this.agencies = agencies;
        this.input = input;
    }

    @GetMapping
    String cycles(Model model) {
        return formPage(model, AdminCycleForm.suggested(openingCheck.suggestion()), new LinkedHashMap<>());
    }

    /** The check step: what opening would do, nothing opened yet; a refused form comes back with its errors. */
    @PostMapping("/check")
    String check(@ModelAttribute("form") AdminCycleForm form, Model model, Locale locale, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        OpenCycleRequest request = request(form, errors, locale);
        FormSave save = saving(response, form, model, locale, null);
        if (request == null) {
            return save.invalid(() -> formPage(model, form, errors));
        }
        return save.saveThen(() -> cycleService.preview(request), preview -> checkPage(model, form, preview, Map.of()));
    }

    private String checkPage(Model model, AdminCycleForm form, OpeningPreview preview, Map<String, String> errors) {
        List<Agency> all = agencies.inCityOrder();
        model.addAttribute("preview", preview);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("agencyNames", AdminInput.agencyNames(all));
        model.addAttribute("taking", all.stream().filter(a -> form.takes(a.getCode())).toList());
        return "pages/admin/open-check";
    }

    /** Back from the check step to the form, with everything as typed. */
    @PostMapping("/edit")
    String edit(@ModelAttribute("form") AdminCycleForm form, Model model) {
        return formPage(model, form, new LinkedHashMap<>());
    }

    /** Confirmed on the check step: opens the year's cycle. */
    @PostMapping
    String open(@ModelAttribute("form") AdminCycleForm form, Model model, Locale locale, RedirectAttributes redirect,
                HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        OpenCycleRequest request = request(form, errors, locale);
        FormSave save = saving(response, form, model, locale, request);
        if (request == null) {
            return save.invalid(() -> formPage(model, form, errors));
        }
        return save.save(() -> cycleService.open(request), () -> {
            redirect.addFlashAttribute("notice", input.text(locale, "admin.cycles.opened", request.year()));
            return "redirect:/admin/cycles/" + request.year();
        });
    }

    /**
     * The service's refusal put next to the fields it names; a year already opened, next to the year. A missing reason
     * alone (the year before not approved) comes back on the check step being confirmed, {@code confirming}.
     */
    private FormSave saving(HttpServletResponse response, AdminCycleForm form, Model model, Locale locale,
                            OpenCycleRequest confirming) {
        return FormSave.answering(response)
                .refused(refused -> {
                    Map<String, String> errors = new LinkedHashMap<>();
                    refused.forEach(error -> errors.putIfAbsent(formField(error.field()), input.problem(locale, error)));
                    return confirming != null && errors.keySet().equals(Set.of("reason"))
                            ? checkPage(model, form, cycleService.preview(confirming), errors) : formPage(model, form, errors);
                })
                .changedFirst(() -> formPage(model, form, new LinkedHashMap<>(Map.of("year",
                        input.problem(locale, MessageCode.CYCLE_EXISTS, form.getYear().strip())))));
    }

    /** The form as a request to the service; null, with every refusal in {@code errors}, when a field is wrong. */
    private OpenCycleRequest request(AdminCycleForm form, Map<String, String> errors, Locale locale) {
        Integer year = input.year(form.getYear(), errors, locale);
        Map<Stage, LocalDate> dates = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            String field = AdminCycleForm.field(stage);
            dates.put(stage, input.date(form.date(field), field, errors, locale));
        }
        if (form.getAgencies().isEmpty()) {
            errors.put("agencies", input.text(locale, "admin.cycles.error.agencies"));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new OpenCycleRequest(year, new OpenCycleRequest.Calendar(dates.get(Stage.DRAFTING),
                dates.get(Stage.REVIEW), dates.get(Stage.REVISION), dates.get(Stage.REPORT), dates.get(Stage.CONSOLIDATION),
                dates.get(Stage.APPROVAL)),
                List.copyOf(form.getAgencies()), form.getReason());
    }

    private String formPage(Model model, AdminCycleForm form, Map<String, String> errors) {
        model.addAttribute("cycles", cycleService.summaries());
        model.addAttribute("calendarStages", Stage.values());
        List<Agency> all = agencies.current();
        model.addAttribute("allAgencies", all);
        model.addAttribute("agencyNames", AdminInput.agencyNames(all));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "pages/admin/cycles";
    }

    /** A field of the open form as the service names it (calendar.review, agencies[3]) → the form's own name. */
    private static String formField(String serviceField) {
        if (serviceField.startsWith("calendar.")) {
            return serviceField.substring("calendar.".length());
        }
        return serviceField.startsWith("agencies") ? "agencies" : serviceField;
    }
}
