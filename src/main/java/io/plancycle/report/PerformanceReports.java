package io.plancycle.report;

import io.plancycle.PlanCycleProperties;
import io.plancycle.document.Document;
import io.plancycle.plan.Achievement;
import io.plancycle.plan.Outcome;
import io.plancycle.plan.Outcomes;
import io.plancycle.plan.PlanBooks;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanTables;
import io.plancycle.plan.PlanView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The performance report (施政績效報告) a cycle gives of the year before it: per KPI the target, the actual, the
 * achievement rate, how it came out and the agency's explanation, under each agency's count of outcomes (the one
 * rule of {@link Outcome}, as the charts and the approver count them). Per agency, or the whole city with a summary
 * table first.
 */
@Service
public class PerformanceReports {

    private final PlanService planService;
    private final PlanBooks planBooks;
    private final PlanCycleProperties properties;

    PerformanceReports(PlanService planService, PlanBooks planBooks, PlanCycleProperties properties) {
        this.planService = planService;
        this.planBooks = planBooks;
        this.properties = properties;
    }

    /** An agency's report of the year before the cycle; the agency reads its own. */
    @Transactional(readOnly = true)
    public Document agency(int year, String agencyCode) {
        PlanView plan = planService.read(year, agencyCode);
        String title = properties.government() + plan.agencyName() + (year - 1) + "年度施政績效報告";
        return Document.of(title, title, agencyPart(plan, year - 1, false));
    }

    /** The whole city's report: how each agency came out, then each agency's KPIs. */
    @Transactional(readOnly = true)
    public Document city(int year) {
        return city(year, planBooks.cityPlans(year));
    }

    /** The same for the public page: callers have made sure the year is published. */
    @Transactional(readOnly = true)
    public Document publishedCity(int year) {
        return city(year, planBooks.publishedPlans(year));
    }

    private Document city(int year, List<PlanView> plans) {
        int reportYear = year - 1;
        List<List<Document.Cell>> rows = new ArrayList<>();
        Outcomes total = Outcomes.NONE;
        for (PlanView plan : plans) {
            Outcomes outcomes = outcomes(plan, reportYear);
            total = total.plus(outcomes);
            rows.add(countRow(plan.agencyName(), outcomes));
        }
        rows.add(countRow("合計", total));
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Document.Heading(2, "各機關關鍵績效指標達成情形"));
        blocks.add(new Document.Table(reportYear + "年度達成情形", List.of(new Document.Column("機關", 8),
                new Document.Column("指標數", 5), new Document.Column(word(Outcome.MET), 5),
                new Document.Column(word(Outcome.NOT_MET), 5), new Document.Column(word(Outcome.OVER_THRESHOLD), 8),
                new Document.Column(word(Outcome.NOT_JUDGED), 8)), rows));
        plans.forEach(plan -> blocks.addAll(agencyPart(plan, reportYear, true)));
        String title = properties.government() + reportYear + "年度施政績效報告";
        return Document.of(title, title, blocks);
    }

    private List<Document.Block> agencyPart(PlanView plan, int reportYear, boolean headed) {
        Outcomes o = outcomes(plan, reportYear);
        List<Document.Block> blocks = new ArrayList<>();
        if (headed) {
            blocks.add(new Document.Heading(1, plan.agencyName()));
        }
        blocks.add(new Document.Paragraph(reportYear + "年度關鍵績效指標共 " + o.kpis() + " 項：" + word(Outcome.MET)
                + " " + o.met() + " 項、" + word(Outcome.NOT_MET) + " " + o.notMet() + " 項、" + word(Outcome.OVER_THRESHOLD) + " "
                + o.overThreshold() + " 項、" + word(Outcome.NOT_JUDGED) + " " + o.notJudged() + " 項。"));
        List<Document.Column> columns = new ArrayList<>(PlanTables.kpiColumns());
        columns.addAll(List.of(new Document.Column(PlanTables.targetHeader(reportYear), 8),
                new Document.Column(PlanTables.actualHeader(reportYear), 8), new Document.Column("達成率", 6),
                new Document.Column("達成情形", 8), new Document.Column(PlanTables.EXPLANATION_HEADER, 20)));
        List<List<Document.Cell>> rows = new ArrayList<>();
        for (PlanView.GoalView goal : plan.reportedGoals()) {
            for (PlanView.KpiView kpi : goal.kpis()) {
                PlanView.ActualView actual = kpi.actuals().get(reportYear);
                List<Document.Cell> row = new ArrayList<>(PlanTables.kpiCells(goal, kpi));
                row.add(PlanTables.target(kpi, reportYear));
                row.add(Document.Cell.text(actual == null ? "" : actual.value()));
                row.add(rate(actual));
                row.add(Document.Cell.text(word(Outcome.of(achievement(kpi, reportYear)))));
                row.add(Document.Cell.text(actual == null ? "" : actual.explanation()));
                rows.add(row);
            }
        }
        blocks.add(new Document.Table(plan.agencyName(), columns, rows));
        return blocks;
    }

    /** How the plan's KPIs came out in the year, counted by the one rule. */
    private static Outcomes outcomes(PlanView plan, int year) {
        Outcomes outcomes = Outcomes.NONE;
        for (PlanView.GoalView goal : plan.reportedGoals()) {
            for (PlanView.KpiView kpi : goal.kpis()) {
                outcomes = outcomes.plus(achievement(kpi, year));
            }
        }
        return outcomes;
    }

    /** A KPI without a target or an actual that year is not judged. */
    private static Achievement achievement(PlanView.KpiView kpi, int year) {
        PlanView.ActualView actual = kpi.actuals().get(year);
        return actual == null || !kpi.targets().containsKey(year) ? new Achievement(null, null, false)
                : new Achievement(actual.rate(), actual.met(), actual.overThreshold());
    }

    private static Document.Cell rate(PlanView.ActualView actual) {
        if (actual == null || actual.rate() == null) {
            return Document.Cell.text("");
        }
        return Document.Cell.percent(actual.rate(), Achievement.percent(actual.rate()));
    }

    private static List<Document.Cell> countRow(String name, Outcomes o) {
        return List.of(Document.Cell.text(name), count(o.kpis()), count(o.met()), count(o.notMet()),
                count(o.overThreshold()), count(o.notJudged()));
    }

    private static Document.Cell count(int n) {
        return Document.Cell.number(BigDecimal.valueOf(n), String.valueOf(n));
    }

    private String overThreshold() {
        return "達成率逾" + properties.overThresholdPercent().stripTrailingZeros().toPlainString() + "%";
    }

    private String word(Outcome outcome) {
        return switch (outcome) {
            case MET -> "達成";
            case NOT_MET -> "未達成";
            case OVER_THRESHOLD -> overThreshold();
            case NOT_JUDGED -> "未評定／無目標";
        };
    }
}
