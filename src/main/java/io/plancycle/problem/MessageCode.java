package io.plancycle.problem;

/**
 * The refusals PlanCycle gives about requests, plans, cycles, reviews and documents, by a stable key of the message
 * bundles {@code messages/problem*.properties}; the pages and the API render it in the reader's language. The
 * arguments each message takes are named in its javadoc, in the order they are passed ({0}, {1}, ...). The people's
 * and the evidence's refusals are {@link PeopleCode} and {@link EvidenceCode} ({@link ProblemCode}).
 */
public enum MessageCode implements ProblemCode {
    /** A value is required. */
    FIELD_REQUIRED("field.required"),
    /** Longer than allowed: {0} the most characters. */
    FIELD_TOO_LONG("field.tooLong"),
    /** Refused by a rule without a message of its own. */
    FIELD_INVALID("field.invalid"),
    /** A number beyond what the field takes. */
    FIELD_OUT_OF_RANGE("field.outOfRange"),
    /** Not of the type the field takes (text for a number, a malformed date). */
    FIELD_WRONG_TYPE("field.wrongType"),
    /** A number below zero. */
    FIELD_NEGATIVE("field.negative"),
    /** A number outside {0} to {1}. */
    FIELD_BETWEEN("field.between"),
    /** Not a whole number of at least {0}. */
    FIELD_WHOLE_NUMBER_FROM("field.wholeNumber.from"),
    /** Not a whole number from {0} to {1}. */
    FIELD_WHOLE_NUMBER_RANGE("field.wholeNumber.range"),
    /** Not a date. */
    FIELD_DATE("field.date"),
    /** Not one of the values {0} (listed). */
    FIELD_ONE_OF("field.oneOf"),

    /** The request body is not JSON. */
    BODY_NOT_JSON("body.notJson"),
    /** The request body is not UTF-8. */
    BODY_NOT_UTF8("body.notUtf8"),
    /** The request body is missing or cannot be read. */
    BODY_UNREADABLE("body.unreadable"),
    /** The request body is larger than {0} KiB. */
    REQUEST_TOO_LARGE("request.tooLarge"),
    /** Someone else saved the same thing first. */
    CHANGED_MEANWHILE("request.changedMeanwhile"),
    /** Something unforeseen went wrong. */
    INTERNAL_ERROR("request.internalError"),
    /** Nobody signed in. */
    SIGN_IN_REQUIRED("request.signInRequired"),
    /** The route {0} (method and path) is not open to the caller. */
    ROUTE_FORBIDDEN("request.routeForbidden"),

    /** The title of a problem answer: invalid input. */
    TITLE_INVALID_INPUT("title.invalidInput"),
    /** The title of a problem answer: the step is not the one the request is for. */
    TITLE_WRONG_STAGE("title.wrongStage"),
    /** The title of a problem answer: refused as in conflict with what was done before. */
    TITLE_CONFLICT("title.conflict"),
    /** The title of a problem answer: someone else changed it first. */
    TITLE_CHANGED_MEANWHILE("title.changedMeanwhile"),
    /** The title of a problem answer: not found. */
    TITLE_NOT_FOUND("title.notFound"),
    /** The title of a problem answer: not signed in. */
    TITLE_UNAUTHORIZED("title.unauthorized"),
    /** The title of a problem answer: not allowed. */
    TITLE_FORBIDDEN("title.forbidden"),
    /** The title of a problem answer: the request is too large. */
    TITLE_TOO_LARGE("title.tooLarge"),
    /** The title of a problem answer: an unforeseen error. */
    TITLE_INTERNAL_ERROR("title.internalError"),

