package org.rolebook.importing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.Dimension;
import org.rolebook.framework.FamilySummaryDocument;
import org.rolebook.framework.Grade;
import org.rolebook.framework.JobFamily;
import org.rolebook.framework.SourceDocument;
import org.rolebook.importing.ImportReport;
import org.rolebook.importing.ImportReport.Fact;
import org.rolebook.importing.ImportReport.FamilyFacts;
import org.rolebook.importing.ImportReport.GradeFacts;
import org.rolebook.importing.Problem;
import org.rolebook.importing.Unplaced;

/**
 * Reads a job family profile summary exported from Word as text: a title row naming the
 * framework, then any number of tables, each a family name row, a row of grade columns and one
 * row per dimension, cells split by TAB. A row labelled "NB …" continues the dimension above it.
 */
public final class FamilySummaryReader {

    public static final String KIND = "job family profile summary";
    private static final String TITLE_MARK = "job family profile summary";
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

    private final String fileName;
    private final List<String> lines;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final List<Unplaced> unplaced = new ArrayList<>();
    private final List<Fact> recognised = new ArrayList<>();
    private final Map<String, FamilyDraft> families = new LinkedHashMap<>();
    private @Nullable String frameworkName;
    private @Nullable String pendingFamily;
    private @Nullable Unplaced pendingFamilyLine;
    private @Nullable Table table;

    private FamilySummaryReader(String fileName, String text) {
        this.fileName = fileName;
        this.lines = Lines.of(text);
    }

    /** Whether the text looks like a family profile summary at all. */
    public static boolean recognises(String text) {
        return text.lines()
                .limit(20)
                .anyMatch(line -> line.toLowerCase(java.util.Locale.ROOT).contains(TITLE_MARK));
    }

    public static Reading<FamilySummaryDocument> read(String fileName, String text) {
        return new FamilySummaryReader(fileName, text).read(text);
    }

    private Reading<FamilySummaryDocument> read(String text) {
        for (int i = 0; i < lines.size(); i++) {
            readLine(i + 1, lines.get(i));
        }
        finishTable();
        unplacePendingFamily();
        checkWhole();
        List<JobFamily> built =
                families.values().stream().map(FamilyDraft::build).toList();
        ImportReport report =
                new ImportReport(fileName, KIND, recognised, facts(built), errors, warnings, unplaced, null);
        if (!errors.isEmpty() || frameworkName == null) {
            return new Reading<>(report, null);
        }
        Matcher year = YEAR.matcher(frameworkName);
        Integer effectiveYear = year.find() ? Integer.parseInt(year.group()) : null;
        return new Reading<>(
                report,
                new FamilySummaryDocument(
                        frameworkName, effectiveYear, built, new SourceDocument(fileName, KIND, text)));
    }

    private void readLine(int number, String line) {
        if (line.isBlank()) {
            finishTable();
            return;
        }
        List<String> cells = List.of(line.split("\t", -1));
        List<String> filled =
                cells.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        if (line.toLowerCase(java.util.Locale.ROOT).contains(TITLE_MARK)) {
            readTitle(number, filled);
        } else if (cells.getFirst().isBlank()
                && !filled.isEmpty()
                && filled.stream().allMatch(c -> Grade.parse(c).isPresent())) {
            startTable(number, cells);
        } else if (table == null
                && filled.size() == 1
                && cells.getFirst().strip().equals(filled.getFirst())) {
            unplacePendingFamily();
            pendingFamily = Lines.unshout(filled.getFirst());
            pendingFamilyLine = new Unplaced(number, line.strip());
        } else if (table != null) {
            table.readRow(number, cells);
        } else {
            unplaced.add(new Unplaced(number, line.strip()));
            warnings.add(Problem.at("text", number, null, "text outside any table; kept as unplaced text"));
        }
    }

    private void readTitle(int number, List<String> filled) {
        String name = filled.stream()
                .filter(cell -> !cell.toLowerCase(java.util.Locale.ROOT).contains(TITLE_MARK))
                .findFirst()
                .map(Lines::unshout)
                .orElse(null);
        if (name == null) {
            warnings.add(Problem.at("framework", number, null, "the title row names no framework"));
        } else if (frameworkName == null) {
            frameworkName = name;
            recognised.add(new Fact("framework", name));
        } else if (!frameworkName.equals(name)) {
            errors.add(Problem.at(
                    "framework",
                    number,
                    name,
                    "the document names two frameworks: \"" + frameworkName + "\" and this one"));
        }
    }

