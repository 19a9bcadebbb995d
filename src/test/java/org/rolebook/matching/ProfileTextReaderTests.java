package org.rolebook.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProfileTextReaderTests {

    @Test
    void theSeedFormGivesThePostsOwnFieldsAndLeavesTheAppendedTextOut() {
        ProfileText form = MatchingFixtures.pupilSupportWorkerGrade5();

        assertThat(form.title()).isEqualTo("Pupil Support Worker");
        assertThat(form.statedGrade()).isEqualTo("Grade 5");
        assertThat(form.staffResponsibility()).isEqualTo("No");
        assertThat(form.scope()).startsWith("In liaison with teaching staff");
        assertThat(form.accountabilities()).hasSize(13);
        assertThat(form.accountabilities().getFirst()).startsWith("Liaise with teaching staff");
        assertThat(form.accountabilities().getLast())
                .isEqualTo("To take care of their own and other people's health and safety");
        assertThat(form.optionalDuties()).hasSize(7).contains("Facilitate nurture groups");
        assertThat(form.additionalInformation()).hasSize(5);
        assertThat(form.freeText()).doesNotContain("Equal opportunities", "Level Five", "Customer Focus");
    }

    @Test
    void aPlainJobDescriptionGivesTitleFromItsFirstLineAndItemsAsAccountabilities() {
        String text = """
                Breakfast Club Leader - Hilltop Primary School

                Job Description
                Grade: Scale 3
                Main duties and responsibilities:
                1. Run the breakfast club each morning
                2. Plan games and activities for children before school,
                including quiet activities for the youngest
                • Keep the register of children attending
                Person specification
                • NVQ Level 2 in playwork or childcare
                """;

        ProfileText profile = ProfileTextReader.read(text);

        assertThat(profile.title()).isEqualTo("Breakfast Club Leader");
        assertThat(profile.statedGrade()).isEqualTo("Scale 3");
        assertThat(profile.staffResponsibility()).isNull();
        assertThat(profile.accountabilities())
                .containsExactly(
                        "Run the breakfast club each morning",
                        "Plan games and activities for children before school, including quiet activities for the youngest",
                        "Keep the register of children attending");
        assertThat(profile.additionalInformation()).containsExactly("NVQ Level 2 in playwork or childcare");
    }

    @Test
    void labelsWithTheValueOnTheNextLineOrAfterASlashAreRead() {
        ProfileText slashed = ProfileTextReader.read("Job Title / Swimming Instructor\nGrade / C\n");
        ProfileText next = ProfileTextReader.read("Job Title\nSwimming Instructor\nGrade\nD\n");
        ProfileText inline =
                ProfileTextReader.read("Post number: 1 Post title: ICT Technician Date: 2009 Department: X");

        assertThat(slashed.title()).isEqualTo("Swimming Instructor");
        assertThat(slashed.statedGrade()).isEqualTo("C");
        assertThat(next.title()).isEqualTo("Swimming Instructor");
        assertThat(next.statedGrade()).isEqualTo("D");
        assertThat(inline.title()).isEqualTo("ICT Technician");
    }

    @Test
    void aTitleFromAFlattenedTableStopsAtTheNextCellsLabel() {
        assertThat(ProfileTextReader.read("JOB TITLE / ICT Technician (Secondary School) / JOB REF NO / AAAE5011\n")
                        .title())
                .isEqualTo("ICT Technician (Secondary School)");
        assertThat(ProfileTextReader.read("Job title: Caretaker / Directorate:\n")
                        .title())
                .isEqualTo("Caretaker");
        assertThat(ProfileTextReader.read("Job title: Library / Learning Resources Manager\n")
                        .title())
                .isEqualTo("Library / Learning Resources Manager");
    }

    @Test
    void aBareGradeLineIsTextNotALabel() {
        ProfileText profile = ProfileTextReader.read("Teaching Assistant\nGrade 5\nSupport pupils in class");

        assertThat(profile.title()).isEqualTo("Teaching Assistant");
        assertThat(profile.statedGrade()).isNull();
        assertThat(profile.freeText()).contains("Grade 5");
    }

    @Test
    void emptyTextGivesAnEmptyProfile() {
        ProfileText profile = ProfileTextReader.read("");

        assertThat(profile.title()).isEmpty();
        assertThat(profile.accountabilities()).isEmpty();
    }
}
