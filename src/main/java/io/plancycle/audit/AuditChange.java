package io.plancycle.audit;

import io.plancycle.audit.AuditedTypes.AuditedType;
import org.hibernate.envers.RevisionType;

import java.time.Instant;

/** One row of an audit table on a page: which type, which row, which revision, and that revision's stamp. */
record AuditChange(AuditedType type, long id, long rev, RevisionType revisionType, Instant at, String user,
                   String onBehalfOf, String address) {
}
