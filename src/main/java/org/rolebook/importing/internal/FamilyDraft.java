package org.rolebook.importing.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rolebook.framework.Dimension;
import org.rolebook.framework.FamilyLevel;
import org.rolebook.framework.Grade;
import org.rolebook.framework.JobFamily;
import org.rolebook.framework.LevelText;

/**
 * A job family as the tables of a profile summary fill it in: its notes, and per grade the cells of
 * each dimension (a dimension continued by an "NB" row gets both cells) and the rows kept as extra.
 */
final class FamilyDraft {

    private final String name;
    private final List<String> notes = new ArrayList<>();
    private final Map<Grade, Map<Dimension, List<String>>> cells = new LinkedHashMap<>();
    private final Map<Grade, List<FamilyLevel.ExtraRow>> extras = new LinkedHashMap<>();

    FamilyDraft(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    boolean hasGrade(Grade grade) {
        return cells.containsKey(grade);
    }

    void addGrade(Grade grade) {
        cells.computeIfAbsent(grade, g -> new EnumMap<>(Dimension.class));
        extras.computeIfAbsent(grade, g -> new ArrayList<>());
    }

    void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    void add(Grade grade, Dimension dimension, String cell) {
        if (!cell.isBlank()) {
            cells.get(grade).computeIfAbsent(dimension, d -> new ArrayList<>()).add(cell.strip());
        }
    }

    void addExtra(Grade grade, String label, String cell) {
        extras.get(grade).add(new FamilyLevel.ExtraRow(label, new LevelText(cell)));
    }

    JobFamily build() {
        List<FamilyLevel> levels = new ArrayList<>();
        cells.forEach((grade, dimensions) -> {
            Map<Dimension, LevelText> texts = new EnumMap<>(Dimension.class);
            dimensions.forEach((dimension, parts) -> texts.put(dimension, new LevelText(String.join("\n\n", parts))));
            levels.add(new FamilyLevel(grade, texts, extras.get(grade)));
        });
        return new JobFamily(JobFamily.slugOf(name), name, notes, levels);
    }
}
