package org.rolebook.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An API token as stored: whose it is, a name to tell it apart, its first characters, and its life. Never the token itself. */
public record ApiToken(
        long id,
        String username,
        String name,
        String tokenStart,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant revokedAt,
        @Nullable Instant lastUsedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    /** "active", "expired" or "revoked". */
    public String state(Instant now) {
        return revokedAt != null ? "revoked" : expiresAt.isAfter(now) ? "active" : "expired";
    }
}
