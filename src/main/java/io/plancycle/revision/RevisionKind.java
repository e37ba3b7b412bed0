package io.plancycle.revision;

/** The kinds of change an agency makes in a rolling revision (滾動修正), all seen in the city's plans. */
public enum RevisionKind {
    /** Raise or lower a year's target. */
    TARGET_CHANGE,
    /** Change how a KPI is measured (衡量標準). */
    MEASURE_CHANGE,
    KPI_ADDED,
    /** "經檢討為非核心業務，將其刪除" */
    KPI_DELETED,
    /** "原三、四項關鍵策略目標整併為一項": recorded once per KPI that moved into the kept goal. */
    GOALS_MERGED,
    /** Move a KPI to another goal. */
    KPI_MOVED
}
