package io.plancycle.plan;

import io.plancycle.PlanCycleProperties;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.ui.FormSave;
import io.plancycle.ui.PlanningOfficePages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The planning office starts a medium-term plan in two steps: the form (title, years, from the current plans or an
 * edited whole-city plan book, the reorganisation one change a line), then the preview of every agency's plan as it
 * would start, from which it goes back or confirms (a question first: it changes every agency's next cycle). The
 * spreadsheet waits in the session between the two. Refusals come back on the form, next to their field.
 */
@Controller
@PlanningOfficePages
@RequestMapping("/admin/medium-term-plans")
class MediumTermPlanPages {

    private static final String UPLOAD = MediumTermPlanPages.class.getName();

    private final MediumTermPlans mediumTermPlans;
    private final Agencies agencies;
    private final AdminInput input;
    private final PlanCycleProperties properties;

    MediumTermPlanPages(MediumTermPlans mediumTermPlans, Agencies agencies, AdminInput input,
                        PlanCycleProperties properties) {
        this.mediumTermPlans = mediumTermPlans;
        this.agencies = agencies;
        this.input = input;
        this.properties = properties;
    }

    /** A spreadsheet kept between the preview and the confirmation, under the token its preview page carries. */
    private record Upload(String token, String name, byte[] bytes) implements java.io.Serializable {
    }

    @GetMapping
    String plans(Model model) {
        List<MediumTermPlanView> plans = mediumTermPlans.list();
        int next = plans.isEmpty() ? 112 : plans.get(0).lastYear() + 1;
        return formPage(model, MediumTermForm.suggested(next, properties.government()), new LinkedHashMap<>());
    }

    /** The preview: what starting would make, nothing saved; a refused form comes back with its errors. */
    @PostMapping("/check")
    String check(@ModelAttribute("form") MediumTermForm form, @RequestParam(required = false) MultipartFile file,
                 HttpSession session, Model model, Locale locale, HttpServletResponse response) throws IOException {
        Upload upload = form.fromSpreadsheet() ? upload(form, file, session) : null;
        return run(form, upload, model, locale, response, request -> upload == null ? () -> mediumTermPlans.preview(request)
                : () -> mediumTermPlans.preview(request, upload.bytes()), preview -> {
            model.addAttribute("preview", preview);
            model.addAttribute("fileName", upload == null ? null : upload.name());
            return "pages/admin/medium-term-check";
        });
    }

    /** Back from the preview to the form, with everything as typed (the spreadsheet kept). */
    @PostMapping("/edit")
    String edit(@ModelAttribute("form") MediumTermForm form, Model model) {
        return formPage(model, form, new LinkedHashMap<>());
    }

    /** Confirmed on the preview: starts the plan. */
    @PostMapping
    String start(@ModelAttribute("form") MediumTermForm form, HttpSession session, Model model, Locale locale,
                 RedirectAttributes redirect, HttpServletResponse response) {
        Upload upload = form.fromSpreadsheet() && session.getAttribute(UPLOAD) instanceof Upload kept
                && kept.token().equals(form.getToken()) ? kept : null;
        return run(form, upload, model, locale, response, request -> upload == null ? () -> mediumTermPlans.start(request)
                : () -> mediumTermPlans.start(request, upload.bytes()), started -> {
            session.removeAttribute(UPLOAD);
            redirect.addFlashAttribute("notice", input.text(locale, "admin.medium.started", started.title()));
            return "redirect:/admin/medium-term-plans";
        });
    }

    /** A new file replaces the one kept; none sent keeps the one the form's token names. */
    private static Upload upload(MediumTermForm form, MultipartFile file, HttpSession session) throws IOException {
        if (file != null && !file.isEmpty()) {
            Upload upload = new Upload(UUID.randomUUID().toString(), file.getOriginalFilename(), file.getBytes());
            session.setAttribute(UPLOAD, upload);
            form.setToken(upload.token());
            return upload;
        }
        return session.getAttribute(UPLOAD) instanceof Upload kept && kept.token().equals(form.getToken()) ? kept
                : new Upload("", null, null);
    }

    private String run(MediumTermForm form, Upload upload, Model model, Locale locale, HttpServletResponse response,
                       Function<MediumTermPlanRequest, Supplier<MediumTermPreview>> action,
                       Function<MediumTermPreview, String> then) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> codeByName = new HashMap<>();
        agencies.inCityOrder().forEach(a -> codeByName.put(a.getName(), a.getCode()));
        ReorganisationLines.Read lines = ReorganisationLines.read(form.getReorganisation(), codeByName);
        Integer first = year(form.getFirstYear(), "firstYear", errors, locale);
        Integer last = year(form.getLastYear(), "lastYear", errors, locale);
        FormSave save = FormSave.answering(response).refused(refused -> {
            refused.forEach(error -> errors.merge(formField(error.field()), line(error, lines, locale), (a, b) -> a + "；" + b));
            return formPage(model, form, errors);
        });
        if (!errors.isEmpty()) {
            return save.invalid(() -> formPage(model, form, errors));
        }
        MediumTermPlanRequest request = new MediumTermPlanRequest(form.getTitle(), first, last, lines.changes());
        return save.saveThen(action.apply(request), then);
    }

    private Integer year(String value, String field, Map<String, String> errors, Locale locale) {
        Map<String, String> refused = new HashMap<>();
        Integer year = input.year(value, refused, locale);
        if (year == null) {
            errors.put(field, refused.get("year"));
        }
        return year;
    }

    /** A refusal in the reader's words; one about a change of the reorganisation says its line. */
    private String line(InvalidInputException.FieldError error, ReorganisationLines.Read lines, Locale locale) {
        String text = input.problem(locale, error);
        if (error.field().startsWith("reorganisation[")) {
            int index = Integer.parseInt(error.field().substring("reorganisation[".length(), error.field().indexOf(']')));
            return input.text(locale, "admin.medium.error.line", lines.lines().get(index), text);
        }
        return error.field().contains("!") ? error.field() + "：" + text : text;
    }

    /** A field as the service names it → the form's: the reorganisation's lines, the spreadsheet's cells. */
    private static String formField(String field) {
        if (field.startsWith("reorganisation")) {
            return "reorganisation";
        }
        return field.equals("title") || field.equals("firstYear") || field.equals("lastYear") ? field : "file";
    }

    private String formPage(Model model, MediumTermForm form, Map<String, String> errors) {
        model.addAttribute("plans", mediumTermPlans.list());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "pages/admin/medium-term-plans";
    }
}
