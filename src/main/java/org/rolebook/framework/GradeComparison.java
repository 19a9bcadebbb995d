package org.rolebook.framework;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Two levels of one family side by side: for each dimension, the text of each grade with the
 * words removed on the way from one to the other, and the words added, marked; for example
 * titles and typical tasks, which items are new and which are gone.
 */
public record GradeComparison(JobFamily family, FamilyLevel from, FamilyLevel to, List<Row> rows) {

    /** One dimension: both sides as marked segments, and list items that differ. */
    public record Row(
            Dimension dimension, List<Segment> fromText, List<Segment> toText, List<Item> items, boolean changed) {}

    /** A title or a typical task and whether it is in both grades, only the lower or only the higher. */
    public record Item(String text, Segment.Mark mark) {}

    public static GradeComparison of(JobFamily family, FamilyLevel from, FamilyLevel to) {
        List<Row> rows = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            WordDiff diff =
                    WordDiff.of(from.text(dimension).plain(), to.text(dimension).plain());
            List<Item> items = switch (dimension) {
                case EXAMPLE_TITLES -> items(from.exampleTitles(), to.exampleTitles());
                case ACCOUNTABILITIES -> items(from.typicalTasks(), to.typicalTasks());
                default -> List.of();
            };
            rows.add(new Row(dimension, diff.from(), diff.to(), items, diff.changed()));
        }
        return new GradeComparison(family, from, to, List.copyOf(rows));
    }

    private static List<Item> items(List<String> from, List<String> to) {
        Set<String> all = new LinkedHashSet<>(from);
        all.addAll(to);
        return all.stream()
                .map(text -> new Item(
                        text,
                        from.contains(text) && to.contains(text)
                                ? Segment.Mark.SAME
                                : from.contains(text) ? Segment.Mark.REMOVED : Segment.Mark.ADDED))
                .toList();
    }
}
