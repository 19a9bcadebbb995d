package org.rolebook.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    void numberedLinesUnderThePurposeAreDutiesAndMajorDutiesIsALabel() {
        ProfileText numbered = ProfileTextReader.read("""
                JOB PURPOSE
                Under the direction of the class teacher, support pupils with special educational needs.
                1. Help pupils to access the curriculum.
                2. Support behaviour management programmes as directed.
                """);
        ProfileText major = ProfileTextReader.read("""
                Main purpose of the job: To support pupils' learning and care.
                Major Duties and Responsibilities:
                Assist teachers with the records of pupils' progress.
                Prepare and use the equipment lessons need.
                """);

        assertThat(numbered.scope())
                .isEqualTo("Under the direction of the class teacher, support pupils with special educational needs.");
        assertThat(numbered.accountabilities())
                .containsExactly(
                        "Help pupils to access the curriculum.",
                        "Support behaviour management programmes as directed.");
        assertThat(major.scope()).isEqualTo("To support pupils' learning and care.");
        assertThat(major.accountabilities())
                .containsExactly(
                        "Assist teachers with the records of pupils' progress.",
                        "Prepare and use the equipment lessons need.");
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
    void titleLabelsOfOtherFormsAreRead() {
        assertThat(ProfileTextReader.read("Job Title and Grade: Breakfast Club Assistant\nResponsible to: Head")
                        .title())
                .isEqualTo("Breakfast Club Assistant");
        assertThat(ProfileTextReader.read("Job Title: / Science Technician\nGrade: / 6\n")
                        .title())
                .isEqualTo("Science Technician");
        assertThat(ProfileTextReader.read("TITLE: / Attendance Officer\nSCHOOL:\n")
                        .title())
                .isEqualTo("Attendance Officer");
        assertThat(ProfileTextReader.read("Title of postData Manager\nGrade (including allowances)H6\n")
                        .title())
                .isEqualTo("Data Manager");
        assertThat(ProfileTextReader.read(
                                "Post: Reprographics Assistant Salary: Scale 2 Hours: 20 a week Job description To copy")
                        .title())
                .isEqualTo("Reprographics Assistant");
    }

    @Test
    void labelsATableLostItsSeparatorsFromAreRead() {
        ProfileText glued =
                ProfileTextReader.read("Job TitleDining Room Supervisor\nGradeScale 2\nStaff Managed (if any)None\n");

        assertThat(glued.title()).isEqualTo("Dining Room Supervisor");
        assertThat(glued.statedGrade()).isEqualTo("Scale 2");
    }

    @Test
    void aValueUnderItsLabelIsItsFirstSentenceAndTheRestIsText() {
        ProfileText listing = ProfileTextReader.read("Playworker\nSalary:\n£18,000 per annum. You will also receive"
                + " free accommodation and meals during term time and a pension\nJob overview\nRun the club\n");

        assertThat(listing.statedGrade()).isEqualTo("£18,000 per annum");
        assertThat(listing.freeText()).contains("You will also receive free accommodation and meals during term time");

        ProfileText sentence = ProfileTextReader.read("Playworker\nSalary:\nThe salary will depend on experience and"
                + " qualifications and will be agreed with the successful candidate at interview\n");
        assertThat(sentence.statedGrade()).isNull();
        assertThat(sentence.freeText()).contains("The salary will depend on experience");
    }

    @Test
    void aDateAContractOrAPlaceIsNoTitle() {
        assertThat(ProfileTextReader.read("Breakfast Club Leader – Job Description – March 2026\nTo run the club")
                        .title())
                .isEqualTo("Breakfast Club Leader");
        assertThat(ProfileTextReader.read("Oak Academy\nFull Job Description\nTo supervise pupils at lunchtime")
                        .title())
                .isNotEqualTo("Full");
        assertThat(ProfileTextReader.read(
                                "Oak Academy\nWiltshire\n£18,000 per year\nFull Time, Fixed Term\n"
                                        + "Download printable version\nWe are looking for someone to help in our boarding house.")
                        .title())
                .isEmpty();
    }

    @Test
    void aSentenceIsNoTitleButALowerCaseRoleIs() {
        assertThat(ProfileTextReader.read("Oak Academy\nSchool business manager on a daily basis.\n"
                                + "We are looking for someone to help in our busy school office.")
                        .title())
                .isEmpty();
        assertThat(ProfileTextReader.read(
                                ": designated safeguarding lead (DSL)\nOak Academy is committed to safeguarding"
                                        + " and promoting the welfare of all of its pupils.")
                        .title())
                .isEqualTo("designated safeguarding lead (DSL)");
    }

    @Test
    void aLineWhoseSubjectIsAPronounIsASentenceNotATitleButITIsNoPronoun() {
        assertThat(ProfileTextReader.read("My week in the exams office\nWe have a team of thirty invigilators\n"
                                + "I submit the entries for every public examination.")
                        .title())
                .isEmpty();
        assertThat(ProfileTextReader.read("IT Technician\nKeep the school's computers and network running.")
                        .title())
                .isEqualTo("IT Technician");
    }

    @Test
    void aTitleEndsWhereTheNextLabelOfItsLineBegins() {
        assertThat(ProfileTextReader.read(
                                "Job Title: Breakfast Club Assistant Hours/week: 7.5 Job Purpose:\nTo run the club")
                        .title())
                .isEqualTo("Breakfast Club Assistant");
        assertThat(ProfileTextReader.read("Post title: Science Technician Grade: 6\nTo prepare practicals")
                        .title())
                .isEqualTo("Science Technician");
    }

    @Test
    void withoutALabelTheTitleIsWhatTheJobDescriptionHeadingNames() {
        assertThat(ProfileTextReader.read(
                                "Brookfield Academy\nJob Description – Breakfast Club Leader\nTo run the club")
                        .title())
                .isEqualTo("Breakfast Club Leader");
        assertThat(ProfileTextReader.read("Example of a job description for a Playworker\nPurpose of job: play")
                        .title())
                .isEqualTo("Playworker");
        assertThat(ProfileTextReader.read("Exams Officer job summary\nCore purpose\nTo run the exams")
                        .title())
                .isEqualTo("Exams Officer");
        assertThat(ProfileTextReader.read(
                                "NORTHSHIRE COUNTY COUNCIL\nEDUCATION DEPARTMENT\nOAKFIELD PRIMARY SCHOOL\nJOB DESCRIPTION\n"
                                        + "SCHOOL CARETAKER\n1. To open the premises")
                        .title())
                .isEqualTo("SCHOOL CARETAKER");
    }

    @Test
    void aPagesNavigationAnOrganisationOrAnotherLabelIsNeverTheTitle() {
        assertThat(ProfileTextReader.read(
                                "Skip to main content\nSearch\nWillow Bank School for Girls\nPastoral Tutor\nTo support pupils")
                        .title())
                .isEqualTo("Pastoral Tutor");
        assertThat(ProfileTextReader.read("top of page\nOakfield Primary School\nDay Matron\nTo care for boarders")
                        .title())
                .isEqualTo("Day Matron");
        assertThat(ProfileTextReader.read("Name of School: [Name of School]\nLearning Mentor\nTo mentor pupils")
                        .title())
                .isEqualTo("Learning Mentor");
        assertThat(ProfileTextReader.read(": attendance officer\nHours: 9:30 - 2:30\nTo follow up absence")
                        .title())
                .isEqualTo("attendance officer");
    }

    @Test
    void aDoubleSpacedCopysWrappedLinesJoinTheirItem() {
        ProfileText profile =
                ProfileTextReader.read("Main duties\n\n• Keep the register of pupils who arrive late and follow up\n\n"
                        + "  absences with parents by telephone\n\n• Report patterns of absence to the head\n");

        assertThat(profile.accountabilities())
                .containsExactly(
                        "Keep the register of pupils who arrive late and follow up absences with parents by telephone",
                        "Report patterns of absence to the head");
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

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "one line",
                "a\nb",
                "a\r\nb\r\n",
                "a\rb\n\rc",
                "\n\nlead\n",
                "\n",
                "\r\n\r\n",
                "tail\n\n\n",
                "a\u000bb\fc\u0085d\u2028e\u2029f",
                "a\n\nb\n \n",
                "Post title:\u00a0Pupil Support Worker\n\u00a0\n"
            })
    void theLinesAreTheLinesOfEveryKindOfLineBreakWithNoBreakSpacesAsSpaces(String text) {
        List<String> expected = List.of(text.replace('\u00a0', ' ').split("\\R"));

        assertThat(ProfileTextReader.lines(text)).isEqualTo(expected);
    }

    @Test
    void aFlattenedTablesNextLabelIsNotTheValueOfTheLabelBeforeIt() {
        String text = """
                JOB DESCRIPTION
                Job Title:
                School:
                Reports To:
                Lunchtime Supervisor
                Job Purpose
                To supervise the children at lunchtime, in the dining hall and on the playground.
                """;

        ProfileText profile = ProfileTextReader.read(text);

        assertThat(profile.title()).isEqualTo("Lunchtime Supervisor");
        assertThat(profile.freeText()).contains("School:");
    }
}
