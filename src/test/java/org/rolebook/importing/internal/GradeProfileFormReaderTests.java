package org.rolebook.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rolebook.importing.internal.SeedDocuments.broken;
import static org.rolebook.importing.internal.SeedDocuments.familySummaryText;
import static org.rolebook.importing.internal.SeedDocuments.operativeSupportGrade5;
import static org.rolebook.importing.internal.SeedDocuments.pupilSupportWorkerForm;
import static org.rolebook.importing.internal.SeedDocuments.pupilSupportWorkerFormReading;
import static org.rolebook.importing.internal.SeedDocuments.roleProfileFormText;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rolebook.framework.Grade;
import org.rolebook.framework.GradeProfile;
import org.rolebook.framework.GradeProfileDocument;
import org.rolebook.framework.StandardStatement;
import org.rolebook.framework.TextBlock;
import org.rolebook.importing.ImportReport;
import org.rolebook.importing.Problem;

class GradeProfileFormReaderTests {

    @Nested
    class Seed {

        @Test
        void isRecognisedAsARoleProfileFormAndTheFamilySummaryIsNot() {
            assertThat(GradeProfileFormReader.recognises(roleProfileFormText())).isTrue();
            assertThat(GradeProfileFormReader.recognises(familySummaryText())).isFalse();
        }

        @Test
        void readsWithoutErrorsAndSaysItTakesOnlyTheFrameworkPart() {
            ImportReport report = pupilSupportWorkerFormReading().report();

            assertThat(report.errors()).isEmpty();
            assertThat(report.unplaced()).isEmpty();
            assertThat(report.warnings()).singleElement().satisfies(warning -> {
                assertThat(warning.field()).isEqualTo("role profile");
                assertThat(warning.message()).contains("framework part", "keeps the whole document");
            });
            assertThat(report.kind()).isEqualTo(GradeProfileFormReader.KIND);
        }

        @Test
        void recognisesTheEmployerTheStatementsAndTheGradeProfileInDocumentOrder() {
            assertThat(pupilSupportWorkerFormReading().report().recognised())
                    .extracting(ImportReport.Fact::field, ImportReport.Fact::value)
                    .containsExactly(
                            tuple("employer", "Lancashire County Council"),
                            tuple("standard statement", "Equal opportunities"),
                            tuple("standard statement", "Health and safety"),
                            tuple("standard statement", "Safeguarding Commitment"),
                            tuple("standard statement", "Customer Focus"),
                            tuple("standard statement", "Skills Pledge"),
                            tuple("standard statement", "Attendance"),
                            tuple("grade profile", "Grade Profile - Level Five – Operative / Support (Grade 5)"));
        }

        @Test
        void namesTheEmployerAndKeepsTheWholeSource() {
            GradeProfileDocument document = pupilSupportWorkerForm();

            assertThat(document.employer()).isEqualTo("Lancashire County Council");
            assertThat(document.source().content()).isEqualTo(roleProfileFormText());
            assertThat(document.source().kind()).isEqualTo(GradeProfileFormReader.KIND);
            assertThat(document.gradeProfiles()).hasSize(1);
        }

        @Test
        void readsTheGradeProfileHeading() {
            GradeProfile profile = operativeSupportGrade5();

            assertThat(profile.grade()).isEqualTo(Grade.of(5));
            assertThat(profile.levelName()).isEqualTo("Level Five");
            assertThat(profile.title()).isEqualTo("Operative / Support");
            assertThat(profile.heading()).isEqualTo("Grade Profile - Level Five – Operative / Support (Grade 5)");
        }

        @Test
        void readsThePurposeAndTheScopeOfWorkAsWritten() {
            GradeProfile profile = operativeSupportGrade5();

            assertThat(profile.purpose())
                    .isEqualTo(new TextBlock("To apply practical methods, techniques, work procedures or processes"
                            + " in support of, or delivery of, the service."));
            assertThat(profile.purpose().items()).isEmpty();
            assertThat(profile.scopeOfWork().paragraphs())
                    .containsExactly("Role holders will undertake a range of standardised procedures, some of"
                            + " which maybe relatively complex, and use associated tools and equipment.  Role"
                            + " holders may be expected to respond independently to unexpected problems or"
                            + " situations.");
        }

