package org.rolebook.framework;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One grade of one job family: every dimension of the family profile summary as written, and
 * rows the importer could not place on a dimension, kept with their labels.
 */
public record FamilyLevel(Grade grade, Map<Dimension, LevelText> texts, List<ExtraRow> extraRows) {

    /** A row of the source table that names no known dimension, kept as written. */
    public record ExtraRow(String label, LevelText text) {}

    public FamilyLevel {
        EnumMap<Dimension, LevelText> copy = new EnumMap<>(Dimension.class);
        copy.putAll(texts);
        texts = Collections.unmodifiableMap(copy);
        extraRows = List.copyOf(extraRows);
    }

    public LevelText text(Dimension dimension) {
        return texts.getOrDefault(dimension, new LevelText(""));
    }

    /** The example job titles, split at semicolons as the seed writes them. */
    public List<String> exampleTitles() {
        return Arrays.stream(text(Dimension.EXAMPLE_TITLES).plain().split(";"))
                .map(String::strip)
                .filter(title -> !title.isEmpty() && !title.equals("-"))
                .toList();
    }

    public Accountabilities accountabilities() {
        return Accountabilities.of(text(Dimension.ACCOUNTABILITIES));
    }

    public List<String> typicalTasks() {
        return accountabilities().typicalTasks();
    }
}
