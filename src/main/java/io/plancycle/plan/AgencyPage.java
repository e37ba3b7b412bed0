package io.plancycle.plan;

import io.plancycle.security.CurrentUser;
import io.plancycle.ui.FormSave;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an agency's pages for its plan in a cycle (plan editor, submission, revision, report, history) share: their
 * address, who may edit, the service's field names of a plan's goals and KPIs, and how a refused save is shown.
 */
public final class AgencyPage {

    /** The service's name of a goal or of a KPI in a plan: {@code goals[2]} or {@code goals[2].kpis[0]}. */
    public static final Pattern KPI_PLACE = Pattern.compile("^goals\\[(\\d+)](?:\\.kpis\\[(\\d+)])?");

    /** The plan's sections, as the service and the form name them. */
    public static final List<String> SECTIONS = List.of("mission", "vision", "situation", "strategies", "priorities");

    private AgencyPage() {
    }

    /** The address the agency's pages for the year's plan start with. */
    public static String base(int year, String code) {
        return "/cycles/" + year + "/agencies/" + code;
    }

    /** The signed-in user is the agency's own, and its plan is at the stage the page edits. */
    public static boolean canEdit(PlanView plan, SubmissionStage stage) {
        return CurrentUser.get().belongsTo(plan.agencyCode()) && plan.stage() == stage;
    }

    /** The KPI the service's field name points at ({@code goals[2].kpis[0]…}), or null. */
    public static PlanView.KpiView kpiAt(PlanView plan, String field) {
        Matcher m = KPI_PLACE.matcher(field);
        if (!m.find() || m.group(2) == null) {
            return null;
        }
        int g = Integer.parseInt(m.group(1));
        int k = Integer.parseInt(m.group(2));
        return g < plan.goals().size() && k < plan.goals().get(g).kpis().size() ? plan.goals().get(g).kpis().get(k) : null;
    }

    /**
     * Saving an agency's form: a change someone else made first shows the form again saying so ({@code conflict});
     * a plan moved on to another step shows it again as it now stands ({@code wrongStage}); what was typed is kept.
     * {@code showAgain} renders the form, unsaved and without errors, over the plan it is given.
     */
    public static FormSave saving(HttpServletResponse response, Model model, PlanView plan, Supplier<PlanView> now,
                                  Function<PlanView, String> showAgain) {
        return FormSave.answering(response)
                .changedFirst(() -> {
                    model.addAttribute("conflict", true);
                    return showAgain.apply(plan);
                })
                .movedOn(movedOn -> {
                    PlanView current = now.get();
                    model.addAttribute("wrongStage", current.stage());
                    return showAgain.apply(current);
                });
    }
}
