package io.plancycle.report;

import io.plancycle.plan.PlanView;
import io.plancycle.plan.TargetKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static io.plancycle.plan.AgencyPlanForm.bool;
import static io.plancycle.plan.AgencyPlanForm.text;
import static io.plancycle.plan.AgencyPlanForm.trimmed;

/**
 * The performance report's form: one line per KPI that had a target in the year reported, in the plan's order, so
 * that the service's {@code actuals[i]} is the form's {@code lines[i]}.
 */
public class AgencyReportForm {

    public List<Line> lines = new ArrayList<>();

    public static class Line {
        public Long kpiId;
        public String value;
        public String met;
        public String explanation;
    }

    /** Every KPI with a target in the report year, prefilled with the actual the draft carried. */
    public static AgencyReportForm of(PlanView plan, int reportYear) {
        AgencyReportForm form = new AgencyReportForm();
        for (PlanView.KpiView kpi : reported(plan, reportYear)) {
            Line line = new Line();
            line.kpiId = kpi.id();
            PlanView.ActualView actual = kpi.actuals().get(reportYear);
            if (actual != null) {
                line.value = actual.value();
                line.met = numeric(kpi.targets().get(reportYear)) || actual.met() == null ? "" : actual.met().toString();
                line.explanation = actual.explanation();
            }
            form.lines.add(line);
        }
        return form;
    }

    /**
     * The KPIs the report covers: those with a target (not "-") in the report year, in the plan's order, then those
     * withdrawn from the plan since.
     */
    public static List<PlanView.KpiView> reported(PlanView plan, int reportYear) {
        return plan.reportedGoals().stream().flatMap(g -> g.kpis().stream())
                .filter(k -> k.targets().get(reportYear) != null && k.targets().get(reportYear).kind() != TargetKind.NONE)
                .toList();
    }

    public static boolean numeric(PlanView.TargetView target) {
        return target != null && (target.kind() == TargetKind.NUMBER || target.kind() == TargetKind.CEILING);
    }

    public AgencyReportForm normalized() {
        if (lines == null) {
            lines = new ArrayList<>();
        }
        lines.removeIf(Objects::isNull);
        return this;
    }

    /** The line for a KPI, or an empty one. */
    public Line line(Long kpiId) {
        return lines.stream().filter(l -> Objects.equals(l.kpiId, kpiId)).findFirst().orElseGet(Line::new);
    }

    public int indexOf(Long kpiId) {
        for (int i = 0; i < lines.size(); i++) {
            if (Objects.equals(lines.get(i).kpiId, kpiId)) {
                return i;
            }
        }
        return -1;
    }

    public ReportRequest toRequest(PlanView plan, int reportYear) {
        java.util.Map<Long, PlanView.KpiView> byId = new java.util.HashMap<>();
        plan.reportedGoals().forEach(g -> g.kpis().forEach(k -> byId.put(k.id(), k)));
        List<ReportRequest.ActualRequest> actuals = new ArrayList<>();
        for (Line line : lines) {
            PlanView.KpiView kpi = byId.get(line.kpiId);
            boolean numeric = kpi != null && numeric(kpi.targets().get(reportYear));
            actuals.add(new ReportRequest.ActualRequest(line.kpiId, reportYear, trimmed(line.value),
                    numeric ? null : bool(line.met), text(line.explanation)));
        }
        return new ReportRequest(actuals);
    }
}
