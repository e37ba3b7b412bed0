package io.plancycle.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The baseline plans of a new medium-term plan, one per agency of the reorganised city, built in memory: each agency's
 * sections, goals, KPIs and measures from the parts of the current plans it takes (several plans' sections one after
 * the other in a merge), goals numbered 一, 二 … anew, and the targets of the new plan's years that the current plans
 * already have; or, for an agency with a sheet in an imported spreadsheet, the goals and KPIs of its sheet.
 */
final class NewBaselines {

    /** A goal read from a sheet, with its KPIs. */
    record SheetGoal(int no, String title, List<SheetKpi> kpis) {
    }

    /** A KPI read from a sheet: its name, measure and targets as written, by year. */
    record SheetKpi(int no, String name, String measure, Map<Integer, String> targets) {
    }

    /** The goals and KPIs of one agency's sheet, and the sheet's name. */
    record Sheet(String name, List<SheetGoal> goals) {
    }

    private NewBaselines() {
    }

    /** Each successor's baseline, in the city's new order; {@code sheets} by agency code. */
    static List<Plan> build(String title, int firstYear, int lastYear, List<CityReorganisation.Successor> successors,
                            Map<String, Sheet> sheets) {
        List<Plan> plans = new ArrayList<>();
        for (CityReorganisation.Successor successor : successors) {
            Plan plan = new Plan(successor.agency(), null, firstYear, lastYear, SubmissionStage.BASELINE);
            plan.nameAgency(successor.name());
            plan.setTitle(title);
            List<Plan> sources = successor.parts().stream().map(CityReorganisation.Part::source).filter(Objects::nonNull)
                    .distinct().toList();
            plan.setSections(joined(sources, Plan::getMission), joined(sources, Plan::getVision),
                    joined(sources, Plan::getSituation), joined(sources, Plan::getStrategies),
                    joined(sources, Plan::getPriorities));
            Sheet sheet = sheets.get(successor.agency().getCode());
            if (sheet != null) {
                fromSheet(plan, sheet, firstYear, lastYear);
            } else {
                successor.parts().forEach(part -> carry(plan, part, firstYear, lastYear));
            }
            plans.add(plan);
        }
        return plans;
    }

    private static void carry(Plan plan, CityReorganisation.Part part, int firstYear, int lastYear) {
        if (part.source() == null) {
            return;
        }
        for (Goal sourceGoal : part.source().liveGoals()) {
            if (!part.goals().contains(sourceGoal)) {
                continue;
            }
            Goal goal = plan.addGoal(plan.liveGoals().size() + 1, sourceGoal.getTitle());
            sourceGoal.liveKpis().stream().filter(part.kpis()::contains).forEach(kpi ->
                    goal.addCopyOf(kpi, goal.liveKpis().size() + 1, y -> y >= firstYear && y <= lastYear));
        }
    }

    private static void fromSheet(Plan plan, Sheet sheet, int firstYear, int lastYear) {
        for (SheetGoal sheetGoal : sheet.goals()) {
            Goal goal = plan.addGoal(sheetGoal.no(), sheetGoal.title());
            for (SheetKpi sheetKpi : sheetGoal.kpis()) {
                List<ParsedTarget> parsed = sheetKpi.targets().values().stream().map(TargetParser::parse).toList();
                Kpi kpi = goal.addKpi(sheetKpi.no(), sheetKpi.name(), sheetKpi.measure(),
                        Direction.infer(sheetKpi.name(), sheetKpi.measure(), parsed));
                sheetKpi.targets().forEach((year, raw) -> {
                    if (year >= firstYear && year <= lastYear) {
                        kpi.setTarget(year, raw);
                    }
                });
            }
        }
    }

    /** The texts of the plans one after the other, each once; null when none has any. */
    private static String joined(List<Plan> sources, Function<Plan, String> section) {
        Set<String> texts = new LinkedHashSet<>();
        sources.stream().map(section).filter(t -> t != null && !t.isBlank()).map(String::strip).forEach(texts::add);
        return texts.isEmpty() ? null : String.join("\n\n", texts);
    }

    /** What the baselines hold, agency by agency, for the preview and the answer of a start. */
    static List<MediumTermPreview.AgencyPlan> describe(List<Plan> plans, List<CityReorganisation.Successor> successors,
                                                       Map<String, Sheet> sheets) {
        Map<Agency, CityReorganisation.Successor> byAgency = successors.stream()
                .collect(Collectors.toMap(CityReorganisation.Successor::agency, Function.identity()));
        List<MediumTermPreview.AgencyPlan> lines = new ArrayList<>();
        for (Plan plan : plans) {
            CityReorganisation.Successor successor = byAgency.get(plan.getAgency());
            int years = plan.getLastYear() - plan.getFirstYear() + 1;
            List<MediumTermPreview.GoalLine> goals = plan.liveGoals().stream().map(goal -> new MediumTermPreview.GoalLine(
                    goal.getNo(), goal.getTitle(), goal.liveKpis().stream().map(NewBaselines::kpiLine).toList())).toList();
            int kpis = plan.liveKpis().size();
            int targets = plan.liveKpis().stream().mapToInt(k -> k.getTargets().size()).sum();
            Sheet sheet = sheets.get(plan.getAgency().getCode());
            lines.add(new MediumTermPreview.AgencyPlan(plan.getAgency().getCode(), plan.getAgencyName(), successor.kind(),
                    successor.predecessors().stream().map(Agency::getName).toList(), sheet == null ? null : sheet.name(),
                    kpis, targets, kpis * years - targets, goals));
        }
        return lines;
    }

    private static MediumTermPreview.KpiLine kpiLine(Kpi kpi) {
        Map<Integer, String> targets = new TreeMap<>();
        kpi.getTargets().forEach(t -> targets.put(t.getYear(), t.getRaw()));
        return new MediumTermPreview.KpiLine(kpi.getNo(), kpi.getName(), kpi.getMeasure(), targets);
    }
}