    private void startTable(int number, List<String> cells) {
        finishTable();
        if (pendingFamily == null) {
            errors.add(Problem.at("family", number, null, "a row of grade columns comes before any family name row"));
            pendingFamily = "(no family name)";
        }
        FamilyDraft family = families.computeIfAbsent(pendingFamily, FamilyDraft::new);
        Fact name = new Fact("family", family.name());
        if (pendingFamilyLine != null && !recognised.contains(name)) {
            recognised.add(name);
        }
        pendingFamilyLine = null;
        List<Grade> grades = new ArrayList<>();
        for (int c = 1; c < cells.size(); c++) {
            String cell = cells.get(c).strip();
            if (cell.isEmpty()) {
                continue;
            }
            Grade grade = Grade.parse(cell).orElseThrow();
            if (grades.contains(grade) || family.hasGrade(grade)) {
                errors.add(Problem.at(
                        "grade",
                        number,
                        cell,
                        "the grade column %s appears twice in %s".formatted(grade.label(), family.name())));
            }
            grades.add(grade);
        }
        grades.forEach(family::addGrade);
        table = new Table(family, grades, number);
    }

    private void finishTable() {
        if (table != null) {
            table.finish();
            table = null;
            pendingFamily = null;
        }
    }

    /** A lone line that no row of grade columns followed was not a family name after all. */
    private void unplacePendingFamily() {
        if (pendingFamilyLine != null) {
            unplaced.add(pendingFamilyLine);
            warnings.add(Problem.at(
                    "text", pendingFamilyLine.line(), null, "text outside any table; kept as unplaced text"));
        }
        pendingFamily = null;
        pendingFamilyLine = null;
    }

    private void checkWhole() {
        if (frameworkName == null) {
            errors.add(Problem.of(
                    "framework",
                    "the document names no framework: expected a title row such as \"… Job Family Profile Summary\""));
        }
        if (families.isEmpty()) {
            errors.add(Problem.of(
                    "table",
                    "no table of grades was found: expected a row of grade columns such as \"\tGRADE 3\tGRADE 4\""));
        }
    }

    private List<FamilyFacts> facts(List<JobFamily> built) {
        return built.stream()
                .map(family -> new FamilyFacts(
                        family.name(),
                        family.levels().stream()
                                .map(level -> new GradeFacts(
                                        level.grade().number(),
                                        level.exampleTitles().size(),
                                        level.typicalTasks().size(),
                                        level.texts().size()))
                                .toList()))
                .toList();
    }

    /** One table being read: its family, its grade columns and the dimension of the last row. */
    private final class Table {
        private final FamilyDraft family;
        private final List<Grade> grades;
        private final int headerLine;
        private final List<Dimension> seen = new ArrayList<>();
        private @Nullable Dimension last;

        Table(FamilyDraft family, List<Grade> grades, int headerLine) {
            this.family = family;
            this.grades = grades;
            this.headerLine = headerLine;
        }

        void readRow(int number, List<String> cells) {
            String label = cells.getFirst().strip();
            List<String> values = cells.subList(1, cells.size());
            if (values.size() < grades.size()) {
                errors.add(Problem.at(
                        "table",
                        number,
                        label,
                        "the row has %d cells but the table from line %d has %d grade columns: the table is truncated"
                                .formatted(values.size(), headerLine, grades.size())));
                return;
            }
            for (int c = grades.size(); c < values.size(); c++) {
                if (!values.get(c).isBlank()) {
                    unplaced.add(new Unplaced(number, values.get(c).strip()));
                    warnings.add(Problem.at(
                            "table", number, label, "a cell beyond the last grade column; kept as unplaced text"));
                }
            }
            Optional<Dimension> dimension = Dimension.fromLabel(label);
            if (label.regionMatches(true, 0, "NB", 0, 2)) {
                family.note(label);
                if (last == null) {
                    extraRow(label, values);
                } else {
                    put(last, values);
                }
            } else if (dimension.isPresent()) {
                Dimension found = dimension.get();
                String note = found.remainderOf(label);
                if (!note.isEmpty()) {
                    family.note(note);
                }
                if (seen.contains(found)) {
                    warnings.add(Problem.at(
                            "table",
                            number,
                            label,
                            "the dimension appears twice in the table; its cells were added to the first"));
                }
                seen.add(found);
                last = found;
                put(found, values);
            } else {
                warnings.add(Problem.at(
                        "dimension", number, label, "not a dimension of a family profile; kept as an extra row"));
                extraRow(label, values);
            }
        }

        private void put(Dimension dimension, List<String> values) {
            for (int c = 0; c < grades.size(); c++) {
                family.add(grades.get(c), dimension, values.get(c));
            }
        }

        private void extraRow(String label, List<String> values) {
            for (int c = 0; c < grades.size(); c++) {
                family.addExtra(grades.get(c), label, values.get(c));
            }
        }

        void finish() {
            for (Dimension dimension : Dimension.values()) {
                if (!seen.contains(dimension)) {
                    warnings.add(Problem.at(
                            "dimension",
                            headerLine,
                            dimension.label(),
                            "the table of %s has no such row"
                                    .formatted(grades.stream().map(Grade::label).toList())));
                }
            }
        }
    }
}
