package org.rolebook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ImportReport> reports = new ArrayList<>();
        try (ConfigurableApplicationContext context = BatchContext.start(application)) {
            FrameworkImporter importer = context.getBean(FrameworkImporter.class);
            Progress progress = new Progress(err, files.size());
            for (Path file : files) {
                ImportReport report = importer.importFile(file, new ImportOptions(dryRun, school, family));
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
