package io.plancycle.plan;

import io.plancycle.problem.InvalidInputException;
import io.plancycle.ui.AgencyErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What an agency's pages say alike, in the page's language: where a problem is (a section, a goal, a KPI: "三-1「辦理市民集團結婚」"), the service's refusals in the user's words, and the words agency.js shows as the user types.
 */
@Component
public class AgencyPageText {

    private final MessageSource messages;
    private final AgencyFormat format;

    AgencyPageText(MessageSource messages, AgencyFormat format) {
        this.messages = messages;
        this.format = format;
    }

    public String msg(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    /** The service's field errors in the user's words, under the form's fields, each labelled with where it is. */
    public AgencyErrors errors(List<InvalidInputException.FieldError> errors, Function<String, String> toForm,
                               Function<String, String> where) {
        return AgencyErrors.of(errors, toForm, where, messages);
    }

    /** One refusal of the service in the user's words. */
    public String message(InvalidInputException.FieldError problem) {
        return AgencyErrors.message(problem, messages);
    }

    public String sectionPlace(String section) {
        return msg("agency.place.section", msg("agency.section." + section));
    }

    public String goalPlace(int goalNo, String title) {
        return msg("agency.place.goal", format.goalNo(goalNo), title == null ? "" : title);
    }

    public String kpiPlace(int goalNo, int kpiNo, String name) {
        return msg("agency.place.kpi", format.place(goalNo, kpiNo), name == null ? "" : name);
    }

    /** "三-1「辦理市民集團結婚」：" for a KPI of the plan as it stands. */
    public String placeOf(PlanView plan, Long kpiId) {
        for (PlanView.GoalView goal : plan.reportedGoals()) {
            for (PlanView.KpiView kpi : goal.kpis()) {
                if (kpi.id().equals(kpiId)) {
                    return kpiPlace(goal.no(), kpi.no(), kpi.name());
                }
            }
        }
        return "";
    }

    /** "目標三「端正禮俗，改善社會風氣，保存優良傳統文化」：" for a goal of the plan as it stands. */
    public String goalPlaceOf(PlanView plan, Long goalId) {
        return plan.goals().stream().filter(goal -> goal.id().equals(goalId)).findFirst()
                .map(goal -> goalPlace(goal.no(), goal.title())).orElse("");
    }

    /** The KPIs of the plan another one may be merged into (併入指標), by id: "一-1「…」", in the plan's order. */
    public Map<Long, String> kpiChoices(PlanView plan) {
        Map<Long, String> choices = new LinkedHashMap<>();
        plan.goals().forEach(g -> g.kpis().forEach(k -> choices.put(k.id(),
                kpiPlace(g.no(), k.no(), k.name()).replaceFirst("[：:]$", ""))));
        return choices;
    }

    /** Each KPI's place in the plan as a table's first column writes it: 三-1. */
    public Map<Long, String> places(PlanView plan) {
        return format.places(plan);
    }

    /** The words agency.js shows as the user types, in the page's language. */
    public Map<String, String> scriptMessages() {
        Map<String, String> words = new LinkedHashMap<>();
        for (String kind : List.of("NUMBER", "CEILING", "DATE", "FREQUENCY", "COMPLETION", "COMPOUND", "NONE")) {
            words.put("kind." + kind, msg("agency.kind." + kind));
        }
        for (String key : List.of("reading.judged", "reading.none", "rate.label", "rate.met", "rate.missed",
                "rate.over", "rate.notANumber")) {
            words.put(key, msg("agency." + key, format.thresholdText()));
        }
        words.put("threshold", format.thresholdText());
        return words;
    }
}
