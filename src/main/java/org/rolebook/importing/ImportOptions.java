package org.rolebook.importing;

import org.jspecify.annotations.Nullable;

/**
 * How to import: a dry run reports only; a school (by URN) stores the posts of role profile forms
 * as role profiles of that school, in the family given or, when the framework has one, its only family.
 * {@code by} is who imports: the signed-in user who uploads, or "import" from the command line.
 */
public record ImportOptions(
        boolean dryRun,
        @Nullable String schoolUrn,
        @Nullable String familySlug,
        String by) {

    /** The command line's import, recorded as by "import". */
    public ImportOptions(boolean dryRun, @Nullable String schoolUrn, @Nullable String familySlug) {
        this(dryRun, schoolUrn, familySlug, "import");
    }

    public static ImportOptions reportOnly() {
        return new ImportOptions(true, null, null);
    }

    public static ImportOptions storeAll() {
        return new ImportOptions(false, null, null);
    }
}
