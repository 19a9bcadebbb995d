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
            return List.of(noSuchGrade(family, content.grade()));
        }
        return List.of();
    }

    /**
     * What is wrong with approving the content at another grade: a grade its family does not have is
     * named with the family's grades, however far out of range the number is.
     */
    static List<FieldError> problemsAtGrade(FrameworkCatalogue catalogue, ProfileContent content, int grade) {
        List<FieldError> problems = problems(catalogue, content.withGrade(grade));
        if (!problems.isEmpty() || (grade >= 1 && grade <= 99)) {
            return problems;
        }
        return catalogue
                .family(content.familySlug())
                .map(family -> List.of(noSuchGrade(family, grade)))
                .orElseGet(List::of);
    }

    private static FieldError noSuchGrade(JobFamily family, int grade) {
        return new FieldError(
                "grade", "%s has no Grade %d; its grades are %s".formatted(family.name(), grade, family.grades()));
    }
}
