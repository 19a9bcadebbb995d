package org.rolebook.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rolebook.importing.ImportReport;
import org.rolebook.importing.Problem;
import org.rolebook.matching.Suggestion;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Import reports as a person reads them, or as JSON for machines. */
final class ReportText {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportText() {}

    static void print(PrintWriter out, ImportReport report, boolean dryRun) {
        out.printf("%s — %s%n", report.file(), report.kind());
        report.recognised().forEach(fact -> out.printf("  %s: %s%n", fact.field(), fact.value()));
        if (report.suggestion() != null) {
            suggestion(out, report.suggestion());
        }
        for (ImportReport.FamilyFacts family : report.families()) {
            out.printf("  %s: %d grades%n", family.name(), family.grades().size());
            for (ImportReport.GradeFacts grade : family.grades()) {
                out.printf(
                        "    Grade %d: %d example titles, %d typical tasks, %d of 8 dimensions%n",
                        grade.grade(), grade.exampleTitles(), grade.typicalTasks(), grade.dimensions());
            }
        }
        problems(out, "error", report.errors());
        problems(out, "warning", report.warnings());
        report.unplaced().forEach(text -> out.printf("  unplaced text, line %d: %s%n", text.line(), text.text()));
        out.printf("  result: %s%n%n", result(report, dryRun));
    }

    private static void suggestion(PrintWriter out, ImportReport.PostSuggestion suggestion) {
        out.printf(
                java.util.Locale.ROOT,
                "  %s: %s (%s, confidence %.2f); runner-up: %s; the form states %s%n",
                suggestion.status() == Suggestion.Status.OUTSIDE_FAMILIES
                        ? "nearest level (the post looks outside the loaded families)"
                        : "suggested grade",
                suggestion.suggested() == null
                        ? "none"
                        : suggestion.suggested().grade().label() + ", "
                                + suggestion.suggested().familyName(),
                suggestion.status(),
                suggestion.confidence(),
                suggestion.runnerUp() == null
                        ? "none"
                        : suggestion.runnerUp().grade().label(),
                suggestion.statedGrade().isBlank() ? "no grade" : suggestion.statedGrade());
        suggestion.flags().forEach(flag -> out.printf("  flag: %s%n", flag.message()));
    }

    private static void problems(PrintWriter out, String kind, List<Problem> problems) {
        problems.forEach(problem -> out.printf("  %s: %s%n", kind, problem));
    }

    private static String result(ImportReport report, boolean dryRun) {
        String errors = report.errors().size() + (report.errors().size() == 1 ? " error" : " errors");
        if (report.stored()) {
            return report.ok() ? report.outcome() : report.outcome() + " (" + errors + " to put right)";
        }
        if (dryRun) {
            return report.ok() ? "dry run, nothing stored" : "dry run, nothing stored; " + errors;
        }
        return "not stored: " + errors;
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    static String json(boolean dryRun, List<ImportReport> reports) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("dryRun", dryRun);
        root.put("files", reports);
        return JSON.writeValueAsString(root);
    }
}
