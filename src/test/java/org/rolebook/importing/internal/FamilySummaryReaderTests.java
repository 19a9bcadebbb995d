package org.rolebook.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rolebook.importing.internal.SeedDocuments.broken;
import static org.rolebook.importing.internal.SeedDocuments.familySummaryText;
import static org.rolebook.importing.internal.SeedDocuments.roleProfileFormText;
import static org.rolebook.importing.internal.SeedDocuments.singleStatusFamilySummary;
import static org.rolebook.importing.internal.SeedDocuments.singleStatusFamilySummaryReading;
import static org.rolebook.importing.internal.SeedDocuments.studentSupportServices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rolebook.framework.Accountabilities;
import org.rolebook.framework.Dimension;
import org.rolebook.framework.FamilyLevel;
import org.rolebook.framework.FamilySummaryDocument;
import org.rolebook.framework.Grade;
import org.rolebook.framework.JobFamily;
import org.rolebook.framework.LevelText;
import org.rolebook.importing.ImportReport;
import org.rolebook.importing.Problem;
import org.rolebook.importing.Unplaced;

class FamilySummaryReaderTests {

    private static final String NB_ANY_LEVEL = "NB The difference between any level is an accumulation of a number of"
            + " elements rather than focus on any particular task.";
    private static final String NB_ANY_LEVELS = "NB The difference between any levels is an accumulation of a number of"
            + " elements rather than focus on any particular task.";

    @Nested
    class Seed {

        @Test
        void matchesTheGoldenFile() {
            GoldenFiles.assertMatches(
                    "000_875a7b71c6688b28.expected.txt", FamilySummaryDump.of(singleStatusFamilySummaryReading()));
        }

        @Test
        void isRecognisedAsAFamilySummaryAndTheFormIsNot() {
            assertThat(FamilySummaryReader.recognises(familySummaryText())).isTrue();
            assertThat(FamilySummaryReader.recognises(roleProfileFormText())).isFalse();
        }

        @Test
        void readsWithoutErrorsWarningsOrUnplacedText() {
            ImportReport report = singleStatusFamilySummaryReading().report();

            assertThat(report.ok()).isTrue();
            assertThat(report.errors()).isEmpty();
            assertThat(report.warnings()).isEmpty();
            assertThat(report.unplaced()).isEmpty();
            assertThat(report.kind()).isEqualTo(FamilySummaryReader.KIND);
            assertThat(report.recognised())
                    .containsExactly(
                            new ImportReport.Fact("framework", "Implementation of Single Status in Schools – 2014"),
                            new ImportReport.Fact("family", "Student Support Services"));
        }

        @Test
        void namesTheFrameworkAndItsYear() {
            FamilySummaryDocument document = singleStatusFamilySummary();

            assertThat(document.frameworkName()).isEqualTo("Implementation of Single Status in Schools – 2014");
            assertThat(document.effectiveYear()).isEqualTo(2014);
        }

        @Test
        void keepsTheWholeSourceDocument() {
            FamilySummaryDocument document = singleStatusFamilySummary();

            assertThat(document.source().content()).isEqualTo(familySummaryText());
            assertThat(document.source().kind()).isEqualTo(FamilySummaryReader.KIND);
            assertThat(document.source().fileName()).isEqualTo("000_875a7b71c6688b28.txt");
        }

        @Test
        void holdsOneFamilyWithGradesThreeToEleven() {
            FamilySummaryDocument document = singleStatusFamilySummary();

            assertThat(document.families()).hasSize(1);
            JobFamily family = document.families().getFirst();
            assertThat(family.name()).isEqualTo("Student Support Services");
            assertThat(family.slug()).isEqualTo("student-support-services");
            assertThat(family.grades())
                    .containsExactlyElementsOf(
                            IntStream.rangeClosed(3, 11).mapToObj(Grade::of).toList());
            assertThat(family.levels()).hasSize(9);
        }

