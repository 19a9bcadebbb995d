package org.rolebook.security.internal;

import java.time.Duration;

/** Opens the delay rule of failed sign-ins to the sign-in tests. */
public final class SlowerAfterFailuresProbe {

    private SlowerAfterFailuresProbe() {}

    public static Duration delay(Duration step, int failures) {
        return SlowerAfterFailures.delay(step, failures);
    }
}
