package org.rolebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

/** {@code rolebook render ID-or-FILE --format pdf|docx|html --out FILE}: the official document of a role profile. */
@Command(
        name = "render",
        header = "Render a role profile as the official form (PDF, DOCX or HTML).",
        description = {
            "Render a stored role profile, or a role profile form file (tab-exported text), as the official",
            "Operational Context Form,",
            "with the standard statements and the grade profile of its grade from the catalogue",
            "(or from the file itself when the catalogue has none). Nothing is stored.",
            "Exit code 1 when it cannot be rendered."
        })
final class RenderCommand implements Callable<Integer> {

    private final Class<?> application;

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "ID-or-FILE",
            description = "The id of a stored role profile, or a role profile form file to render without storing it.")
    String source;

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
            err.printf("%s: %s: %s%n", source, problem.field(), problem.getMessage());
            err.flush();
            return 1;
        }
        Path target = out != null ? out : defaultTarget(wanted);
        try (ConfigurableApplicationContext context = BatchContext.start(application)) {
            OfficialForms forms = context.getBean(OfficialForms.class);
            OfficialForm form = isId() ? forms.stored(Long.parseLong(source)) : forms.read(Path.of(source));
            byte[] document = context.getBean(OfficialDocuments.class).form(form, wanted);
            Files.write(target, document);
            stdout.printf(
                    "%s: %s, %s, %d accountabilities -> %s (%s, %d bytes)%n",
                    source,
                    form.postTitle(),
                    form.gradeLabel(),
                    form.accountabilities().size(),
                    target,
                    wanted.extension(),
                    document.length);
            stdout.flush();
            return 0;
        } catch (FieldProblem problem) {
            err.printf("%s: %s: %s%n", source, problem.field(), problem.getMessage());
        } catch (NoSuchFileException e) {
            err.printf("%s: out: the folder of %s does not exist%n", source, target);
        } catch (IOException e) {
            err.printf("%s: out: %s could not be written (%s)%n", source, target, e.getMessage());
        }
        err.flush();
        return 1;
    }

    /** A number that names no file is the id of a stored role profile. */
    private boolean isId() {
        return source.matches("\\d{1,18}") && !Files.exists(Path.of(source));
    }

    private Path defaultTarget(DocumentFormat format) {
        if (isId()) {
            return Path.of("role-profile-" + source + "." + format.extension());
        }
        Path file = Path.of(source);
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return file.toAbsolutePath().getParent().resolve(name + "." + format.extension());
    }
}
