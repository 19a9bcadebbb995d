package org.rolebook.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which entries to read: by actor (exact name), kind, words in the subject or action, and a range
 * of days (inclusive, UTC); newest first, a page at a time.
 */
public record AuditQuery(
        @Nullable String actor,
        @Nullable Kind kind,
        @Nullable String text,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        int page,
        int size) {

    public static final int MAX_SIZE = 500;

    public AuditQuery {
        actor = blankToNull(actor);
        text = blankToNull(text);
        page = Math.max(page, 1);
        size = Math.clamp(size, 1, MAX_SIZE);
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, 1, MAX_SIZE);
    }

    public AuditQuery page(int number) {
        return new AuditQuery(actor, kind, text, from, to, number, size);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
