package org.rolebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rolebook.framework.FieldProblem;
import org.rolebook.matching.ProfileTextReader;
import org.rolebook.matching.Suggestions;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rolebook suggest [--json] FILE...}: a suggested grade, with its evidence and flags, per file. */
@Command(
        name = "suggest",
        header = "Suggest a grade, with its evidence and flags, for each file.",
        description = {
            "Suggest a grade for each role profile form or job description (text files):",
            "title, stated grade, suggested grade, runner-up, confidence, evidence and flags.",
            "Uses the framework in the database (the seed framework when it is empty).",
            "Exit code 1 when any file cannot be read."
        })
final class SuggestCommand implements Callable<Integer> {

    private final Class<?> application;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the suggestions as JSON.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to read.")
    List<Path> files = new ArrayList<>();

    SuggestCommand(Class<?> application) {
        this.application = application;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Map<String, Object>> results = new ArrayList<>();
        boolean allRead = true;
        try (ConfigurableApplicationContext context = BatchContext.startWithFramework(application)) {
            Suggestions suggestions = context.getBean(Suggestions.class);
            Progress progress = new Progress(err, files.size());
            for (Path file : files) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("file", file.toString());
                try {
                    Suggestions.Read read = suggestions.suggest(bytes(file));
                    result.put("title", read.profile().title());
                    result.put("statedGrade", read.profile().statedGrade());
                    result.put("suggestion", read.suggestion());
                    if (!json) {
                        SuggestionText.print(out, file.toString(), read);
                    }
                    progress.done(true);
                } catch (FieldProblem problem) {
                    allRead = false;
                    result.put("error", problem.field() + ": " + problem.getMessage());
                    if (!json) {
                        out.printf("%s%n  error: %s: %s%n%n", file, problem.field(), problem.getMessage());
                    }
                    progress.done(false);
                }
                results.add(result);
            }
        }
        if (json) {
            out.println(ReportText.json(Map.of("files", results)));
        }
        out.flush();
        return allRead ? 0 : 1;
    }

    private static byte[] bytes(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new FieldProblem("file", "is a folder, not a file");
            }
            if (Files.size(file) > ProfileTextReader.MAX_BYTES) {
                throw new FieldProblem(
                        "file",
                        "the file is %d bytes; the most grade suggestion reads is %d bytes"
                                .formatted(Files.size(file), ProfileTextReader.MAX_BYTES));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new FieldProblem("file", "no such file");
        } catch (IOException e) {
            throw new FieldProblem("file", "could not be read: " + e.getMessage());
        }
    }
}
