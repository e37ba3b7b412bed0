package io.plancycle.revision;

import java.util.Map;

/**
 * A row of the KPI rolling revision summary table (關鍵績效指標(KPI)滾動修正項目彙總表): one revised KPI with its
 * agency, goal, measure, revised target per year, the reasons and where it stands in the plan; {@code needsJudgement}
 * where a target changed between a figure and a text, neither harder nor easier until the evaluation team judges it.
 */
public record SummaryRow(String agency, String goal, String kpi, String measure, Map<Integer, String> revisedTargets,
                         String reason, String page, boolean needsJudgement) {

    /** What the table says of a change between a figure and a text target. */
    public static final String JUDGEMENT_NOTE = "目標值於數值與文字間變更，難易由審查小組判斷";
}