    /** No agency has the code {0}. */
    AGENCY_UNKNOWN("agency.unknown"),
    /** The agency {0} has no plan in the cycle of the year {1}. */
    PLAN_NOT_FOUND("plan.notFound"),
    /** The plan is at version {0}, the request was made on version {1}. */
    PLAN_SAVED_MEANWHILE("plan.savedMeanwhile"),
    /** The agency {0} is at the step {1} (a {@link Term}), not {2}. */
    PLAN_WRONG_STEP("plan.wrongStep"),
    /** The agency {0} is at the step {1}, where nothing can be submitted. */
    PLAN_NOT_SUBMITTABLE("plan.notSubmittable"),
    /** The agency {0} has no open task of the step {1}. */
    PLAN_NO_OPEN_TASK("plan.noOpenTask"),
    /** The task of the agency {0} at the step {1} was completed by another request. */
    PLAN_TASK_COMPLETED_MEANWHILE("plan.taskCompletedMeanwhile"),
    /** The year {0} is outside the plan, which may run from {1} to {2}. */
    PLAN_YEAR_OUTSIDE("plan.year.outside"),
    /** The goal {0} is not (any more) in the plan. */
    PLAN_GOAL_UNKNOWN("plan.goal.unknown"),
    /** The KPI {0} is not (any more) in the plan. */
    PLAN_KPI_UNKNOWN("plan.kpi.unknown"),
    /** The plan has no key strategic goal. */
    PLAN_GOALS_MISSING("plan.goals.missing"),
    /** A goal has no KPI. */
    PLAN_GOAL_KPIS_MISSING("plan.goal.kpis.missing"),
    /** A KPI has no target for the year {0}. */
    PLAN_KPI_TARGET_MISSING("plan.kpi.target.missing"),
    /** A KPI has no actual for the year {0}. */
    PLAN_KPI_ACTUAL_MISSING("plan.kpi.actual.missing"),
    /** A change made while drafting, of the kind {0} (a {@link Term}), still without its reason. */
    PLAN_CHANGE_REASON_MISSING("plan.change.reason.missing"),
    /** The target of the year {0} changed while drafting, still without its reason. */
    PLAN_TARGET_REASON_MISSING("plan.change.reason.targetMissing"),
    /** The target {2} of the year {0} is lower than {1} (the target it was, or last year's actual) and gives no cause. */
    TARGET_LOWERED_CAUSE_MISSING("target.lowered.cause.missing"),
    /** The target {2} of the year {0} is lower than {1} and gives no countermeasure. */
    TARGET_LOWERED_COUNTERMEASURE_MISSING("target.lowered.countermeasure.missing"),
    /** An actual for the year {0}, which has no target. */
    ACTUAL_WITHOUT_TARGET("actual.withoutTarget"),
    /** An actual that is not a number where the target {0} is one. */
    ACTUAL_NOT_A_NUMBER("actual.notANumber"),
    /** Met or not is not said for the target {0}. */
    ACTUAL_MET_MISSING("actual.met.missing"),
    /** The target {0} was missed without an explanation. */
    ACTUAL_EXPLANATION_MISSING("actual.explanation.missing"),

    /** The year is not one of the plan's remaining years, {0} to {1}. */
    REVISION_YEAR_NOT_REMAINING("revision.year.notRemaining"),
    /** {0} is already the target of the year {1}. */
    REVISION_TARGET_UNCHANGED("revision.target.unchanged"),
    /** A changed target is blank. */
    REVISION_TARGET_MISSING("revision.target.missing"),
    /** A change of the kind {0} (a {@link Term}) without its reason. */
    REVISION_REASON_MISSING("revision.reason.missing"),
    /** A change that names no KPI. */
    REVISION_KPI_MISSING("revision.kpi.missing"),
    /** A change that names no goal. */
    REVISION_GOAL_MISSING("revision.goal.missing"),
    /** A merge of fewer than two goals. */
    REVISION_MERGE_TOO_FEW("revision.merge.tooFew"),
    /** A merge naming a goal twice. */
    REVISION_MERGE_TWICE("revision.merge.twice"),
    /** The KPI {0} is moved to the goal it is under already. */
    REVISION_MOVE_SAME_GOAL("revision.move.sameGoal"),
    /** A direction that is none of higher is better, lower is better, milestone. */
    REVISION_DIRECTION_UNKNOWN("revision.direction.unknown"),
    /** A KPI merged into itself. */
    REVISION_MERGE_SELF("revision.merge.self"),
    /** The value {0} is what the plan has already. */
    REVISION_UNCHANGED("revision.unchanged"),
    /** Last year ({0}) the achievement rate exceeded {1}% and no remaining target was made more challenging. */
    REVISION_TARGETS_TOO_EASY("revision.targets.tooEasy"),
    /** A reply to the comment {0}, which is not one of the comments {1}'s plan was returned with. */
    REVISION_REPLY_COMMENT_UNKNOWN("revision.reply.commentUnknown"),
    /** The comment number {0} of the round, on the KPI {1}, has no reply yet. */
    REVISION_REPLY_MISSING("revision.reply.missing"),
    /** The comment number {0} of the round, on the submission as a whole, has no reply yet. */
    REVISION_REPLY_MISSING_OVERALL("revision.reply.missing.overall"),
    /**
     * Approving while the KPI {0} stays too easy (its achievement rate in {1} over {2}%, no target made more
     * challenging) needs the reviewer's reason.
     */
    REVIEW_THRESHOLD_REASON_MISSING("review.threshold.reason.missing"),
    /**
     * Approving while the KPI {0} (its achievement rate in {1} over {2}%) changed a target between a figure and a text
     * needs the reviewer's judgement, with a reason.
     */
    REVIEW_JUDGEMENT_REASON_MISSING("review.judgement.reason.missing"),