        @Test
        void summarisesEachGradeInTheReport() {
            List<ImportReport.FamilyFacts> families =
                    singleStatusFamilySummaryReading().report().families();

            assertThat(families).singleElement().satisfies(family -> {
                assertThat(family.name()).isEqualTo("Student Support Services");
                assertThat(family.grades())
                        .extracting(ImportReport.GradeFacts::grade)
                        .containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11);
                assertThat(family.grades())
                        .allSatisfy(grade -> assertThat(grade.dimensions()).isEqualTo(8));
                assertThat(family.grades().get(2)).isEqualTo(new ImportReport.GradeFacts(5, 5, 7, 8));
            });
        }

        @Test
        void givesEveryGradeAllEightDimensionsAndNoExtraRows() {
            for (FamilyLevel level : studentSupportServices().levels()) {
                assertThat(level.texts().keySet()).as(level.grade().label()).containsExactly(Dimension.values());
                assertThat(level.extraRows()).as(level.grade().label()).isEmpty();
            }
        }

        @Test
        void splitsExampleTitlesAtSemicolons() {
            assertThat(level(3).exampleTitles()).containsExactly("Midday Supervisor (Primary / Secondary)");
            assertThat(level(4).exampleTitles())
                    .containsExactly(
                            "Senior Midday Supervisor (Primary /Secondary)",
                            "Midday Supervisor (Special School)",
                            "Technology Technician");
            assertThat(level(5).exampleTitles())
                    .containsExactly(
                            "Morning Club leader",
                            "Senior Midday Supervisor (Special School)",
                            "Ancillary Assistant",
                            "Assessment & Data Coordinator",
                            "Science Technician");
            assertThat(level(6).exampleTitles())
                    .containsExactly("Art & Design Technician", "ICT Technician", "Sports Technician");
            assertThat(level(11).exampleTitles()).containsExactly("ICT Network Manager", "Extended Schools Leader");
        }

        @Test
        void keepsTheTrailingSemicolonOfGradeThreeAsWritten() {
            assertThat(level(3).text(Dimension.EXAMPLE_TITLES).asWritten())
                    .isEqualTo("Midday Supervisor (Primary / Secondary);");
        }

        @Test
        void readsTheBulletedTasksOfGradeFiveAndItsClosingStatement() {
            Accountabilities accountabilities = level(5).accountabilities();

            assertThat(accountabilities.statements())
                    .containsExactly("Works within standard procedures, access to assistance when required. Some"
                            + " independent working to deal with classroom situations as they arise. An element"
                            + " of forward planning.");
            assertThat(accountabilities.typicalTasks())
                    .containsExactly(
                            "Providing and organising games activity.",
                            "Covering Frist Aid Room",
                            "Supervising pupils in non-structured breaks",
                            "Administering basic First Aid",
                            "Managing Information Management systems: inputting data and creating and producing"
                                    + " reports.",
                            "Conveying pupil information electronically.",
                            "Setting up and maintenance of laboratory equipment");
            assertThat(accountabilities.closing())
                    .containsExactly("Communication and interaction with students, staff and colleagues to promote"
                            + " activity, respond to enquiries and manage behaviour.");
        }

        @Test
        void readsTheSentencesAfterTypicalTasksOfGradesThreeAndFourAsTasks() {
            assertThat(level(3).typicalTasks())
                    .containsExactly(
                            "Supervising lunchtime activities outdoors and indoors when inclement weather.",
                            "Senior role supervises junior colleagues ensuring tasks completed to rota.");
            assertThat(level(3).accountabilities().closing())
                    .containsExactly("Communication with students to encourage positive lunchtime activities."
                            + " Politeness and courtesy to colleagues, school staff, visitors.");
            assertThat(level(4).typicalTasks())
                    .containsExactly(
                            "Practical support tasks such as supervising and organising lunchtime activities or in"
                                    + " obtaining resources and equipment.",
                            "If supervisory, allocates work and monitors to ensure timely and quality delivery.");
            assertThat(level(4).accountabilities().closing())
                    .singleElement()
                    .asString()
                    .startsWith("Communication");
        }

