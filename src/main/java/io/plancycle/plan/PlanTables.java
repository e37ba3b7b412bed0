package io.plancycle.plan;

import io.plancycle.document.Document;

import java.math.BigDecimal;
import java.util.List;

/**
 * The cells every KPI table of the city's documents starts with (關鍵策略目標 · 關鍵績效指標 · 衡量標準) and the
 * target cell: the plan book and the performance report list KPIs alike. Their headers are named once, here, for
 * the tables written and for the spreadsheets an agency sends back ({@link ImportColumns}).
 */
public final class PlanTables {

    public static final String GOAL_HEADER = "關鍵策略目標";
    public static final String KPI_HEADER = "關鍵績效指標";
    public static final String MEASURE_HEADER = "衡量標準";
    public static final String EXPLANATION_HEADER = "未達成原因說明";
    static final String TARGET_HEADER = "年度目標值";
    static final String ACTUAL_HEADER = "年度實際值";

    private PlanTables() {
    }

    public static List<Document.Column> kpiColumns() {
        return List.of(new Document.Column(GOAL_HEADER, 14), new Document.Column(KPI_HEADER, 16),
                new Document.Column(MEASURE_HEADER, 14));
    }

    /** The header of a year's targets: 110年度目標值. */
    public static String targetHeader(int year) {
        return year + TARGET_HEADER;
    }

    /** The header of a year's actuals: 109年度實際值. */
    public static String actualHeader(int year) {
        return year + ACTUAL_HEADER;
    }

    public static List<Document.Cell> kpiCells(PlanView.GoalView goal, PlanView.KpiView kpi) {
        return List.of(Document.Cell.text(Numbering.goalTitle(goal.no(), goal.title())),
                Document.Cell.text(Numbering.kpiTitle(kpi.no(), kpi.name())), Document.Cell.text(kpi.measure()));
    }

    /** A year's target as written; a number when it is written as a plain number ("500", not "≧500" or "95%"). */
    public static Document.Cell target(PlanView.KpiView kpi, int year) {
        PlanView.TargetView target = kpi.targets().get(year);
        if (target == null) {
            return Document.Cell.text("");
        }
        return isPlainNumber(target.raw()) ? Document.Cell.number(new BigDecimal(target.raw().strip()), target.raw())
                : Document.Cell.text(target.raw());
    }

    /** A target written as a plain number, which a spreadsheet keeps as a number: "500", not "≧500" or "95%". */
    static boolean isPlainNumber(String raw) {
        return raw != null && raw.strip().matches("-?\\d+(\\.\\d+)?");
    }

    /** The title of an agency's part of the city's plan: 嘉義市政府民政處中程(108至111年度)施政計畫. */
    public static String agencyTitle(PlanView plan, String government) {
        String title = plan.title() == null ? "" : plan.title();
        return title.startsWith(government)
                ? government + plan.agencyName() + title.substring(government.length())
                : government + plan.agencyName() + title;
    }
}