        @Test
        void readsTheAccountabilitiesAsAParagraphAndFiveItems() {
            TextBlock accountabilities = operativeSupportGrade5().accountabilities();

            assertThat(accountabilities.paragraphs()).containsExactly("Role holders may be responsible for:");
            assertThat(accountabilities.items())
                    .containsExactly(
                            "Instructing and checking the work of others; or",
                            "Planning and organising tasks; or",
                            "Interpreting information, solving task-related problems or implementing regulations;"
                                    + " or",
                            "Producing work of the required standard; or",
                            "Providing advice and guidance on established internal policies and procedures.");
            assertThat(accountabilities.groups())
                    .extracting(TextBlock.Group::list)
                    .containsExactly(false, true);
        }

        @Test
        void readsTheSkillsAsThreeItemsAndTheClosingParagraph() {
            TextBlock skills = operativeSupportGrade5().skillsKnowledgeExperience();

            assertThat(skills.items())
                    .containsExactly(
                            "Previous relevant experience or the ability to demonstrate the competence to carry out"
                                    + " the job.",
                            "Possession of, or the ability to demonstrate the capability to gain, relevant"
                                    + " qualifications, licences or equivalent where applicable.",
                            "Enhanced skills appropriate to the job discipline.");
            assertThat(skills.paragraphs())
                    .containsExactly("In addition to the skills, knowledge and experience described, you may be"
                            + " required to undertake a lower graded role as appropriate.");
            assertThat(skills.parts().getLast().item()).isFalse();
        }

        @Test
        void readsOnePerformanceMeasure() {
            assertThat(operativeSupportGrade5().performanceMeasures().items())
                    .containsExactly("Completion of work to required standards and deadlines.");
            assertThat(operativeSupportGrade5().performanceMeasures().paragraphs())
                    .isEmpty();
        }

        @Test
        void readsTheSixStandardStatementsInOrderWithTheirText() {
            List<StandardStatement> statements = pupilSupportWorkerForm().statements();

            assertThat(statements)
                    .extracting(StandardStatement::title)
                    .containsExactly(
                            "Equal opportunities",
                            "Health and safety",
                            "Safeguarding Commitment",
                            "Customer Focus",
                            "Skills Pledge",
                            "Attendance");
            assertThat(statements)
                    .extracting(statement -> statement.text().plain())
                    .containsExactly(
                            "We are committed to achieving equal opportunities in the way we deliver services to the"
                                    + " community and in our employment arrangements. We expect all employees to"
                                    + " understand and promote this policy in their work.",
                            "All employees have a responsibility for their own health and safety and that of others"
                                    + " when carrying out their duties and must co-operate with us to apply our"
                                    + " general statement of health and safety policy.",
                            "We are committed to protecting and promoting the welfare of children, young people and"
                                    + " vulnerable adults.",
                            "We put our customers’ needs and expectations at the heart of all that we do. We expect"
                                    + " our employees to have a full understanding of those needs and expectations"
                                    + " so that we can provide high quality, appropriate services at all times.",
                            "We are committed to developing the skills of our workforce.  All employees will be"
                                    + " supported to work towards a level 2 qualification in literacy and /or"
                                    + " numeracy if they do not have one already.",
                            "Good attendance enhances the service delivered by schools, minimises staffing"
                                    + " difficulties and ensures best value to the school. It is essential that"
                                    + " applicants for positions in this school can evidence a previous satisfactory"
                                    + " attendance record/commitment to sustaining regular attendance at work.");
            assertThat(statements)
                    .allSatisfy(
                            statement -> assertThat(statement.text().items()).isEmpty());
        }
    }

    @Nested
    class BrokenTwins {

        @Test
        void refusesAFormWithoutAGradeProfileHeading() {
            Reading<GradeProfileDocument> reading = read("004_no-grade-profile.txt");

            assertThat(reading.document()).isNull();
            assertThat(reading.report().ok()).isFalse();
            assertThat(reading.report().errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("grade profile");
                assertThat(error.message()).contains("no heading");
            });
            assertThat(reading.report().recognised())
                    .extracting(ImportReport.Fact::value)
                    .containsExactly("Riverside Learning Trust", "Equal opportunities", "Attendance");
        }

        @Test
        void refusesAGradeProfileWhoseGradeIsNoGrade() {
            Reading<GradeProfileDocument> reading = read("004_grade-zero-profile.txt");

            assertThat(reading.document()).isNull();
            assertThat(reading.report().errors())
                    .extracting(Problem::field, Problem::value, Problem::line)
                    .containsExactly(tuple("grade", "Grade 0", 11));
        }

        private Reading<GradeProfileDocument> read(String file) {
            return GradeProfileFormReader.read(file, broken(file));
        }
    }
}
