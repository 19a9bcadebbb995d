package org.rolebook.framework;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a job family profile summary holds: the framework it belongs to and its families. */
public record FamilySummaryDocument(
        String frameworkName, @Nullable Integer effectiveYear, List<JobFamily> families, SourceDocument source) {

    public FamilySummaryDocument {
        families = List.copyOf(families);
    }
}
