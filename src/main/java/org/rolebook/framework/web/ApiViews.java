package org.rolebook.framework.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.Accountabilities;
import org.rolebook.framework.Dimension;
import org.rolebook.framework.FamilyLevel;
import org.rolebook.framework.GradeComparison;
import org.rolebook.framework.GradeProfile;
import org.rolebook.framework.JobFamily;
import org.rolebook.framework.TextBlock;

/** The shapes the API answers with: text as written beside the structure read from it. */
final class ApiViews {

    private ApiViews() {}

    record FamilySummary(String slug, String name, List<Integer> grades, String link) {
        static FamilySummary of(JobFamily family) {
            return new FamilySummary(
                    family.slug(),
                    family.name(),
                    family.grades().stream().map(g -> g.number()).toList(),
                    "/api/families/" + family.slug());
        }
    }

    record Family(String slug, String name, List<String> notes, List<Level> levels) {
        static Family of(JobFamily family) {
            return new Family(
                    family.slug(),
                    family.name(),
                    family.notes(),
                    family.levels().stream().map(Level::of).toList());
        }
    }

    record Level(
            int grade,
            String label,
            List<String> exampleTitles,
            Accountabilities accountabilities,
            Map<String, Cell> dimensions,
            List<Cell> extraRows) {
        static Level of(FamilyLevel level) {
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (Dimension dimension : Dimension.values()) {
                var text = level.text(dimension);
                cells.put(
                        dimension.name(),
                        new Cell(dimension.label(), text.asWritten(), text.paragraphs(), text.isNone()));
            }
            List<Cell> extras = level.extraRows().stream()
                    .map(row -> new Cell(
                            row.label(),
                            row.text().asWritten(),
                            row.text().paragraphs(),
                            row.text().isNone()))
                    .toList();
            return new Level(
                    level.grade().number(),
                    level.grade().label(),
                    level.exampleTitles(),
                    level.accountabilities(),
                    cells,
                    extras);
        }
    }

    /** One cell: its row label, the text as written, its paragraphs, and whether it says "none". */
    record Cell(String label, String asWritten, List<String> paragraphs, boolean none) {}

    record Profile(
            int grade,
            String heading,
            String levelName,
            String title,
            Block purpose,
            Block scopeOfWork,
            Block accountabilities,
            Block skillsKnowledgeExperience,
            Block performanceMeasures) {
        static Profile of(GradeProfile profile) {
            return new Profile(
                    profile.grade().number(),
                    profile.heading(),
                    profile.levelName(),
                    profile.title(),
                    Block.of(profile.purpose()),
                    Block.of(profile.scopeOfWork()),
                    Block.of(profile.accountabilities()),
                    Block.of(profile.skillsKnowledgeExperience()),
                    Block.of(profile.performanceMeasures()));
        }
    }

    record Block(String asWritten, List<String> paragraphs, List<String> items) {
        static Block of(TextBlock block) {
            return new Block(block.asWritten(), block.paragraphs(), block.items());
        }
    }

    record Comparison(String family, int from, int to, List<GradeComparison.Row> rows) {
        static Comparison of(GradeComparison comparison) {
            return new Comparison(
                    comparison.family().slug(),
                    comparison.from().grade().number(),
                    comparison.to().grade().number(),
                    comparison.rows());
        }
    }

    record Framework(
            String name,
            @Nullable String publisher,
            @Nullable Integer effectiveYear,
            int version,
            List<FamilySummary> families) {}
}
