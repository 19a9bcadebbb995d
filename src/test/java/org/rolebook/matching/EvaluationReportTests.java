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
    }
}
