package org.rolebook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rolebook.importing.FrameworkImporter;
import org.rolebook.importing.ImportOptions;
import org.rolebook.importing.ImportReport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rolebook import [--dry-run] [--json] FILE...}: framework documents into the catalogue. */
@Command(
        name = "import",
        header = "Import framework documents, role profile forms and role profile CSV files.",
        description = {
            "Read job family profile summaries and role profile forms (tab-exported text),",
            "report per file what was recognised, errors and warnings, and store each file",
            "that has no errors, whole. Exit code 1 when any file has errors."
        })
final class ImportCommand implements Callable<Integer> {

    private final Class<?> application;

    @Spec
    CommandSpec spec;

    @Option(names = "--dry-run", description = "Read and report only; store nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the reports as JSON.")
    boolean json;

    @Option(
            names = "--school",
            paramLabel = "URN",
            description = "Store the posts of role profile forms as role profiles of this school.")
    String school;

    @Option(
            names = "--family",
            paramLabel = "SLUG",
            description = "The job family of those posts (default: the framework's only family).")
    String family;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to import.")
    List<Path> files = new ArrayList<>();

    ImportCommand(Class<?> application) {
        this.application = application;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ImportReport> reports = new ArrayList<>();
        try (ConfigurableApplicationContext context = BatchContext.start(application);
                ExecutorService workers =
                        Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
            FrameworkImporter importer = context.getBean(FrameworkImporter.class);
            ImportOptions options = new ImportOptions(dryRun, school, family);
            Progress progress = new Progress(err, files.size());
            // The first file goes alone: it may bring the framework the others need; then files are read
            // and stored side by side, each whole or not at all, and reported in the order given.
            List<Future<ImportReport>> pending = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                Future<ImportReport> report = workers.submit(() -> importer.importFile(file, options));
                if (i == 0) {
                    report.get();
                }
                pending.add(report);
            }
            for (Future<ImportReport> future : pending) {
                ImportReport report = future.get();
                reports.add(report);
                progress.done(report.ok());
                if (!json) {
                    ReportText.print(out, report, dryRun);
                }
            }
        }
        if (json) {
            out.println(ReportText.json(dryRun, reports));
        }
        out.flush();
        return reports.stream().allMatch(ImportReport::ok) ? 0 : 1;
    }
}
