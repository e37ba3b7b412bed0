package io.plancycle.evidence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;

/** The bytes of an {@link Evidence}'s file, exactly as uploaded; read only when the file is opened. */
@Entity
class EvidenceFile {

    @Id
    private Long evidenceId;
    @Lob
    private byte[] content;

    protected EvidenceFile() {
    }

    EvidenceFile(Long evidenceId, byte[] content) {
        this.evidenceId = evidenceId;
        this.content = content;
    }

    byte[] getContent() { return content; }
}
