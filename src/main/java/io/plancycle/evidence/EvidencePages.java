package io.plancycle.evidence;

import io.plancycle.plan.AgencyPageText;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.TargetKind;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.WrongStageException;
import io.plancycle.ui.AgencyErrors;
import io.plancycle.ui.PublicFieldForms;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.List;

/**
 * The evidence page of an agency's performance report: per KPI its actual and the files behind it, each with its
 * source, as-of date and who checked it. The agency adds a file under each actual and removes one (asked first) while
 * its actuals are its own to change; the evaluation team, the planning office and the approver open the files. A file
 * refused comes back with what was typed and the problem under the field.
 */
@Controller
@PublicFieldForms
@RequestMapping("/cycles/{year}/agencies/{code}/evidence")
class EvidencePages {

    private final Evidences evidences;
    private final PlanService plans;
    private final AgencyPageText text;

    EvidencePages(Evidences evidences, PlanService plans, AgencyPageText text) {
        this.evidences = evidences;
        this.plans = plans;
        this.text = text;
    }

    @GetMapping
    String page(@PathVariable int year, @PathVariable String code, Model model) {
        return render(model, year, code, new EvidenceForm(), AgencyErrors.none());
    }

    @PostMapping
    String add(@PathVariable int year, @PathVariable String code, @ModelAttribute("form") EvidenceForm form,
               @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect,
               HttpServletResponse response) throws IOException {
        try {
            EvidenceView added = evidences.add(year, code, form.upload(file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes()));
            redirect.addFlashAttribute("notice", text.msg("evidence.flash.added", added.fileName()));
            return "redirect:/cycles/" + year + "/agencies/" + code + "/evidence#kpi-" + added.kpiId();
        } catch (InvalidInputException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            String kpi = "-" + form.kpiId;
            return render(model, year, code, form, text.errors(refused.getErrors(), field -> field + kpi,
                    field -> text.msg("evidence.field." + field) + "："));
        } catch (WrongStageException movedOn) {
            return movedOn(model, year, code, form, response);
        }
    }

    @PostMapping("/{id}/delete")
    String remove(@PathVariable int year, @PathVariable String code, @PathVariable long id, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        try {
            evidences.remove(year, code, id);
        } catch (WrongStageException movedOn) {
            return movedOn(model, year, code, new EvidenceForm(), response);
        }
        redirect.addFlashAttribute("notice", text.msg("evidence.flash.removed"));
        return "redirect:/cycles/" + year + "/agencies/" + code + "/evidence";
    }

    @GetMapping("/{id}")
    ResponseEntity<byte[]> file(@PathVariable int year, @PathVariable String code, @PathVariable long id) {
        return EvidenceFiles.response(evidences.open(year, code, id));
    }

    /** The plan moved on to a step where its evidence no longer changes: the page as it now stands, saying so. */
    private String movedOn(Model model, int year, String code, EvidenceForm form, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("wrongStage", plans.read(year, code).stage());
        return render(model, year, code, form, AgencyErrors.none());
    }

    private String render(Model model, int year, String code, EvidenceForm form, AgencyErrors errors) {
        PlanView plan = plans.read(year, code);
        int reportYear = year - 1;
        model.addAttribute("plan", plan);
        model.addAttribute("reportYear", reportYear);
        model.addAttribute("reported", reported(plan, reportYear));
        model.addAttribute("places", text.places(plan));
        model.addAttribute("evidence", evidences.byKpi(year, code));
        model.addAttribute("editable", evidences.canChange(year, code));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("accept", FileKind.acceptAttribute());
        model.addAttribute("kinds", FileKind.accepted());
        model.addAttribute("limits", evidences.limits());
        return "pages/evidence/evidence";
    }

    /** The KPIs of the report: a target (not "-") in the report year, in the plan's order, then those withdrawn. */
    private static List<PlanView.KpiView> reported(PlanView plan, int reportYear) {
        return plan.reportedGoals().stream().flatMap(g -> g.kpis().stream())
                .filter(k -> k.targets().get(reportYear) != null && k.targets().get(reportYear).kind() != TargetKind.NONE)
                .toList();
    }
}
