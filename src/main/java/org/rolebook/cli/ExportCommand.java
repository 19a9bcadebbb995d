package org.rolebook.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rolebook.backup.Backup;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rolebook export --out FILE}: every row of every table as one JSON file. */
@Command(
        name = "export",
        description =
                "Export all data (framework, documents, schools, role profiles with all versions and history) to a JSON file.")
final class ExportCommand implements Callable<Integer> {

    private final Class<?> application;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    ExportCommand(Class<?> application) {
        this.application = application;
    }

    @Override
    public Integer call() throws Exception {
        Path folder = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out)) {
            spec.commandLine().getErr().printf("export: --out %s is a folder; give the file to write%n", out);
            return 1;
        }
        if (folder == null || !Files.isDirectory(folder)) {
            spec.commandLine().getErr().printf("export: --out %s: the folder %s does not exist%n", out, folder);
            return 1;
        }
        Path temporary = Files.createTempFile(folder, ".rolebook-export", ".json");
        try (ConfigurableApplicationContext context = BatchContext.start(application);
                OutputStream file = Files.newOutputStream(temporary)) {
            Map<String, Integer> counts = context.getBean(Backup.class).export(file);
            file.close();
            Files.move(temporary, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "exported %d rows to %s: %s%n",
                            counts.values().stream().mapToInt(Integer::intValue).sum(), out, counts);
            return 0;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
