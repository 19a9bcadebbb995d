package org.rolebook.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
    void aTitleIsReadRightWhenTheReaderFindsTheWordsTheIndexWrites() {
        var form = new EvaluationReport.Document(
                "form.txt", "Midday Supervisor", "title", 3, java.util.List.of("Midday Supervisor"), "");

        assertThat(EvaluationReport.titleRead(withText(form, "Oak School\nJob title: Midday Supervisor (Primary)\n")))
                .isTrue();
        assertThat(EvaluationReport.titleRead(withText(form, "Skip to main content\n")))
                .isFalse();
        assertThat(EvaluationReport.titleRead(withText(form, ""))).isFalse();
    }

    private static EvaluationReport.Document withText(EvaluationReport.Document document, String text) {
        return new EvaluationReport.Document(
                document.file(), document.title(), document.kind(), document.expected(), document.blindTerms(), text);
    }
}
