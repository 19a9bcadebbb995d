package org.rolebook.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The evaluation report runs over the shared set when it is there (it is not part of the repository). */
class EvaluationReportTests {

    @Test
    void theReportCoversEveryDocumentInBothRunsForBothMethods() throws Exception {
        Path shared = Path.of(System.getProperty("rolebook.shared.dir", "../shared"));
        Assumptions.assumeTrue(
                Files.isRegularFile(shared.resolve("eval/INDEX.tsv")), "the shared evaluation set is absent");
        var results = EvaluationReport.run(shared);
        var out = new java.io.ByteArrayOutputStream();
        EvaluationReport.print(
                results,
                EvaluationReport.SetRole.EVALUATION,
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        System.out.println(out.toString(java.nio.charset.StandardCharsets.UTF_8));
        long documents = EvaluationReport.documents(shared).size();
        assertThat(results).hasSize((int) documents * 4);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Post title read from the published text: ");
    }

    @Test
    void aListedDocumentWithoutItsTextIsNamedAndTheOthersAreMeasured(@org.junit.jupiter.api.io.TempDir Path set)
            throws Exception {
        writeIndex(
                set,
                "",
                "here.txt\tMidday Supervisor\t-\tOak School\t-\t3\ttitle\tMidday Supervisor\texample title\n"
                        + "gone.txt\tICT Technician\t-\tElm School\t-\t6\ttitle\tICT Technician\texample title\n");
        Files.writeString(
                set.resolve("eval/docs/here.txt"),
                "Job title: Midday Supervisor\nSupervise pupils in the playground at lunchtime\n");

        assertThat(EvaluationReport.missing(set)).containsExactly("gone.txt");
        assertThat(EvaluationReport.documents(set))
                .extracting(EvaluationReport.Document::file)
                .containsExactly("here.txt", "seed 004 (Pupil Support Worker form)");
        assertThat(EvaluationReport.run(set)).hasSize(2 * 4);
    }

    @Test
    void labelsReadTwiceShowHowOftenTheTwoReadingsAndEachMethodAgree(@org.junit.jupiter.api.io.TempDir Path set)
            throws Exception {
        writeIndex(
                set,
                "\tsecond_grade\tsecond_reason",
                "midday.txt\tMidday Supervisor\t-\tOak School\t-\t3\tpanel\tMidday Supervisor\tmidday\t3\tmidday\n"
                        + "mentor.txt\tLearning Mentor\t-\tElm School\t-\t5\tpanel\tLearning Mentor\tmentoring\t4\tmentoring\n"
                        + "club.txt\tClub Leader\t-\tAsh School\t-\t5\tpanel\tClub Leader\tread once\t\t\n");
        Files.writeString(
                set.resolve("eval/docs/midday.txt"), "Job title: Midday Supervisor\nSupervise pupils at lunchtime\n");
        Files.writeString(
                set.resolve("eval/docs/mentor.txt"), "Job title: Learning Mentor\nMentor pupils one to one\n");
        Files.writeString(set.resolve("eval/docs/club.txt"), "Job title: Club Leader\nRun the breakfast club\n");

        List<String> lines = EvaluationReport.agreement(EvaluationReport.run(set));

        assertThat(lines)
                .contains(
                        "Labels read twice: 2 documents graded again by a second evaluator who did not see the first labels.",
                        "  the two readings agree: exact 50%, within one 100%, MAE 0.50");
        assertThat(lines)
                .filteredOn(line -> line.contains("with the first reading"))
                .hasSize(4);
    }

    @Test
    void theReportCountsTheOutsideFlagsOfBothKindsOfPost(@org.junit.jupiter.api.io.TempDir Path set) throws Exception {
        writeIndex(
                set,
                "",
                "ta.txt\tTeaching Assistant\t-\tOak School\t-\tnone\toutside\tTeaching Assistant\tteaching and learning\n"
                        + "midday.txt\tMidday Supervisor\t-\tElm School\t-\t3\ttitle\tMidday Supervisor\texample title\n");
        Files.writeString(
                set.resolve("eval/docs/ta.txt"),
                "Job title: Teaching Assistant\n1. Work under the direction of the class teacher in lessons\n"
                        + "2. Support literacy and numeracy groups across the curriculum\n"
                        + "3. Deliver planned interventions for pupils with special educational needs\n"
                        + "4. Mark work and feed back to the class teacher on learning objectives\n");
        Files.writeString(
                set.resolve("eval/docs/midday.txt"),
                "Job title: Midday Supervisor\n1. Supervise pupils in the playground at lunchtime\n");

        assertThat(EvaluationReport.outsideFlags(EvaluationReport.run(set)))
                .containsExactly(
                        "Flagged outside the loaded families (OUTSIDE_FAMILIES), evidence matcher:",
                        "  published posts labelled outside: 1 of 1 flagged; the other posts: 0 of 2 flagged",
                        "  blind     posts labelled outside: 1 of 1 flagged; the other posts: 0 of 2 flagged");
    }

    @Test
    void aTitleIsReadRightWhenTheReaderFindsTheWordsTheIndexWrites() {
        var form = new EvaluationReport.Document(
                "form.txt", "Midday Supervisor", "title", 3, java.util.List.of("Midday Supervisor"), "");

        assertThat(EvaluationReport.titleRead(withText(form, "Oak School\nJob title: Midday Supervisor (Primary)\n")))
                .isTrue();
        assertThat(EvaluationReport.titleRead(withText(form, "Skip to main content\n")))
                .isFalse();
        assertThat(EvaluationReport.titleRead(withText(form, ""))).isFalse();
    }

    @Test
    void aBlindRunTakesOutTheTitleAsWholeWordsAndTheShortLinesOfPay() {
        var document = new EvaluationReport.Document(
                "ta.txt", "Teaching Assistant", "outside", 0, List.of("TA", "Teaching Assistant", "-"), """
                Teaching Assistant
                Grade 4, SCP 7 to 9
                Our Teaching Assistants and the TA team keep data on pupils' progress and support staff.
                A long line that names the salary, as it goes on to say much more about the post than its pay alone.
                """);

        assertThat(EvaluationReport.blind(document)).isEqualTo("""

                        Our  and the  team keep data on pupils' progress and support staff.
                        A long line that names the salary, as it goes on to say much more about the post than its pay alone.
                        """);
    }

    /** A set's folder of documents and its index: the index's columns, those given after them, and these rows. */
    private static void writeIndex(Path set, String moreColumns, String rows) throws java.io.IOException {
        Files.createDirectories(set.resolve("eval/docs"));
        Files.writeString(
                set.resolve("eval/INDEX.tsv"),
                "file\tpost_title\tstated_grade\temployer\tsource_url\texpected_grade\tlabel_kind\tblind_terms\trationale"
                        + moreColumns
                        + "\n"
                        + rows);
    }

    private static EvaluationReport.Document withText(EvaluationReport.Document document, String text) {
        return new EvaluationReport.Document(
                document.file(), document.title(), document.kind(), document.expected(), document.blindTerms(), text);
    }
}
