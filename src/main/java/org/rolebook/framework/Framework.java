package org.rolebook.framework;

import org.jspecify.annotations.Nullable;

/**
 * A grading framework as published, such as "Implementation of Single Status in Schools – 2014".
 *
 * @param publisher the employer that publishes it, when a document names one
 * @param effectiveYear the year it takes effect, when its name or a document states one
 */
public record Framework(
        long id,
        String name,
        @Nullable String publisher,
        @Nullable Integer effectiveYear,
        int version) {

    public Framework {
        if (name.isBlank()) {
            throw new IllegalArgumentException("a framework needs a name");
        }
        if (version < 1) {
            throw new IllegalArgumentException("a framework version starts at 1");
        }
    }
}
