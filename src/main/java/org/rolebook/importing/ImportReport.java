package org.rolebook.importing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rolebook.matching.Suggestion;

/**
 * What an import made of one file: its kind, what was recognised, the errors that keep it out of
 * the catalogue, warnings, text that fit no field, and, after a commit, what was stored.
 *
 * @param kind what the file was read as, such as "job family profile summary"
 * @param recognised the fields recognised, in document order
 * @param families for a family profile summary: each family and its grades
 * @param outcome what storing did; null in a dry run or when there were errors
 * @param suggestion for a role profile form: the grade suggested for its post, beside the grade it states
 */
public record ImportReport(
        String file,
        String kind,
        List<Fact> recognised,
        List<FamilyFacts> families,
        List<Problem> errors,
        List<Problem> warnings,
        List<Unplaced> unplaced,
        @Nullable String outcome,
        @Nullable PostSuggestion suggestion) {

    public ImportReport {
        recognised = List.copyOf(recognised);
        families = List.copyOf(families);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        unplaced = List.copyOf(unplaced);
    }

    /** A report without a suggestion: of a document that is not a role profile form, or before one is made. */
    public ImportReport(
            String file,
            String kind,
            List<Fact> recognised,
            List<FamilyFacts> families,
            List<Problem> errors,
            List<Problem> warnings,
            List<Unplaced> unplaced,
            @Nullable String outcome) {
        this(file, kind, recognised, families, errors, warnings, unplaced, outcome, null);
    }

    /** A file that could not be read at all. */
    public static ImportReport unreadable(String file, Problem problem) {
        return new ImportReport(file, "unreadable", List.of(), List.of(), List.of(problem), List.of(), List.of(), null);
    }

    @JsonProperty("ok")
    public boolean ok() {
        return errors.isEmpty();
    }

    /** Whether the file was stored (it may still have errors that need a person's attention). */
    @JsonProperty("stored")
    public boolean stored() {
        return outcome != null;
    }

    /** This report followed by another's findings on the same file. */
    public ImportReport and(ImportReport other) {
        return new ImportReport(
                file,
                kind,
                concat(recognised, other.recognised).stream().distinct().toList(),
                concat(families, other.families),
                concat(errors, other.errors),
                concat(warnings, other.warnings),
                concat(unplaced, other.unplaced),
                outcome,
                suggestion != null ? suggestion : other.suggestion);
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    public ImportReport withOutcome(String outcome, List<String> notes) {
        List<Problem> allWarnings = new java.util.ArrayList<>(warnings);
        notes.forEach(note -> allWarnings.add(Problem.of("catalogue", note)));
        return new ImportReport(file, kind, recognised, families, errors, allWarnings, unplaced, outcome, suggestion);
    }

    public ImportReport withWarning(Problem problem) {
        return new ImportReport(
                file,
                kind,
                recognised,
                families,
                errors,
                concat(warnings, List.of(problem)),
                unplaced,
                outcome,
                suggestion);
    }

    public ImportReport withError(Problem problem) {
        List<Problem> allErrors = new java.util.ArrayList<>(errors);
        allErrors.add(problem);
        return new ImportReport(file, kind, recognised, families, allErrors, warnings, unplaced, null, suggestion);
    }

    public ImportReport withSuggestion(PostSuggestion suggestion) {
        return new ImportReport(file, kind, recognised, families, errors, warnings, unplaced, outcome, suggestion);
    }

    /**
     * What grade suggestion makes of the post of a role profile form, beside the grade the form
     * states: the suggested level and the runner-up, the confidence and the flags.
     *
     * @param statedGrade the grade as the form writes it, such as "Grade 5"
     */
    public record PostSuggestion(
            String statedGrade,
            Suggestion.Status status,
            Suggestion.@Nullable Placement suggested,
            Suggestion.@Nullable Placement runnerUp,
            double confidence,
            List<Suggestion.Flag> flags) {

        public PostSuggestion {
            flags = List.copyOf(flags);
        }

        static PostSuggestion of(String statedGrade, Suggestion suggestion) {
            return new PostSuggestion(
                    statedGrade,
                    suggestion.status(),
                    suggestion.suggested(),
                    suggestion.runnerUp(),
                    suggestion.confidence(),
                    suggestion.flags());
        }
    }

    /** One recognised field and its value as written. */
    public record Fact(String field, String value) {}

    /** A family of a profile summary: its name and, per grade, how much was found. */
    public record FamilyFacts(String name, List<GradeFacts> grades) {}

    /** One grade of a family: counts of example titles and typical tasks, and the dimensions present. */
    public record GradeFacts(int grade, int exampleTitles, int typicalTasks, int dimensions) {}
}
