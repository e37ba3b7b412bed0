package io.plancycle.audit;

import java.time.Instant;
import java.util.List;

/**
 * One change of one row in the audit trail: which revision (transaction) made it, when, who, from which address; the
 * row (its type, e.g. {@code Target} shown as 「KPI 目標值」, its id and the fields that say which row it is); what was
 * done to it (新增 / 修改 / 刪除) and each field's value before and after.
 *
 * @param revision         the revision number; every change made by one transaction has the same
 * @param user             the user id, or {@code system} for a timer, a job or start-up
 * @param userName         the person as users read them: the name with the user id (民政處承辦人（civil-affairs）), 系統;
 *                         a deputy with the users they acted for (…（代理 文化局主管（cultural-affairs-head）））
 * @param onBehalfOf       the users a deputy (職務代理人) acted for, as ids separated by commas; null for none
 * @param address          the HTTP request's remote address, or {@code system}
 * @param entityType       the audited type, as the {@code entity} filter takes it: {@code Target}, {@code Plan} …
 * @param entity           the type as users read it
 * @param context          which row: e.g. 「關鍵績效指標 812｜年度 111」, 「機關 民政處｜年度作業 110年度」
 * @param action           新增, 修改 or 刪除 (in the user's language)
 * @param change           ADD, MOD or DEL
 * @param previousRevision the row's revision before this one; null when this change added it, or when the row is
 *                         older than the audit trail (then "before" is unknown and left empty)
 */
public record AuditEntry(long revision, Instant at, String user, String userName, String onBehalfOf, String address,
                         String entityType,
                         String entity, long entityId, String context, String action, String change, Long previousRevision,
                         List<FieldChange> changes) {

    /**
     * One field's change: {@code property} as in the code ({@code raw}, {@code deadlines.REVIEW}), {@code field} as
     * users read it (目標值, 時程（書面審查）). {@code before} is null for an added row, {@code after} for a deleted one.
     */
    public record FieldChange(String property, String field, String before, String after) {
    }
}
