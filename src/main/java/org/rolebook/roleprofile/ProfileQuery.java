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
        int size,
        @Nullable Visibility visibility) {

    public static final int MAX_SIZE = 200;

    /**
     * Which profiles a reader may see: every state in the schools named, approved ones elsewhere.
     * Null in a query means every profile (HR and evaluators).
     */
    public record Visibility(java.util.Set<Long> allStatesIn) {
        public Visibility {
            allStatesIn = java.util.Set.copyOf(allStatesIn);
        }

        /** Null (everything) for HR, evaluators and the command line; a school editor's schools; a viewer's none. */
        public static @Nullable Visibility of(org.rolebook.security.@Nullable CurrentUser user) {
            if (user == null || user.readsAll()) {
                return null;
            }
            return new Visibility(
                    user.role() == org.rolebook.security.Role.SCHOOL_EDITOR ? user.schoolIds() : java.util.Set.of());
        }

        /** Whether the reader sees the profile as it stands, in whatever state, with the work behind it. */
        public boolean seesAllStatesOf(RoleProfile profile) {
            return allStatesIn.contains(profile.school().id());
        }

        /**
         * Whether the reader sees the profile at all: in every state in their schools; elsewhere as
         * its approved version, while it has one and is not archived (a new version being written
         * over it does not hide it).
         */
        public boolean sees(RoleProfile profile) {
            return seesAllStatesOf(profile)
                    || (profile.approvedVersion() != null && profile.status() != Status.ARCHIVED);
        }
    }

    public ProfileQuery(
            @Nullable Long schoolId,
            @Nullable String familySlug,
            @Nullable Integer grade,
            @Nullable Status status,
            @Nullable String text,
            ProfileSort sort,
            int page,
            int size) {
        this(schoolId, familySlug, grade, status, text, sort, page, size, null);
    }

    public ProfileQuery visibleTo(@Nullable Visibility reader) {
        return new ProfileQuery(schoolId, familySlug, grade, status, text, sort, page, size, reader);
    }

    public ProfileQuery page(int number) {
        return new ProfileQuery(schoolId, familySlug, grade, status, text, sort, number, size, visibility);
    }

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
