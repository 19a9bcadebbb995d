package org.rolebook.framework;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * Two texts compared word by word: each side as runs of words, the words only the first has
 * marked removed, the words only the second has marked added.
 */
public record WordDiff(List<Segment> from, List<Segment> to, boolean changed) {

    public WordDiff {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }

    public static WordDiff of(String fromText, String toText) {
        List<String> fromWords = words(fromText);
        List<String> toWords = words(toText);
        Patch<String> patch = DiffUtils.diff(fromWords, toWords);
        return new WordDiff(
                marked(fromWords, patch, true),
                marked(toWords, patch, false),
                !patch.getDeltas().isEmpty());
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }

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
        return segments;
    }
}
