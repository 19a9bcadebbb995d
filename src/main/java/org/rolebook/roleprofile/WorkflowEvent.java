package org.rolebook.roleprofile;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of a role profile's workflow: who did what, when, and what they said. */
public record WorkflowEvent(
        String action,
        @Nullable Status from,
        Status to,
        String actor,
        @Nullable String comment,
        Instant at) {}