        @Test
        void countsTheTypicalTasksOfEveryGrade() {
            Map<Integer, Integer> counts = new LinkedHashMap<>();
            studentSupportServices()
                    .levels()
                    .forEach(level -> counts.put(
                            level.grade().number(), level.typicalTasks().size()));

            assertThat(counts)
                    .containsExactly(
                            Map.entry(3, 2),
                            Map.entry(4, 2),
                            Map.entry(5, 7),
                            Map.entry(6, 6),
                            Map.entry(7, 6),
                            Map.entry(8, 5),
                            Map.entry(9, 5),
                            Map.entry(10, 6),
                            Map.entry(11, 4));
        }

        @Test
        void endsTheAccountabilitiesOfEveryGradeWithACommunicationStatement() {
            for (FamilyLevel level : studentSupportServices().levels()) {
                assertThat(level.accountabilities().closing())
                        .as(level.grade().label())
                        .singleElement()
                        .asString()
                        .containsIgnoringCase("communication");
            }
        }

        @Test
        void combinesTheNbRowWithTheAccountabilitiesAboveItForGradesSevenToNine() {
            Accountabilities grade7 = level(7).accountabilities();
            assertThat(level(7).text(Dimension.ACCOUNTABILITIES).paragraphs()).hasSize(2);
            assertThat(grade7.statements())
                    .containsExactly("Mainly covered by established procedures and working manuals but organising"
                            + " own work and may supervise junior colleagues. May have indeterminate budgetary"
                            + " impact.");
            assertThat(grade7.typicalTasks())
                    .startsWith("Organising specialist technical support and equipment for science/art/technology"
                            + " teaching and exams.")
                    .endsWith("Planning, leading, participating in Award scheme");
            assertThat(grade7.closing())
                    .containsExactly("Effective communication to interact and engage with students and staff to"
                            + " promote activity, respond to enquiries and manage behaviour");

            assertThat(level(8).accountabilities().statements())
                    .singleElement()
                    .asString()
                    .startsWith("Works within defined practices and regulations but not closely supervised");
            assertThat(level(8).typicalTasks())
                    .first()
                    .isEqualTo("Managing behavioural incidents and directing students' behaviour by developing"
                            + " interventions to support learning progress.");
            assertThat(level(9).accountabilities().statements())
                    .singleElement()
                    .asString()
                    .startsWith("Works within defined procedures but not closely managed");
            assertThat(level(9).typicalTasks())
                    .first()
                    .isEqualTo("Acting as professional lead on CAF, including attending multi- agency meetings and"
                            + " conferences.");
        }

        @Test
        void keepsTheNbNotesOnTheFamily() {
            assertThat(studentSupportServices().notes()).containsExactly(NB_ANY_LEVEL, NB_ANY_LEVELS);
        }

        @Test
        void readsTheParagraphFragmentsOfGradesTenAndEleven() {
            LevelText grade10 = level(10).text(Dimension.ACCOUNTABILITIES);

            assertThat(grade10.asWritten()).startsWith("<p>Work is governed");
            assertThat(grade10.paragraphs())
                    .hasSize(4)
                    .first()
                    .isEqualTo("Work is governed by established practices and procedures, some degree of freedom to"
                            + " act but within clearly defined compliance parameters. May be remotely managed. May"
                            + " involve planning to set targets in line with local and national priorities");
            assertThat(grade10.paragraphs().get(1))
                    .isEqualTo("May have budgetary or fund generating responsibility or accountability based on"
                            + " review and results.");
            assertThat(level(10).accountabilities().statements()).hasSize(2);
            assertThat(level(10).typicalTasks()).last().isEqualTo("Managing support staff");
            assertThat(level(11).text(Dimension.KNOWLEDGE_SKILLS_EXPERIENCE).paragraphs())
                    .hasSize(3);
        }

