package org.rolebook.importing;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.rolebook.roleprofile.FieldError;
import org.rolebook.roleprofile.ProfileContent;

/**
 * What an imported post's fields say before it is stored: a post title too long to store is an
 * error (nothing is stored); every other field that needs putting right (a date that does not
 * exist, "maybe" for staff responsibility, an item too long) is a warning, the same in a dry run
 * as when the post is stored, marked as needing attention. A field the reader has already reported
 * on that line is not reported twice.
 */
final class ContentChecks {

    private ContentChecks() {}

    static ImportReport check(ImportReport report, ProfileContent content, @Nullable Integer line) {
        for (FieldError problem : content.problems()) {
            String field = column(problem.field());
            if (problem.field().equals("familySlug") || problem.field().equals("grade")) {
                continue; // the importer reads the family and grade against the catalogue itself
            }
            if (said(report, field, line)) {
                continue;
            }
            boolean unstorable =
                    problem.field().equals("postTitle") && !content.postTitle().isEmpty();
            Problem found = new Problem(
                    field,
                    line,
                    null,
                    unstorable
                            ? problem.message() + " (it is "
                                    + content.postTitle().length() + "): nothing is stored"
                            : problem.message() + "; the post is stored marked as needing attention");
            report = unstorable ? report.withError(found) : report.withWarning(found);
        }
        return report;
    }

    private static boolean said(ImportReport report, String field, @Nullable Integer line) {
        return java.util.stream.Stream.concat(report.errors().stream(), report.warnings().stream())
                .anyMatch(p -> p.field().replace(' ', '_').equals(field)
                        && (line == null || java.util.Objects.equals(p.line(), line)));
    }

    /** "postTitle" as the import's columns name it: "post_title". */
    static String column(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
