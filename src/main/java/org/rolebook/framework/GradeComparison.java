package org.rolebook.framework;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
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
            String fromText = from.text(dimension).plain();
            String toText = to.text(dimension).plain();
            List<String> fromWords = words(fromText);
            List<String> toWords = words(toText);
            Patch<String> patch = DiffUtils.diff(fromWords, toWords);
            List<Item> items = switch (dimension) {
                case EXAMPLE_TITLES -> items(from.exampleTitles(), to.exampleTitles());
                case ACCOUNTABILITIES -> items(from.typicalTasks(), to.typicalTasks());
                default -> List.of();
            };
            rows.add(new Row(
                    dimension,
                    marked(fromWords, patch, true),
                    marked(toWords, patch, false),
                    items,
                    !patch.getDeltas().isEmpty()));
        }
        return new GradeComparison(family, from, to, List.copyOf(rows));
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }

    /** The words of one side, with those that change merged into marked runs. */
    private static List<Segment> marked(List<String> words, Patch<String> patch, boolean source) {
        boolean[] changed = new boolean[words.size()];
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            var chunk = source ? delta.getSource() : delta.getTarget();
            for (int i = 0; i < chunk.size(); i++) {
                changed[chunk.getPosition() + i] = true;
            }
        }
        Segment.Mark changeMark = source ? Segment.Mark.REMOVED : Segment.Mark.ADDED;
        List<Segment> segments = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Segment.Mark runMark = Segment.Mark.SAME;
        for (int i = 0; i < words.size(); i++) {
            Segment.Mark mark = changed[i] ? changeMark : Segment.Mark.SAME;
            if (mark != runMark && !run.isEmpty()) {
                segments.add(new Segment(run.toString(), runMark));
                run.setLength(0);
            }
            runMark = mark;
            run.append(i == 0 ? "" : " ").append(words.get(i));
        }
        if (!run.isEmpty()) {
            segments.add(new Segment(run.toString(), runMark));
        }
        return List.copyOf(segments);
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
