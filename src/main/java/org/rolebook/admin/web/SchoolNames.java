package org.rolebook.admin.web;

import java.util.Collection;
import java.util.List;
import org.rolebook.framework.UnknownInCatalogue;
import org.rolebook.roleprofile.Schools;

/** Schools by id as "name (URN)", for people rather than for databases. */
final class SchoolNames {

    private SchoolNames() {}

    static List<String> of(Schools schools, Collection<Long> ids) {
        return ids.stream()
                .map(id -> {
                    try {
                        var school = schools.get(id);
                        return school.name() + " (" + school.urn() + ")";
                    } catch (UnknownInCatalogue gone) {
                        return "school " + id;
                    }
                })
                .sorted()
                .toList();
    }
}
