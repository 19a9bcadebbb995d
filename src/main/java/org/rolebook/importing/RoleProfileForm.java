package org.rolebook.importing;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.Grade;

/**
 * The post's own fields of a role profile form, each as written; the grade and date beside what
 * they mean where they mean something.
 *
 * @param gradeAsWritten such as "Grade 5"
 * @param grade the grade it names, when it names one
 * @param staffResponsibility as written, such as "No"
 * @param disclaimer the guidance paragraph that follows the fields
 */
public record RoleProfileForm(
        @Nullable String employer,
        String postTitle,
        String gradeAsWritten,
        @Nullable Grade grade,
        String staffResponsibility,
        String essentialCarUser,
        String scope,
        List<String> accountabilities,
        List<String> optionalDuties,
        List<String> additionalInformation,
        String preparedBy,
        StatedDate date,
        String disclaimer) {

    public RoleProfileForm {
        accountabilities = List.copyOf(accountabilities);
        optionalDuties = List.copyOf(optionalDuties);
        additionalInformation = List.copyOf(additionalInformation);
    }
}
