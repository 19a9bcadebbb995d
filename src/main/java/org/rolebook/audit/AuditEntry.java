package org.rolebook.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of the audit log as stored; {@code before} and {@code after} are JSON text. */
public record AuditEntry(
        long id,
        Instant at,
        String actor,
        Kind kind,
        String action,
        String subject,
        @Nullable String summary,
        @Nullable String before,
        @Nullable String after) {}
