package org.rolebook.importing;

import java.util.ArrayList;
import java.util.List;
import org.rolebook.framework.FieldProblem;
import org.rolebook.framework.FrameworkCatalogue;
import org.rolebook.framework.Grade;
import org.rolebook.framework.JobFamily;
import org.rolebook.framework.StoreOutcome;
import org.rolebook.importing.internal.ProfileCsvReader;
import org.rolebook.importing.internal.ProfileCsvReader.Row;
import org.rolebook.importing.internal.Reading;
import org.rolebook.matching.ProfileText;
import org.rolebook.matching.Suggestion;
import org.rolebook.matching.Suggestions;
import org.rolebook.roleprofile.Actor;
import org.rolebook.roleprofile.ProfileContent;
import org.rolebook.roleprofile.RoleProfiles;
import org.rolebook.roleprofile.School;
import org.rolebook.roleprofile.Schools;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a CSV of role profiles: every row checked against the schools and the framework first;
 * then, in one transaction, every row stored (a row whose date does not exist is stored as written
 * and marked as needing attention) or, when any row cannot be stored, none.
 */
@Component
class CsvImporter {

    private final FrameworkCatalogue catalogue;
    private final RoleProfiles profiles;
    private final Schools registered;
    private final TransactionTemplate transaction;
    private final Suggestions suggestions;

    CsvImporter(
            FrameworkCatalogue catalogue,
            RoleProfiles profiles,
            Schools registered,
            TransactionTemplate transaction,
            Suggestions suggestions) {
        this.catalogue = catalogue;
        this.profiles = profiles;
        this.registered = registered;
        this.transaction = transaction;
        this.suggestions = suggestions;
    }

    /** The flags of a row's suggestion that HR should look at before the rows are stored. */
    private static final java.util.Set<Suggestion.FlagKind> WORTH_A_WARNING = java.util.EnumSet.of(
            Suggestion.FlagKind.STATED_GRADE_DISAGREES,
            Suggestion.FlagKind.STAFF_RESPONSIBILITY_CONTRADICTED,
            Suggestion.FlagKind.TITLE_OF_OTHER_GRADE,
            Suggestion.FlagKind.OUTSIDE_FAMILIES);

    /**
     * What grade suggestion makes of a row: a warning, on the row's line, for each flag worth
     * checking (a stated grade two or more away from the suggestion, staff responsibility
     * contradicted, a title of another grade, a post outside every family). Thin rows say nothing.
     */
    private ImportReport suggestionWarnings(ImportReport report, Row row, ProfileContent content) {
        Suggestion suggestion = suggestions.suggest(new ProfileText(
                content.postTitle(),
                content.grade() > 0 ? "Grade " + content.grade() : row.grade(),
                content.staffResponsibility(),
                content.scope(),
                content.accountabilities(),
                content.optionalDuties(),
                content.additionalInformation(),
                ""));
        for (Suggestion.Flag flag : suggestion.flags()) {
            if (WORTH_A_WARNING.contains(flag.kind())) {
                String suggested = suggestion.suggested() == null
                        ? "no grade suggested"
                        : "suggested " + suggestion.suggested().grade().label();
                // the column the flag is about, with its cell; the message names the row's post
                String[] at = switch (flag.kind()) {
                    case STAFF_RESPONSIBILITY_CONTRADICTED ->
                        new String[] {"staff_responsibility", row.staffResponsibility()};
                    case TITLE_OF_OTHER_GRADE -> new String[] {"post_title", row.postTitle()};
                    case OUTSIDE_FAMILIES -> new String[] {"family", row.family()};
                    default -> new String[] {"grade", row.grade()};
                };
                report = report.withWarning(Problem.at(
                        at[0],
                        row.line(),
                        at[1],
                        "%s for \"%s\": %s".formatted(suggested, row.postTitle(), flag.message())));
            }
        }
        return report;
    }

    ImportReport importCsv(String fileName, String text, ImportOptions options) {
        Reading<List<Row>> reading = ProfileCsvReader.read(fileName, text);
        ImportReport report = reading.report();
        if (options.schoolUrn() != null || options.familySlug() != null) {
            report = report.withWarning(Problem.of(
                    options.schoolUrn() != null ? "school" : "family",
                    "a role profile CSV names the school and family of each row: the school or family given"
                            + " with the import is not used"));
        }
        List<Row> rows = reading.document();
        if (rows == null) {
            return report;
        }
        List<School> schools = new ArrayList<>();
        List<ProfileContent> contents = new ArrayList<>();
        for (Row row : rows) {
            try {
                schools.add(registered.byUrn(row.schoolUrn()));
            } catch (FieldProblem unknown) {
                report = report.withError(
                        Problem.at("school_urn", row.line(), row.schoolUrn(), "no school with this URN is registered"));
            }
            ProfileContent content = content(row);
            report = ContentChecks.check(report, content, row.line());
            String problem = frameworkProblem(row);
            if (problem == null && !row.grade().isBlank()) {
                report = suggestionWarnings(report, row, content);
            }
            if (problem != null) {
                report = report.withError(Problem.at(
                        problem.startsWith("family") ? "family" : "grade",
                        row.line(),
                        problem.startsWith("family") ? row.family() : row.grade(),
                        problem.substring(problem.indexOf(':') + 2)));
            }
            contents.add(content);
        }
        boolean blocked = report.errors().stream().anyMatch(e -> !e.field().equals("date"));
        if (options.dryRun() || blocked) {
            return report;
        }
        ImportReport checked = report;
        return transaction.execute(status -> FrameworkImporter.store(checked, () -> {
            int attention = 0;
            for (int i = 0; i < contents.size(); i++) {
                attention += profiles.importProfile(schools.get(i).id(), contents.get(i), new Actor(options.by()))
                                .needsAttention()
                        ? 1
                        : 0;
            }
            return new StoreOutcome(
                    true,
                    "stored %d role profiles%s"
                            .formatted(
                                    contents.size(),
                                    attention == 0 ? "" : ", %d marked as needing attention".formatted(attention)),
                    List.of());
        }));
    }

    private static ProfileContent content(Row row) {
        int grade = Grade.parse(row.grade()).map(Grade::number).orElse(0);
        return new ProfileContent(
                row.postTitle(),
                row.family(),
                grade,
                row.staffResponsibility(),
                row.essentialCarUser(),
                row.scope(),
                row.accountabilities(),
                row.optionalDuties(),
                row.additionalInformation(),
                row.preparedBy(),
                row.date());
    }

    private @org.jspecify.annotations.Nullable String frameworkProblem(Row row) {
        JobFamily family = catalogue.family(row.family()).orElse(null);
        if (family == null) {
            return "family: no job family \"" + row.family() + "\"";
        }
        if (row.grade().isBlank()) {
            return null; // the reader has said the row has no grade
        }
        var grade = Grade.parse(row.grade());
        if (grade.isEmpty() || family.level(grade.get()).isEmpty()) {
            return "grade: \"" + row.grade() + "\" is not a grade of " + family.name() + "; its grades are "
                    + family.grades();
        }
        return null;
    }
}
