package io.plancycle.operations;

import java.time.Instant;

/**
 * One backup of the database: its file name under {@code <data-dir>/backups/} (the name to download it by), its size in
 * bytes and when it was taken.
 */
public record BackupView(String file, long size, Instant createdAt) {
}
