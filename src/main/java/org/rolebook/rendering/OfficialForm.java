package org.rolebook.rendering;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.GradeProfile;
import org.rolebook.framework.StandardStatement;

/**
 * Everything the Operational Context Form shows, each text as its author wrote it: the post's
 * fields, then the employer's standard statements and the generic grade profile of its grade.
 *
 * @param employer such as "Lancashire County Council"; null when the form names none
 * @param gradeLabel the grade as written, such as "Grade 5"
 * @param dateAsWritten such as "31/02/23": shown as written, whether or not it is a real date
 * @param disclaimer the guidance paragraph ("The above form sets out…"); empty for none
 * @param gradeProfile the generic profile of the grade; null when the catalogue has none
 */
public record OfficialForm(
        @Nullable String employer,
        String postTitle,
        String gradeLabel,
        String staffResponsibility,
        String essentialCarUser,
        String scope,
        List<String> accountabilities,
        List<String> optionalDuties,
        List<String> additionalInformation,
        String preparedBy,
        String dateAsWritten,
        String disclaimer,
        List<StandardStatement> statements,
        @Nullable GradeProfile gradeProfile) {

    public OfficialForm {
        if (postTitle.isBlank()) {
            throw new IllegalArgumentException("an official form needs its post title");
        }
        accountabilities = List.copyOf(accountabilities);
        optionalDuties = List.copyOf(optionalDuties);
        additionalInformation = List.copyOf(additionalInformation);
        statements = List.copyOf(statements);
    }
}
