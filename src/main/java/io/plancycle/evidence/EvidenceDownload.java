package io.plancycle.evidence;

/** An evidence file to send: its name as uploaded, its media type as its content says, its bytes as uploaded. */
public record EvidenceDownload(String fileName, String contentType, byte[] bytes) {
}
