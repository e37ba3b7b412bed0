package io.plancycle.demo;

import java.util.List;
import java.util.Map;

/**
 * Where each of the city's 20 agencies stands in the demo cycle, and what its people wrote: the evaluation team's
 * comments on real KPIs of the agency, the agency's reasons for its revisions, last year's actuals the story turns on.
 * Texts name years through {@code %1$d} (last year, reported on) and {@code %2$d} (the cycle's year).
 */
final class DemoStory {

    private DemoStory() {
    }

    /** Plan submitted, written review approved, performance report filed. */
    static final List<String> DONE = List.of("land-administration", "budget-accounting-statistics", "civil-service-ethics");

    /** Approved at review after the report's due date was brought forward: filing its report, overdue. */
    static final String REPORTING_OVERDUE = "police";

    /** Returned with comments per KPI; nothing revised yet. */
    static final String RETURNED = "civil-affairs";
    /** Why a draft keeps a target below what was reached last year, and what the agency will do (the city asks both). */
    static final String BELOW_ACTUAL_CAUSE = "前一年度實際值受一次性因素影響而偏高，本年度目標值維持原核定計畫。";
    static final String BELOW_ACTUAL_COUNTERMEASURE = "持續追蹤執行進度，於下一年度滾動修正時檢討目標值。";

    /** Returned, revisions saved with their reasons, not resubmitted yet. */
    static final String REVISING = "tourism-information";

    /** Submitted, waiting for the written review. */
    static final List<String> SUBMITTED = List.of("construction", "public-works", "social-affairs", "administration",
            "smart-technology", "personnel", "finance-taxation", "public-health", "fire");

    /** Drafting: a draft saved, not submitted. */
    /** The review panel's two members, assigned to the first two agencies under review (建設處, 工務處). */
    static final List<String> PANEL = List.of("panel1", "panel2");
    static final List<String> PANEL_AGENCIES = List.of("construction", "public-works");
    static final List<String> DRAFT_SAVED = List.of("education");

    /** Sent by its clerk, waiting for its head's sign-off (文化局: the demo's agency with a head). */
    static final String AWAITING_SIGN_OFF = "cultural-affairs";

    /** Drafting: the draft not touched yet. */
    static final List<String> DRAFT_UNTOUCHED = List.of("urban-development", "transportation", "environmental-protection");

    static final String APPROVED = "計畫內容完整，各項指標目標值設定合理，准予通過。請依限提報%1$d年度施政績效報告。";

    static final String REPORT_BROUGHT_FORWARD = "配合市議會定期大會施政報告期程，%1$d年度施政績效報告須提前彙整陳核，"
            + "提報期限提前；已核定之機關請儘速提報。";

    /** 民政處: 提高市民參加原住民歲時祭儀及客家節慶活動之參與度 (1-1) and 辦理市民集團結婚 (3-1) far over their targets. */
    static final KpiPlace FESTIVAL = new KpiPlace(1, 1);
    static final KpiPlace WEDDING = new KpiPlace(3, 1);
    static final KpiPlace NEW_RESIDENTS = new KpiPlace(5, 2);
    static final Map<KpiPlace, String> RETURNED_ACTUALS = Map.of(FESTIVAL, "920", WEDDING, "42");
    static final String RETURNED_OVERALL = "整體計畫架構完整，惟部分指標%1$d年達成率逾130%%，目標值設定偏低，請依本府規定調高%2$d年以後"
            + "目標值並於修正理由中說明；其餘指標請併同檢視是否仍具挑戰性。";
    static final List<Map.Entry<KpiPlace, String>> RETURNED_COMMENTS = List.of(
            Map.entry(FESTIVAL, "%1$d年每場次參與人數920人，達成率141.5%%，已逾130%%，請調高%2$d年以後目標值（建議每場次至少800人），"
                    + "以具挑戰性。"),
            Map.entry(WEDDING, "集團結婚%1$d年參加42對，達成率140%%，請檢討目標值並酌予調高。"),
            Map.entry(NEW_RESIDENTS, "新住民相關措施服務人數歷年均達目標，建議增列服務滿意度等成果面指標，以衡量實際照顧成效。"));

    /** 觀光新聞處: 新聞發布 (5-1) far over its target, 嘉義市旅館住宿人數 (4-1) over it. */
    static final KpiPlace NEWS = new KpiPlace(5, 1);
    static final KpiPlace HOTEL_GUESTS = new KpiPlace(4, 1);
    static final Map<KpiPlace, String> REVISING_ACTUALS = Map.of(NEWS, "368", HOTEL_GUESTS, "171萬");
    static final String REVISING_OVERALL = "新聞發布則數%1$d年達成率逾130%%，請調高目標值；旅館住宿人數請考量觀光回升趨勢，"
            + "重新檢討%2$d年以後目標值。";
    static final List<Map.Entry<KpiPlace, String>> REVISING_COMMENTS = List.of(
            Map.entry(NEWS, "%1$d年新聞發布368則，達成率147.2%%，已逾130%%，請調高%2$d年以後目標值。"),
            Map.entry(HOTEL_GUESTS, "%1$d年旅館住宿人數171萬人次，已逾目標值160萬人次，請評估調高目標值並說明推估依據。"));

    /** 觀光新聞處's reply (回覆說明) to each comment, by the KPI the comment is about. */
    static final List<Map.Entry<KpiPlace, String>> REVISING_REPLIES = List.of(
            Map.entry(NEWS, "遵照辦理。%2$d年目標值由250則調高為300則。"),
            Map.entry(HOTEL_GUESTS, "遵照辦理。依%1$d年住宿人數171萬人次及疫後觀光回升趨勢推估，%2$d年目標值調高為170萬人次；"
                    + "次年維持，俟新設旅館開幕後再行檢討。"));

    /** A target the agency revised: the KPI, the year after the cycle's ({@code 0} the cycle's, {@code 1} the next). */
    record TargetRevision(KpiPlace kpi, int yearAfterCycle, String value, String reason) {
    }

    static final List<TargetRevision> REVISIONS = List.of(
            new TargetRevision(NEWS, 0, "300", "%1$d年新聞發布368則，達成率147.2%%，逾130%%，依審查意見將%2$d年目標值由250則調高為300則。"),
            new TargetRevision(HOTEL_GUESTS, 0, "170萬", "依%1$d年住宿人數171萬人次及觀光回升趨勢，%2$d年目標值由160萬人次"
                    + "調高為170萬人次。"));
}
