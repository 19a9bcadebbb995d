package org.rolebook.security;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A user as stored, without the password hash. */
public record User(
        String username,
        Role role,
        Set<Long> schoolIds,
        boolean enabled,
        int failedAttempts,
        @Nullable Instant lockedUntil) {}
