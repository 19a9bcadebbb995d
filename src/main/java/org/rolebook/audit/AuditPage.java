package org.rolebook.audit;

import java.util.List;

/** A page of audit entries, newest first, with the number of entries the query matches. */
public record AuditPage(List<AuditEntry> entries, long total, int page, int size) {

    public AuditPage {
        entries = List.copyOf(entries);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
