package org.rolebook.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rolebook.SeedFiles;
import org.rolebook.framework.Grade;
import org.rolebook.importing.RoleProfileForm;

/** The post's own fields of the seed role profile form, field by field, and its broken twins. */
class RoleProfileFormReaderTests {

    static Reading<RoleProfileForm> pupilSupportWorkerGrade5() {
        return RoleProfileFormReader.read(
                "004.txt", new String(SeedFiles.bytes(SeedFiles.ROLE_PROFILE_FORM), StandardCharsets.UTF_8));
    }

    @Test
    void readsEveryFieldOfTheSeedForm() {
        RoleProfileForm form = pupilSupportWorkerGrade5().document();

        assertThat(form).isNotNull();
        assertThat(form.employer()).isEqualTo("Lancashire County Council");
        assertThat(form.postTitle()).isEqualTo("Pupil Support Worker");
        assertThat(form.gradeAsWritten()).isEqualTo("Grade 5");
        assertThat(form.grade()).isEqualTo(Grade.of(5));
        assertThat(form.staffResponsibility()).isEqualTo("No");
        assertThat(form.essentialCarUser()).isEqualTo("No");
        assertThat(form.scope())
                .isEqualTo(
                        "In liaison with teaching staff, mentor or support pupils directly to overcome barriers to learning");
        assertThat(form.preparedBy()).isEqualTo("Schools HR Team");
        assertThat(form.disclaimer()).startsWith("The above form sets out the area of work");
    }

    @Test
    void keepsTheThirteenAccountabilitiesInOrder() {
        RoleProfileForm form = pupilSupportWorkerGrade5().document();

        assertThat(form.accountabilities()).hasSize(13);
        assertThat(form.accountabilities().getFirst())
                .isEqualTo(
                        "Liaise with teaching staff to provide particular support to targeted pupils to raise achievement"
                                + " and attendance and help them to overcome barriers to learning including nurture groups.");
        assertThat(form.accountabilities().get(5))
                .isEqualTo(
                        "Monitor and analyse data on pupil punctuality, attendance and achievement for use by other staff.");
        assertThat(form.accountabilities().getLast())
                .isEqualTo("To take care of their own and other people's health and safety");
    }

    @Test
    void keepsTheSevenOptionalDutiesAndTheSupportingInformation() {
        RoleProfileForm form = pupilSupportWorkerGrade5().document();

        assertThat(form.optionalDuties())
                .hasSize(7)
                .startsWith("Assist in home visits to support pupils and discuss issues and progress")
                .endsWith("Facilitate nurture groups");
        assertThat(form.additionalInformation())
                .hasSize(5)
                .endsWith("To be aware of the confidential nature of issues related to home/pupil/teacher/school work");
    }

    @Test
    void theDateThatDoesNotExistIsAnErrorAndIsKeptAsWritten() {
        Reading<RoleProfileForm> reading = pupilSupportWorkerGrade5();

        assertThat(reading.document().date().asWritten()).isEqualTo("31/02/23");
        assertThat(reading.document().date().date()).isNull();
        assertThat(reading.report().errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("date");
            assertThat(error.value()).isEqualTo("31/02/23");
            assertThat(error.line()).isEqualTo(71);
        });
    }

    @Test
    void aRealDateIsRead() {
        String form = seedWith("31/02/23", "28/02/23");

        assertThat(RoleProfileFormReader.read("ok.txt", form).document().date().date())
                .isEqualTo(java.time.LocalDate.of(2023, 2, 28));
        assertThat(RoleProfileFormReader.read("ok.txt", form).report().errors()).isEmpty();
    }

    @Test
    void aFormWithoutTitleOrGradeIsNotARoleProfile() {
        Reading<RoleProfileForm> noTitle =
                RoleProfileFormReader.read("t.txt", seedWith("Post title: Pupil Support Worker", "Post title:"));
        assertThat(noTitle.document()).isNull();
        assertThat(noTitle.report().errors())
                .anySatisfy(error -> assertThat(error.field()).isEqualTo("post title"));

        Reading<RoleProfileForm> badGrade = RoleProfileFormReader.read("g.txt", seedWith("\tGrade 5\n", "\tGrade E\n"));
        assertThat(badGrade.document()).isNull();
        assertThat(badGrade.report().errors()).anySatisfy(error -> {
            assertThat(error.field()).isEqualTo("grade");
            assertThat(error.value()).isEqualTo("Grade E");
        });

        // a grade written in words is the grade, and kept as written
        RoleProfileForm inWords = RoleProfileFormReader.read("w.txt", seedWith("\tGrade 5\n", "\tGrade Five\n"))
                .document();
        assertThat(inWords.grade()).isEqualTo(org.rolebook.framework.Grade.of(5));
        assertThat(inWords.gradeAsWritten()).isEqualTo("Grade Five");
    }

    private static String seedWith(String from, String to) {
        String seed = new String(SeedFiles.bytes(SeedFiles.ROLE_PROFILE_FORM), StandardCharsets.UTF_8);
        assertThat(seed).contains(from);
        return seed.replace(from, to);
    }
}
