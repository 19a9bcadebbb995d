package org.rolebook.grading.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.Grade;
import org.rolebook.roleprofile.ProfileContent;

/**
 * The role profile form as the live panel receives it while it is being written: the fields that
 * grade suggestion reads, by the names the form gives them (list items as
 * {@code accountabilities[0]}), bound through this record's constructor. Whatever else the form
 * posts is ignored; a field not sent is empty, and a grade that is not one counts as not chosen.
 */
public record DraftForm(
        @Nullable String postTitle,
        @Nullable String familySlug,
        @Nullable String grade,
        @Nullable String staffResponsibility,
        @Nullable String scope,
        @Nullable List<@Nullable String> accountabilities,
        @Nullable List<@Nullable String> optionalDuties,
        @Nullable List<@Nullable String> additionalInformation) {

    ProfileContent content() {
        return new ProfileContent(
                text(postTitle),
                text(familySlug),
                grade == null ? 0 : Grade.parse(grade).map(Grade::number).orElse(0),
                text(staffResponsibility),
                "",
                text(scope),
                list(accountabilities),
                list(optionalDuties),
                list(additionalInformation),
                "",
                "");
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static List<String> list(@Nullable List<@Nullable String> items) {
        return items == null ? List.of() : items.stream().map(DraftForm::text).toList();
    }
}
