package io.plancycle.evidence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The bytes of an {@link Evidence}'s file, exactly as uploaded; read only when the file is opened. */
@Entity
class EvidenceFile {

    @Id
    private Long evidenceId;
    /** A {@code blob} on H2, a {@code bytea} on PostgreSQL (not a large object: pg_dump and deletes need no care). */
    @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
    private byte[] content;

    protected EvidenceFile() {
    }

    EvidenceFile(Long evidenceId, byte[] content) {
        this.evidenceId = evidenceId;
        this.content = content;
    }

    byte[] getContent() { return content; }
}
