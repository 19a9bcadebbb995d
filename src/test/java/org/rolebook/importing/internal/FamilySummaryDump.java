package org.rolebook.importing.internal;

import java.util.List;
import org.rolebook.framework.Accountabilities;
import org.rolebook.framework.Dimension;
import org.rolebook.framework.FamilyLevel;
import org.rolebook.framework.FamilySummaryDocument;
import org.rolebook.framework.JobFamily;
import org.rolebook.framework.LevelText;
import org.rolebook.importing.ImportReport;

/**
 * A readable dump of what the family summary reader made of a file, one line per fact, for
 * comparison with a golden file: example titles one per line, accountabilities in their three
 * parts, every other dimension one line per paragraph.
 */
final class FamilySummaryDump {

    private final StringBuilder out = new StringBuilder();

    private FamilySummaryDump() {}

    static String of(Reading<FamilySummaryDocument> reading) {
        FamilySummaryDump dump = new FamilySummaryDump();
        dump.document(reading.document());
        dump.report(reading.report());
        return dump.out.toString();
    }

    private void document(FamilySummaryDocument document) {
        if (document == null) {
            line(0, "document: none");
            return;
        }
        line(0, "framework: " + document.frameworkName());
        line(0, "effective year: " + document.effectiveYear());
        for (JobFamily family : document.families()) {
            line(0, "family: " + family.name() + " [" + family.slug() + "]");
            family.notes().forEach(note -> line(1, "note: " + note));
            family.levels().forEach(this::level);
        }
    }

    private void level(FamilyLevel level) {
        line(1, "grade: " + level.grade().label());
        for (Dimension dimension : Dimension.values()) {
            LevelText text = level.text(dimension);
            line(2, "dimension: " + dimension.label() + (text.isNone() ? " (none: \"" + text.asWritten() + "\")" : ""));
            switch (dimension) {
                case EXAMPLE_TITLES -> level.exampleTitles().forEach(title -> line(3, "title: " + title));
                case ACCOUNTABILITIES -> accountabilities(level.accountabilities());
                default -> text.paragraphs().forEach(paragraph -> line(3, "paragraph: " + paragraph));
            }
        }
        for (FamilyLevel.ExtraRow extra : level.extraRows()) {
            line(2, "extra row: " + extra.label());
            extra.text().paragraphs().forEach(paragraph -> line(3, "paragraph: " + paragraph));
        }
    }

    private void accountabilities(Accountabilities accountabilities) {
        accountabilities.statements().forEach(statement -> line(3, "statement: " + statement));
        accountabilities.typicalTasks().forEach(task -> line(3, "task: " + task));
        accountabilities.closing().forEach(closing -> line(3, "closing: " + closing));
    }

    private void report(ImportReport report) {
        line(0, "report: " + report.kind());
        report.recognised().forEach(fact -> line(1, "recognised: " + fact.field() + " = " + fact.value()));
        list("error", report.errors());
        list("warning", report.warnings());
        report.unplaced().forEach(unplaced -> line(1, "unplaced: line " + unplaced.line() + ": " + unplaced.text()));
    }

    private void list(String kind, List<?> problems) {
        problems.forEach(problem -> line(1, kind + ": " + problem));
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }
}
