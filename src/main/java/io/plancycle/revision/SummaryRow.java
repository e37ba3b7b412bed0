package io.plancycle.revision;

import java.util.Map;

/**
 * A row of the KPI rolling revision summary table (關鍵績效指標(KPI)滾動修正項目彙總表): one revised KPI with its
 * agency, goal, measure, revised target per year, the reasons and where it stands in the plan.
 */
public record SummaryRow(String agency, String goal, String kpi, String measure, Map<Integer, String> revisedTargets,
                         String reason, String page) {
}
