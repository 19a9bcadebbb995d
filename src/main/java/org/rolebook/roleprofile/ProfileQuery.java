package org.rolebook.roleprofile;

import org.jspecify.annotations.Nullable;
import org.rolebook.framework.FieldProblem;

/** Filters, sort and page of a list of role profiles; an absent filter matches all. */
public record ProfileQuery(
        @Nullable Long schoolId,
        @Nullable String familySlug,
        @Nullable Integer grade,
        @Nullable Status status,
        @Nullable String text,
        ProfileSort sort,
        int page,
        int size) {

    public static final int MAX_SIZE = 200;

    public ProfileQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        familySlug = familySlug == null || familySlug.isBlank() ? null : familySlug.strip();
        if (page < 0) {
            throw new FieldProblem("page", "a page number starts at 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new FieldProblem("size", "a page holds 1 to " + MAX_SIZE + " profiles");
        }
    }

    public static ProfileQuery all() {
        return new ProfileQuery(null, null, null, null, null, ProfileSort.TITLE, 0, 50);
    }
}
