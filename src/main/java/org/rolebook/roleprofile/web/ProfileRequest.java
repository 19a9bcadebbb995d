package org.rolebook.roleprofile.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.FieldProblem;
import org.rolebook.roleprofile.ProfileContent;

/**
 * A role profile as the API takes it. Absent lists are empty lists; absent texts are empty; a
 * null item of a list is refused, naming it, rather than dropped.
 */
record ProfileRequest(
        @Nullable Long schoolId,
        @Nullable String postTitle,
        @Nullable String familySlug,
        @Nullable Integer grade,
        @Nullable String staffResponsibility,
        @Nullable String essentialCarUser,
        @Nullable String scope,
        @JsonSetter(contentNulls = Nulls.FAIL) @Nullable List<String> accountabilities,
        @JsonSetter(contentNulls = Nulls.FAIL) @Nullable List<String> optionalDuties,
        @JsonSetter(contentNulls = Nulls.FAIL) @Nullable List<String> additionalInformation,
        @Nullable String preparedBy,
        @Nullable String date) {

    ProfileContent content() {
        return new ProfileContent(
                text(postTitle),
                text(familySlug),
                grade == null ? 0 : grade,
                text(staffResponsibility),
                text(essentialCarUser),
                text(scope),
                list(accountabilities),
                list(optionalDuties),
                list(additionalInformation),
                text(preparedBy),
                text(date));
    }

    long school() {
        if (schoolId == null) {
            throw new FieldProblem("schoolId", "is required");
        }
        return schoolId;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static List<String> list(@Nullable List<String> values) {
        return values == null
                ? List.of()
                : values.stream().map(v -> v == null ? "" : v).toList();
    }
}
