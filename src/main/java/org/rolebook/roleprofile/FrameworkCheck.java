package org.rolebook.roleprofile;

import java.util.List;
import org.rolebook.framework.FrameworkCatalogue;
import org.rolebook.framework.Grade;
import org.rolebook.framework.JobFamily;

/** A profile's family must be in the framework in force, and have the profile's grade. */
final class FrameworkCheck {

    private FrameworkCheck() {}

    static List<FieldError> problems(FrameworkCatalogue catalogue, ProfileContent content) {
        if (content.familySlug().isEmpty()) {
            return List.of();
        }
        JobFamily family = catalogue.family(content.familySlug()).orElse(null);
        if (family == null) {
            return List.of(new FieldError("familySlug", "There is no job family \"" + content.familySlug() + "\""));
        }
        if (content.grade() >= 1
                && content.grade() <= 99
                && family.level(Grade.of(content.grade())).isEmpty()) {
            return List.of(new FieldError(
                    "grade",
                    "%s has no Grade %d; its grades are %s"
                            .formatted(family.name(), content.grade(), family.grades())));
        }
        return List.of();
    }
}
