package org.rolebook.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.rolebook.importing.internal.SeedDocuments;

/**
 * In-process speed of grade suggestion on one thread: the seed form, and each evaluation document
 * as published and blind in turn. Run by {@code bench/throughput} (throughput, then latency
 * percentiles); the evaluation set is read from {@code rolebook.shared.dir} when present.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(1)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GradeMatcherBenchmark {

    GradeMatcher matcher;
    ProfileText seedForm;
    String seedFormText;
    List<ProfileText> documents;
    int next;

    @Setup
    public void setUp() throws IOException {
        matcher = GradeMatcher.of(MatchingFixtures.families());
        seedFormText = SeedDocuments.roleProfileFormText();
        seedForm = ProfileTextReader.read(seedFormText);
        documents = new ArrayList<>();
        Path shared = Path.of(System.getProperty("rolebook.shared.dir", "../shared"));
        if (Files.isRegularFile(shared.resolve("eval/INDEX.tsv"))) {
            for (EvaluationReport.Document document : EvaluationReport.documents(shared)) {
                documents.add(ProfileTextReader.read(document.text()));
                documents.add(ProfileTextReader.read(EvaluationReport.blind(document)));
            }
        } else {
            documents.add(seedForm);
        }
    }

    @Benchmark
    public Suggestion seedForm() {
        return matcher.suggest(seedForm);
    }

    @Benchmark
    public Suggestion seedFormReadFromText() {
        return matcher.suggest(ProfileTextReader.read(seedFormText));
    }

    @Benchmark
    public void evaluationDocuments(Blackhole blackhole) {
        blackhole.consume(matcher.suggest(documents.get(next)));
        next = (next + 1) % documents.size();
    }
}