    /** The KPI {0} is not in the plan of {1}. */
    REPORT_KPI_UNKNOWN("report.kpi.unknown"),
    /** The cycle of {0} reports on the year {1}. */
    REPORT_WRONG_YEAR("report.wrongYear"),
    /** The KPI {0} has no actual for {1} in the report. */
    REPORT_ACTUAL_MISSING("report.actual.missing"),

    /** The KPI {0} is not in the submission of {1}. */
    REVIEW_KPI_UNKNOWN("review.kpi.unknown"),

    /** The upload is not an XLSX or ODS spreadsheet. */
    IMPORT_NOT_SPREADSHEET("import.notSpreadsheet"),
    /** Unpacked, the spreadsheet holds more than {0} MiB. */
    IMPORT_TOO_LARGE("import.tooLarge"),
    /** The spreadsheet has more than {0} sheets. */
    IMPORT_TOO_MANY_SHEETS("import.tooManySheets"),
    /** The sheet has more than {0} rows with something in them. */
    IMPORT_TOO_MANY_ROWS("import.tooManyRows"),
    /** No sheet has the plan's columns (關鍵策略目標 and 關鍵績效指標). */
    IMPORT_NO_PLAN_SHEET("import.noPlanSheet"),
    /** The sheet is named after the agency {0}; the plan imported is {1}'s. */
    IMPORT_OTHER_AGENCY("import.otherAgency"),
    /** The column {0} is in the sheet already, at {1}. */
    IMPORT_COLUMN_TWICE("import.columnTwice"),
    /** The column {0} is for a year outside the plan's, {1} to {2}. */
    IMPORT_YEAR_OUTSIDE("import.year.outside"),
    /** The column {0} is not the report year's: the cycle takes the actuals of {1}. */
    IMPORT_ACTUAL_YEAR("import.actual.year"),
    /** The row names no goal by its numeral (一、…) or no KPI by its number (1. …). */
    IMPORT_KPI_UNNUMBERED("import.kpi.unnumbered"),
    /** The plan has no KPI {0} (三-4). */
    IMPORT_KPI_UNKNOWN("import.kpi.unknown"),
    /** The KPI {0} is on another row already, at {1}. */
    IMPORT_KPI_TWICE("import.kpi.twice"),
    /** The goal or KPI {0} is named {1} in the plan; renames are not imported. */
    IMPORT_RENAMED("import.renamed"),
    /** {0} has a figure but cannot be read as a target. */
    IMPORT_TARGET_UNREADABLE("import.target.unreadable"),
    /** The agency {0} is at the step {1} (a {@link Term}); a spreadsheet is imported only while drafting. */
    IMPORT_LOCKED("import.locked"),

    /** The cycle of {0} is not yet approved: opening {1} needs a reason. */
    CYCLE_PREVIOUS_UNAPPROVED("cycle.previous.unapproved"),
    /** The agency {0} does not work in {1} (merged or split away before it, or set up after it). */
    CYCLE_AGENCY_NOT_IN_YEAR("cycle.agency.notInYear"),

