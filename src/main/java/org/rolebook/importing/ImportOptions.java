package org.rolebook.importing;

import org.jspecify.annotations.Nullable;

/**
 * How to import: a dry run reports only; a school (by URN) stores the posts of role profile forms
 * as role profiles of that school, in the family given or, when the framework has one, its only family.
 */
public record ImportOptions(
        boolean dryRun,
        @Nullable String schoolUrn,
        @Nullable String familySlug) {

    public static ImportOptions reportOnly() {
        return new ImportOptions(true, null, null);
    }

    public static ImportOptions storeAll() {
        return new ImportOptions(false, null, null);
    }
}