        @Test
        void leavesNoParagraphMarkupInAnyPlainText() {
            for (FamilyLevel level : studentSupportServices().levels()) {
                for (Dimension dimension : Dimension.values()) {
                    assertThat(level.text(dimension).plain())
                            .as("%s, %s", level.grade(), dimension)
                            .doesNotContain("<p>", "</p>");
                }
            }
        }

        @Test
        void readsTheDashOfGradesTenAndElevenAsNoAdditionalWorkElements() {
            for (int grade : List.of(10, 11)) {
                LevelText elements = level(grade).text(Dimension.WORK_ELEMENTS);
                assertThat(elements.asWritten()).isEqualTo("-");
                assertThat(elements.isNone()).isTrue();
                assertThat(elements.paragraphs()).isEmpty();
            }
            for (int grade = 3; grade <= 9; grade++) {
                assertThat(level(grade).text(Dimension.WORK_ELEMENTS).isNone())
                        .as("Grade %d", grade)
                        .isFalse();
            }
        }

        @Test
        void keepsTextAsWritten() {
            assertThat(level(5).typicalTasks()).contains("Covering Frist Aid Room");
            assertThat(level(3).text(Dimension.REPORTING_LINE).asWritten())
                    .isEqualTo("Senior Midday Supervisor /designated manager");
            assertThat(level(8).text(Dimension.SUPERVISORY_RESPONSIBILITY).asWritten())
                    .isEqualTo("May line -manage support staff or activity leaders");
            assertThat(level(5).exampleTitles()).contains("Morning Club leader");
        }
    }

    @Nested
    class BrokenTwins {

        @Test
        void refusesATruncatedTableNamingTheLine() {
            Reading<FamilySummaryDocument> reading = read("000_truncated-table.txt");

            assertThat(reading.document()).isNull();
            assertThat(reading.report().errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("table");
                assertThat(error.line()).isEqualTo(5);
                assertThat(error.value()).isEqualTo("Typical Level Purpose");
                assertThat(error.message()).contains("2 cells", "line 3", "3 grade columns", "truncated");
                assertThat(error.toString()).startsWith("line 5: table");
            });
        }

        @Test
        void refusesAGradeColumnTwiceInOneHeader() {
            Reading<FamilySummaryDocument> reading = read("000_grade-twice-in-header.txt");

            assertThat(reading.document()).isNull();
            assertThat(reading.report().errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("grade");
                assertThat(error.line()).isEqualTo(3);
                assertThat(error.value()).isEqualTo("GRADE 3");
                assertThat(error.message()).contains("Grade 3", "twice", "Learning Support");
            });
        }

        @Test
        void refusesAGradeColumnTwiceAcrossTwoTablesOfOneFamily() {
            Reading<FamilySummaryDocument> reading = read("000_grade-twice-across-tables.txt");

            assertThat(reading.document()).isNull();
            assertThat(reading.report().errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("grade");
                assertThat(error.line()).isEqualTo(8);
                assertThat(error.value()).isEqualTo("GRADE 4");
            });
        }

        @Test
        void refusesADocumentWithoutATitleRow() {
            Reading<FamilySummaryDocument> reading = read("000_no-title-row.txt");

            assertThat(reading.document()).isNull();
            assertThat(reading.report().errors())
                    .singleElement()
                    .extracting(Problem::field)
                    .isEqualTo("framework");
        }

        @Test
        void refusesADocumentWithoutAGradeTableAndKeepsItsText() {
            Reading<FamilySummaryDocument> reading = read("000_no-grade-table.txt");

            assertThat(reading.document()).isNull();
            assertThat(reading.report().errors())
                    .singleElement()
                    .satisfies(error -> assertThat(error.field()).isEqualTo("table"))
                    .satisfies(error -> assertThat(error.message()).contains("no table of grades"));
            assertThat(reading.report().unplaced())
                    .contains(new Unplaced(3, "Example Job Titles\tPlay Assistant\tPlay Leader"));
        }

        @Test
        void keepsARowWithAnUnknownLabelAsAnExtraRowWithAWarning() {
            Reading<FamilySummaryDocument> reading = read("000_unknown-row-label.txt");

            assertThat(reading.report().errors()).isEmpty();
            assertThat(reading.report().warnings()).singleElement().satisfies(warning -> {
                assertThat(warning.field()).isEqualTo("dimension");
                assertThat(warning.line()).isEqualTo(12);
                assertThat(warning.value()).isEqualTo("Typical Hours");
            });
            assertThat(reading.document()).isNotNull();
            JobFamily family = reading.document().families().getFirst();
            assertThat(family.level(Grade.of(3)).orElseThrow().extraRows())
                    .containsExactly(new FamilyLevel.ExtraRow("Typical Hours", new LevelText("Term time only")));
            assertThat(family.level(Grade.of(4)).orElseThrow().extraRows())
                    .containsExactly(new FamilyLevel.ExtraRow("Typical Hours", new LevelText("All year")));
        }

        @Test
        void keepsTextOutsideTablesAsUnplacedWithAWarning() {
            Reading<FamilySummaryDocument> reading = read("000_text-outside-tables.txt");

            assertThat(reading.report().errors()).isEmpty();
            assertThat(reading.report().unplaced())
                    .containsExactly(new Unplaced(13, "Agreed with the recognised trade unions\tMarch 2020"));
            assertThat(reading.report().warnings()).singleElement().satisfies(warning -> {
                assertThat(warning.field()).isEqualTo("text");
                assertThat(warning.line()).isEqualTo(13);
            });
            assertThat(reading.document()).isNotNull();
        }

        @Test
        void keepsALoneLineBeforeOrAfterTheTablesAsUnplacedNotAsAFamily() {
            Reading<FamilySummaryDocument> reading = read("000_text-before-and-after-tables.txt");

            assertThat(reading.report().errors()).isEmpty();
            assertThat(reading.report().unplaced())
                    .containsExactly(new Unplaced(1, "Draft for consultation"), new Unplaced(14, "Page 1 of 1"));
            assertThat(reading.report().warnings())
                    .extracting(Problem::field, Problem::line)
                    .containsExactly(tuple("text", 1), tuple("text", 14));
            assertThat(reading.report().recognised())
                    .extracting(ImportReport.Fact::value)
                    .containsExactly("Riverside Learning Trust – 2020", "Learning Support");
            assertThat(reading.document()).isNotNull();
            assertThat(reading.document().families())
                    .extracting(JobFamily::name)
                    .containsExactly("Learning Support");
        }

        @Test
        void keepsACellBeyondTheLastGradeColumnAsUnplaced() {
            Reading<FamilySummaryDocument> reading = read("000_cell-beyond-last-grade.txt");

            assertThat(reading.report().errors()).isEmpty();
            assertThat(reading.report().unplaced()).containsExactly(new Unplaced(8, "Secondary (see Grade 5)"));
            assertThat(reading.report().warnings()).singleElement().satisfies(warning -> {
                assertThat(warning.field()).isEqualTo("table");
                assertThat(warning.line()).isEqualTo(8);
                assertThat(warning.value()).isEqualTo("Probable settings");
            });
            assertThat(reading.document()).isNotNull();
            JobFamily family = reading.document().families().getFirst();
            assertThat(family.level(Grade.of(4)).orElseThrow().text(Dimension.SETTINGS))
                    .isEqualTo(new LevelText("Primary or Special School"));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "000_truncated-table.txt",
                    "000_grade-twice-in-header.txt",
                    "000_grade-twice-across-tables.txt",
                    "000_no-title-row.txt",
                    "000_no-grade-table.txt"
                })
        void givesNoDocumentWhenThereAreErrors(String file) {
            Reading<FamilySummaryDocument> reading = read(file);

            assertThat(reading.report().ok()).isFalse();
            assertThat(reading.document()).isNull();
        }

        private Reading<FamilySummaryDocument> read(String file) {
            return FamilySummaryReader.read(file, broken(file));
        }
    }

    private static FamilyLevel level(int grade) {
        return SeedDocuments.studentSupportServices(grade);
    }
}
