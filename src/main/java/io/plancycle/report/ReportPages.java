package io.plancycle.report;

import io.plancycle.plan.AgencyPage;
import io.plancycle.plan.AgencyPageText;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.ui.AgencyErrors;
import io.plancycle.ui.FormChecks;
import io.plancycle.ui.FormSave;
import io.plancycle.ui.PublicFieldForms;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.plancycle.plan.AgencyPage.base;

/**
 * An agency's performance report for last year: each KPI's actual, whether a target not counted was met, and why a
 * target was missed. A report refused comes back with what was typed, each problem next to its field.
 */
@Controller
@PublicFieldForms
@RequestMapping("/cycles/{year}/agencies/{code}")
class ReportPages {

    private static final Pattern REPORT_FIELD = Pattern.compile("^actuals\\[(\\d+)]\\.?(.*)$");

    private final PlanService plans;
    private final ReportService reports;
    private final AgencyPageText text;
    private final FormChecks checks;

    ReportPages(PlanService plans, ReportService reports, AgencyPageText text, FormChecks checks) {
        this.plans = plans;
        this.reports = reports;
        this.text = text;
        this.checks = checks;
    }

    @GetMapping("/report")
    String report(@PathVariable int year, @PathVariable String code, Model model) {
        PlanView plan = plans.read(year, code);
        return renderReport(model, plan, AgencyReportForm.of(plan, year - 1), AgencyErrors.none(), false);
    }

    @PostMapping("/report")
    String fileReport(@PathVariable int year, @PathVariable String code, @ModelAttribute("form") AgencyReportForm form,
                      Model model, RedirectAttributes redirect, HttpServletResponse response) {
        PlanView plan = plans.read(year, code);
        form.normalized();
        ReportRequest request = form.toRequest(plan, year - 1);
        List<InvalidInputException.FieldError> checked = checks.of(request);
        FormSave save = AgencyPage.saving(response, model, plan, () -> plans.read(year, code),
                        shown -> renderReport(model, shown, form, AgencyErrors.none(), true))
                .refused(errors -> renderReport(model, plan, form, reportErrors(errors, form, plan), true));
        if (request.actuals().isEmpty()) {
            return save.invalid(() -> renderReport(model, plan, form, reportErrors(checked, form, plan)
                    .add("", text.msg("agency.error.nothingToReport")), true));
        }
        return save.save(checked, () -> reports.file(year, code, request), () -> {
            redirect.addFlashAttribute("flash", plans.read(year, code).stage() == SubmissionStage.SIGN_OFF
                    ? "agency.flash.reportToHead" : "agency.flash.reported");
            return "redirect:" + base(year, code) + "/report";
        });
    }

    private String renderReport(Model model, PlanView plan, AgencyReportForm form, AgencyErrors errors, boolean unsaved) {
        int reportYear = plan.cycleYear() - 1;
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("unsaved", unsaved);
        model.addAttribute("editable", AgencyPage.canEdit(plan, SubmissionStage.REPORT));
        model.addAttribute("reportYear", reportYear);
        model.addAttribute("reported", AgencyReportForm.reported(plan, reportYear));
        model.addAttribute("places", text.places(plan));
        model.addAttribute("active", "report");
        model.addAttribute("i18n", text.scriptMessages());
        return "pages/agency/report";
    }

    private AgencyErrors reportErrors(List<InvalidInputException.FieldError> errors, AgencyReportForm form, PlanView plan) {
        return text.errors(errors, field -> {
            Matcher m = REPORT_FIELD.matcher(field);
            if (!m.matches()) {
                return "";
            }
            String line = "lines[" + m.group(1) + "]";
            return switch (m.group(2)) {
                case "met", "explanation", "value" -> line + "." + m.group(2);
                default -> line + ".value";
            };
        }, field -> {
            Matcher m = REPORT_FIELD.matcher(field);
            int i = m.matches() ? Integer.parseInt(m.group(1)) : -1;
            return i >= 0 && i < form.lines.size() ? text.placeOf(plan, form.lines.get(i).kpiId) : "";
        });
    }
}
