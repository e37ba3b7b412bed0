package io.plancycle.evidence;

/**
 * Evidence an agency sends for an actual: the KPI whose actual it proves (of the year the cycle reports), the file as
 * uploaded (its name and bytes), its source, the date it stands at ({@code 2026-01-31}) and who checked it. Anything
 * may be missing; the service names each missing or wrong field.
 */
public record EvidenceUpload(Long kpiId, String fileName, byte[] bytes, String source, String asOf, String verifiedBy) {
}
