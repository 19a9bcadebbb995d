package org.rolebook.framework;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The framework part of a role profile form: the employer that issued it, the guidance disclaimer
 * it prints, its standard statements and the generic grade profile appended to it.
 */
public record GradeProfileDocument(
        @Nullable String employer,
        @Nullable String guidance,
        List<GradeProfile> gradeProfiles,
        List<StandardStatement> statements,
        SourceDocument source) {

    public GradeProfileDocument {
        gradeProfiles = List.copyOf(gradeProfiles);
        statements = List.copyOf(statements);
    }
}
