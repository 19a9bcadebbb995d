package org.rolebook.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rolebook.backup.Backup;
import org.rolebook.framework.FieldProblem;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rolebook restore FILE}: an export back into an empty database, all or nothing. */
@Command(name = "restore", description = "Restore an export into an empty database (all of it, or nothing).")
final class RestoreCommand implements Callable<Integer> {

    private final Class<?> application;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A file written by rolebook export.")
    Path file;

    RestoreCommand(Class<?> application) {
        this.application = application;
    }

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = BatchContext.start(application);
                InputStream in = Files.newInputStream(file)) {
            Map<String, Integer> counts = context.getBean(Backup.class).restore(in);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "restored %d rows from %s: %s%n",
                            counts.values().stream().mapToInt(Integer::intValue).sum(), file, counts);
            return 0;
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().printf("restore: %s: no such file%n", file);
            return 1;
        } catch (FieldProblem problem) {
            spec.commandLine()
                    .getErr()
                    .printf("restore: %s: %s: %s; nothing was restored%n", file, problem.field(), problem.getMessage());
            return 1;
        }
    }
}
