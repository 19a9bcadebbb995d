package org.rolebook.roleprofile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a role profile's fields need putting right, in words that say what is wrong. */
class ProfileContentTests {

    private static java.util.List<String> dateProblems(String date) {
        return Fixtures.withDate(Fixtures.pupilSupportWorkerGrade5(), date).problems().stream()
                .filter(problem -> problem.field().equals("date"))
                .map(FieldError::message)
                .toList();
    }

    @Test
    void aControlCharacterInAFieldIsNamedWithWhereItIs() {
        ProfileContent content = Fixtures.withTitle(Fixtures.pupilSupportWorkerGrade5(), "Pupil\u001b[31m Worker");

        assertThat(content.problems())
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "postTitle",
                        "Remove the control character (U+001B at character 6) from the post title; it is no part of"
                                + " any text"));
        assertThat(Fixtures.pupilSupportWorkerGrade5().problems()).isEmpty();
    }

    @Test
    void anItemIsOneLineSoThatItStaysOneItemInEveryFormat() {
        ProfileContent seed = Fixtures.pupilSupportWorkerGrade5();
        java.util.List<String> items = new java.util.ArrayList<>(seed.accountabilities());
        items.set(1, "line one\r\nline two");
        ProfileContent content = new ProfileContent(
                seed.postTitle(),
                seed.familySlug(),
                seed.grade(),
                seed.staffResponsibility(),
                seed.essentialCarUser(),
                seed.scope(),
                items,
                seed.optionalDuties(),
                seed.additionalInformation(),
                seed.preparedBy(),
                seed.dateAsWritten());

        assertThat(content.problems())
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "accountabilities", "Accountability 2 has a line break: make each line an item of its own"));
    }

    @Test
    void aYesOrNoAnswerIsWrittenAsTheFormWritesItHoweverItWasTyped() {
        ProfileContent seed = Fixtures.pupilSupportWorkerGrade5();
        ProfileContent typed = new ProfileContent(
                seed.postTitle(),
                seed.familySlug(),
                seed.grade(),
                " yes",
                "NO",
                seed.scope(),
                seed.accountabilities(),
                seed.optionalDuties(),
                seed.additionalInformation(),
                seed.preparedBy(),
                seed.dateAsWritten());
        assertThat(typed.staffResponsibility()).isEqualTo("Yes");
        assertThat(typed.essentialCarUser()).isEqualTo("No");
        assertThat(typed.problems()).isEmpty();
    }

    @Test
    void aSchoolNameWithAControlCharacterIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new NewSchool("119876", "Oakfield\u001b[2J Primary", Phase.PRIMARY, 210))
                .isInstanceOf(org.rolebook.framework.FieldProblem.class)
                .hasMessage("the school's name has a control character (U+001B at character 9); remove it");
    }

    @Test
    void aDateThatDoesNotExistAndADateNotWrittenAsDayMonthYearAreToldApart() {
        assertThat(dateProblems("28/02/23")).isEmpty();
        assertThat(dateProblems("2023-02-28")).isEmpty();
        assertThat(dateProblems("31/02/23"))
                .containsExactly("\"31/02/23\" is not a date that exists; enter it as day/month/year");
        assertThat(dateProblems("2023-02-31"))
                .containsExactly("\"2023-02-31\" is not a date that exists; enter it as day/month/year");
        assertThat(dateProblems("1 September 2023"))
                .containsExactly("\"1 September 2023\" is not written as day/month/year, such as 28/02/23");
        // a year before 1900 is a placeholder or a slip, not the date a form was prepared
        assertThat(dateProblems("01/01/0000"))
                .containsExactly("\"01/01/0000\" is not the date of a form; give the year it was prepared");
        assertThat(dateProblems("1899-12-31"))
                .containsExactly("\"1899-12-31\" is not the date of a form; give the year it was prepared");
        assertThat(dateProblems("01/01/1900")).isEmpty();
    }
}
