package io.plancycle.audit;

import java.util.List;

/** One page of the audit trail, newest first; {@code total} counts every entry matching the filters. */
public record AuditPage(int page, int size, long total, List<AuditEntry> entries) {

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
