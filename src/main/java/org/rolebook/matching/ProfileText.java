package org.rolebook.matching;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The text of a role profile or job description as grade suggestion reads it: matching's own
 * input, so that it never needs the role profile module. Missing parts are empty, never null,
 * except the two fields whose absence means something.
 *
 * @param statedGrade the grade as the document writes it ("Grade 5", "Scale E"), when it states one
 * @param staffResponsibility as written ("No", "Yes"), when the document states it
 * @param additionalInformation supporting information and person specification
 * @param freeText anything else the document says
 */
public record ProfileText(
        String title,
        @Nullable String statedGrade,
        @Nullable String staffResponsibility,
        String scope,
        @JsonSetter(contentNulls = Nulls.FAIL) List<String> accountabilities,
        @JsonSetter(contentNulls = Nulls.FAIL) List<String> optionalDuties,
        @JsonSetter(contentNulls = Nulls.FAIL) List<String> additionalInformation,
        String freeText) {

    public ProfileText {
        title = orEmpty(title);
        scope = orEmpty(scope);
        freeText = orEmpty(freeText);
        accountabilities = listOf(accountabilities);
        optionalDuties = listOf(optionalDuties);
        additionalInformation = listOf(additionalInformation);
        statedGrade = statedGrade == null || statedGrade.isBlank() ? null : statedGrade.strip();
        staffResponsibility =
                staffResponsibility == null || staffResponsibility.isBlank() ? null : staffResponsibility.strip();
    }

    /** A profile that is only a job title. */
    public static ProfileText ofTitle(String title) {
        return new ProfileText(title, null, null, "", List.of(), List.of(), List.of(), "");
    }

    /** A profile of free text only, such as a pasted job description. */
    public static ProfileText ofFreeText(String title, String text) {
        return new ProfileText(title, null, null, "", List.of(), List.of(), List.of(), text);
    }

    public ProfileText withAccountabilities(List<String> more) {
        List<String> all = new java.util.ArrayList<>(accountabilities);
        all.addAll(more);
        return new ProfileText(
                title, statedGrade, staffResponsibility, scope, all, optionalDuties, additionalInformation, freeText);
    }

    public ProfileText withAdditionalInformation(List<String> more) {
        List<String> all = new java.util.ArrayList<>(additionalInformation);
        all.addAll(more);
        return new ProfileText(
                title, statedGrade, staffResponsibility, scope, accountabilities, optionalDuties, all, freeText);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    private static List<String> listOf(@Nullable List<String> items) {
        return items == null
                ? List.of()
                : items.stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .filter(item -> !item.isEmpty())
                        .toList();
    }
}