    /** The medium-term plan's last year {0} is before its first year {1}. */
    MEDIUM_YEARS_ORDER("medium.years.order"),
    /** A medium-term plan spans at most {0} years. */
    MEDIUM_YEARS_SPAN("medium.years.span"),
    /** A new medium-term plan starts after {0}, the last year of the current one ({1}). */
    MEDIUM_YEARS_NOT_AFTER("medium.years.notAfter"),
    /** The agency {0} is named in another change of the reorganisation already. */
    MEDIUM_AGENCY_TWICE("medium.agency.twice"),
    /** The agency code {0} is taken by another agency. */
    MEDIUM_AGENCY_CODE_TAKEN("medium.agency.codeTaken"),
    /** Not an agency code: lower-case letters, digits and hyphens. */
    MEDIUM_AGENCY_CODE_INVALID("medium.agency.codeInvalid"),
    /** A change names no agency it leads to. */
    MEDIUM_CHANGE_TO_MISSING("medium.change.toMissing"),
    /** A change merges several agencies into several: merge, then split, in two changes. */
    MEDIUM_CHANGE_MANY_TO_MANY("medium.change.manyToMany"),
    /** Goals and KPIs are assigned only when one agency is split into several. */
    MEDIUM_ASSIGN_NOT_SPLIT("medium.assign.notSplit"),
    /** {0} is not one of the agencies the split leads to. */
    MEDIUM_ASSIGN_TO_UNKNOWN("medium.assign.toUnknown"),
    /** The plan of {0} has no goal or KPI {1}. */
    MEDIUM_ASSIGN_UNKNOWN("medium.assign.unknown"),
    /** The sheet {0} is named after none of the agencies of the new plan. */
    MEDIUM_IMPORT_SHEET_UNKNOWN("medium.import.sheetUnknown"),
    /** The agency {0} has a sheet already, {1}. */
    MEDIUM_IMPORT_SHEET_TWICE("medium.import.sheetTwice"),
    /** No medium-term plan {0}. */
    MEDIUM_NOT_FOUND("medium.notFound"),

    /** The cycle of the year {0} is open already. */
    CYCLE_EXISTS("cycle.exists"),
    /** No cycle for the year {0}. */
    CYCLE_NOT_FOUND("cycle.notFound"),
    /** The cycle of {0} is at {1} (a {@link Term}), not {2}. */
    CYCLE_WRONG_STAGE("cycle.wrongStage"),
    /** The cycle of {0} is at {1} (a {@link Term}): only an approved year is published. */
    CYCLE_PUBLISH_NOT_APPROVED("cycle.publish.notApproved"),
    /** The year {0} is not published. */
    CYCLE_NOT_PUBLISHED("cycle.notPublished"),
    /** The due date {0} is out of range. */
    CYCLE_DATE_OUT_OF_RANGE("cycle.date.outOfRange"),
    /** The due date of {0} (a {@link Term}) is before the one of {1}. */
    CYCLE_DATE_OUT_OF_ORDER("cycle.date.outOfOrder"),
    /** The agency {0} is listed twice. */
    CYCLE_AGENCY_TWICE("cycle.agency.twice"),
    /** No agency is named. */
    CYCLE_AGENCIES_MISSING("cycle.agencies.missing"),
    /** The agency {0} does not take part in the cycle. */
    CYCLE_AGENCY_NOT_TAKING_PART("cycle.agency.notTakingPart"),
    /** Agencies are named only when the approver returns the cycle. */
    APPROVAL_AGENCIES_ONLY_ON_RETURN("approval.agencies.onlyOnReturn"),
    /** A name that is not a step of the calendar. */
    CYCLE_STAGE_UNKNOWN("cycle.stage.unknown"),
    /** The agency {0} has no open task due on {1} (a {@link Term}) to move. */
    DEADLINE_NO_OPEN_TASK("deadline.noOpenTask"),
    /** {0} is the due date of {1} (a {@link Term}) already. */
    DEADLINE_UNCHANGED("deadline.unchanged"),

    /** Not a status of a notification. */
    NOTIFICATION_STATUS_INVALID("notification.status.invalid"),
    /** No notification {0}. */
    NOTIFICATION_NOT_FOUND("notification.notFound"),
    /** The notification {0} is waiting to be sent already. */
    NOTIFICATION_QUEUED_ALREADY("notification.queuedAlready"),

    /** The date {0} of "to" is before "from". */
    AUDIT_TO_BEFORE_FROM("audit.toBeforeFrom"),

    /** Not the name of a backup. */
    BACKUP_NAME_INVALID("backup.name.invalid"),
    /** No backup named {0}. */
    BACKUP_NOT_FOUND("backup.notFound"),
    /** The database is a PostgreSQL server's: backed up with pg_dump, not from PlanCycle. */
    BACKUP_BY_SERVER("backup.byServer");

    private final String key;

    MessageCode(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
