package org.rolebook.roleprofile.web;

import org.jspecify.annotations.Nullable;

/** The school filter of the API's lists and exports. */
final class SchoolFilter {

    private SchoolFilter() {}

    /**
     * The school filter, a school's id: one no school has is refused, naming it, rather than
     * answered with no profiles; a URN given for the id is told apart, with the school's id.
     */
    static @Nullable Long checked(org.rolebook.roleprofile.Schools schools, @Nullable Long id) {
        if (id == null || schools.all().stream().anyMatch(s -> s.id() == id)) {
            return id;
        }
        String byUrn = schools.all().stream()
                .filter(s -> s.urn().equals(String.valueOf(id)))
                .findFirst()
                .map(s -> "; %s has URN %d and is school %d".formatted(s.name(), id, s.id()))
                .orElse("");
        throw new org.rolebook.framework.FieldProblem(
                "school", "no school has id %d: the filter takes a school's id%s".formatted(id, byUrn));
    }
}
