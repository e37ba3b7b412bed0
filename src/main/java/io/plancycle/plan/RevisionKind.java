package io.plancycle.plan;

/**
 * The kinds of change to an approved plan (滾動修正), whether typed while drafting or in a revision round, all seen in
 * the city's plans: the one list of them, each with the words the city's summary table reads it in. The pages name
 * them by the message {@code change.kind.{NAME}} (the Chinese bundle holds these same words, RevisionKindTest checks).
 */
public enum RevisionKind {
    /** Raise or lower a year's target, or give or take away a year's target. */
    TARGET_CHANGE("年度目標值修正"),
    /** Change how a KPI is measured (衡量標準). */
    MEASURE_CHANGE("衡量標準修正"),
    KPI_ADDED("新增關鍵績效指標"),
    /** "經檢討為非核心業務，將其刪除" */
    KPI_DELETED("刪除"),
    /** A KPI merged into another KPI of the plan, which it names. */
    KPI_MERGED("併入"),
    KPI_RENAMED("名稱修正"),
    UNIT_CHANGE("單位修正"),
    /** Whether a higher or a lower value is better, or the target is a milestone. */
    DIRECTION_CHANGE("方向修正"),
    /** "原三、四項關鍵策略目標整併為一項": recorded once per KPI that moved into the kept goal. */
    GOALS_MERGED("關鍵策略目標整併"),
    /** Move a KPI to another goal. */
    KPI_MOVED("移列"),
    GOAL_ADDED("新增關鍵策略目標"),
    GOAL_RENAMED("關鍵策略目標名稱修正"),
    GOAL_DELETED("刪除關鍵策略目標");

    private final String label;

    RevisionKind(String label) {
        this.label = label;
    }

    /** The kind in the city's words: 年度目標值修正, 刪除 … */
    public String label() {
        return label;
    }

    /** Whether the change is about a goal rather than one KPI. */
    public boolean aboutGoal() {
        return name().startsWith("GOAL");
    }

    /**
     * The change as the summary table reads it: 110年度目標值修正, 併入「一-2 …」, 移列至「二、…」; {@code year} for a
     * target, {@code after} the KPI merged into or the goal moved to.
     */
    public String describe(Integer year, String after) {
        return switch (this) {
            case TARGET_CHANGE -> year == null ? label : year + label;
            case KPI_MERGED -> label + "「" + after + "」";
            case KPI_MOVED -> label + "至「" + after + "」";
            default -> label;
        };
    }
}
