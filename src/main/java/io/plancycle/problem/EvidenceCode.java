package io.plancycle.problem;

/**
 * The refusals about the evidence behind an actual (佐證資料); keys of {@code messages/problem*.properties}, arguments as
 * in {@link MessageCode}.
 */
public enum EvidenceCode implements ProblemCode {
    /** The agency {0} is at the step {1} (a {@link Term}); evidence changes only while drafting and reporting. */
    EVIDENCE_LOCKED("evidence.locked"),
    /** No evidence {0} in the report of {1}. */
    EVIDENCE_NOT_FOUND("evidence.notFound"),
    /** The KPI {0} is not in the report of {1} for {2}. */
    EVIDENCE_KPI_UNKNOWN("evidence.kpi.unknown"),
    /** No file, or an empty one. */
    EVIDENCE_FILE_EMPTY("evidence.file.empty"),
    /** The file is larger than {0} MiB. */
    EVIDENCE_FILE_TOO_LARGE("evidence.file.tooLarge"),
    /** The file's content is none of the kinds accepted, listed in {0}. */
    EVIDENCE_FILE_KIND("evidence.file.kind"),
    /** The file has no name. */
    EVIDENCE_FILE_NAME_MISSING("evidence.file.nameMissing"),
    /** The file's name {0} does not fit its content, a {1} file. */
    EVIDENCE_FILE_NAME_MISMATCH("evidence.file.nameMismatch"),
    /** The actual's files would add up to more than {0} MiB; {1} MiB are kept already. */
    EVIDENCE_ACTUAL_FULL("evidence.actual.full"),
    /** The as-of date is after today. */
    EVIDENCE_AS_OF_FUTURE("evidence.asOf.future");

    private final String key;

    EvidenceCode(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
