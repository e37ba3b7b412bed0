package io.plancycle.evidence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One evidence file as the API and the pages show it: which actual it is behind (the KPI and the year), the file (its
 * name, kind, size and SHA-256), its source, the date it stands at, who checked it, and who added it when.
 */
public record EvidenceView(long id, long kpiId, int year, String fileName, String contentType, String kind,
                           long size, String sha256, String source, LocalDate asOf, String verifiedBy, String addedBy,
                           Instant addedAt) {

    static EvidenceView of(Evidence e) {
        String kind = FileKind.ofMediaType(e.getContentType()).map(FileKind::label).orElse(e.getContentType());
        return new EvidenceView(e.getId(), e.getKpiId(), e.getYear(), e.getFileName(), e.getContentType(), kind,
                e.getSizeBytes(), e.getSha256(), e.getSource(), e.getAsOf(), e.getVerifiedBy(), e.getAddedBy(),
                e.getAddedAt());
    }

    /** The size as a person reads it: 812 KB, 1.4 MB. */
    public String sizeText() {
        return size < 1024 * 1024 ? Math.max(1, Math.round(size / 1024.0)) + " KB"
                : String.format("%.1f MB", size / (1024.0 * 1024.0));
    }
}
