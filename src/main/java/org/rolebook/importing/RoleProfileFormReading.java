package org.rolebook.importing;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.GradeProfile;
import org.rolebook.framework.StandardStatement;

/**
 * A role profile form read as it would be imported, without storing anything: its report, the
 * post's fields (null when the file is unreadable or lacks a post title or grade), and the
 * framework part the form carries (its standard statements and grade profile, when present).
 */
public record RoleProfileFormReading(
        ImportReport report,
        @Nullable RoleProfileForm form,
        List<StandardStatement> statements,
        @Nullable GradeProfile gradeProfile) {

    public RoleProfileFormReading {
        statements = List.copyOf(statements);
    }

    static RoleProfileFormReading refused(ImportReport report) {
        return new RoleProfileFormReading(report, null, List.of(), null);
    }
}
