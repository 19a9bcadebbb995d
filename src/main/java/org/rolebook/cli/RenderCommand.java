package org.rolebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.FieldProblem;
import org.rolebook.rendering.DocumentFormat;
import org.rolebook.rendering.OfficialDocuments;
import org.rolebook.rendering.OfficialForm;
import org.rolebook.rendering.OfficialForms;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rolebook render FILE --format pdf|docx|html --out FILE}: the official document of a role profile form. */
@Command(
        name = "render",
        description = {
            "Render a role profile form file (tab-exported text) as the official Operational Context Form,",
            "with the standard statements and the grade profile of its grade from the catalogue",
            "(or from the file itself when the catalogue has none). Nothing is stored.",
            "Exit code 1 when the file cannot be rendered."
        })
final class RenderCommand implements Callable<Integer> {

    private final Class<?> application;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The role profile form to render.")
    Path file;

    @Option(
            names = "--format",
            defaultValue = "pdf",
            paramLabel = "pdf|docx|html",
            description = "The document format (default: ${DEFAULT-VALUE}).")
    String format = "pdf";

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Where to write the document (default: FILE with the format's extension).")
    @Nullable
    Path out;

    RenderCommand(Class<?> application) {
        this.application = application;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        DocumentFormat wanted;
        try {
            wanted = DocumentFormat.of("format", format);
        } catch (FieldProblem problem) {
            err.printf("%s: %s: %s%n", file, problem.field(), problem.getMessage());
            err.flush();
            return 1;
        }
        try (ConfigurableApplicationContext context = BatchContext.start(application)) {
            OfficialForm form = context.getBean(OfficialForms.class).read(file);
            byte[] document = context.getBean(OfficialDocuments.class).form(form, wanted);
            Path target = out != null ? out : defaultTarget(wanted);
            Files.write(target, document);
            stdout.printf(
                    "%s: %s, %s, %d accountabilities -> %s (%s, %d bytes)%n",
                    file,
                    form.postTitle(),
                    form.gradeLabel(),
                    form.accountabilities().size(),
                    target,
                    wanted.extension(),
                    document.length);
            stdout.flush();
            return 0;
        } catch (FieldProblem problem) {
            err.printf("%s: %s: %s%n", file, problem.field(), problem.getMessage());
        } catch (IOException e) {
            err.printf("%s: out: could not be written: %s%n", file, e.getMessage());
        }
        err.flush();
        return 1;
    }

    private Path defaultTarget(DocumentFormat format) {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Path folder = file.toAbsolutePath().getParent();
        return folder.resolve(name + "." + format.extension());
    }
}
