package io.plancycle.step;

/**
 * The six due dates of the cycle's calendar, in the order they fall; each {@link Step} is due on one of them, or (a
 * later round of review, a revision the approver asked for) on a date of its own counted from the return. Stored by
 * name with each cycle and each move of a due date.
 */
public enum Stage {
    DRAFTING("草擬施政計畫"),
    REVIEW("書面審查"),
    REVISION("滾動修正"),
    REPORT("施政績效報告"),
    CONSOLIDATION("彙整"),
    APPROVAL("核定");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    /** The stage named in a URL or a request, in any case ("review", "REVIEW"). */
    public static Stage parse(String name) {
        for (Stage stage : values()) {
            if (stage.name().equalsIgnoreCase(name)) {
                return stage;
            }
        }
        throw new io.plancycle.problem.InvalidInputException("stage", io.plancycle.problem.MessageCode.CYCLE_STAGE_UNKNOWN);
    }

    /** The step's name as users read it, in the notices about its due date. */
    public String label() {
        return label;
    }
}
