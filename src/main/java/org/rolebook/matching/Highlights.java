package org.rolebook.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rolebook.framework.Segment;
import org.rolebook.matching.internal.MatchAnalyzer;

/**
 * The words a suggestion matched, marked in a text as written: the profile's line or the
 * framework's statement of a piece of evidence. A word is marked when it means the same to grade
 * suggestion as one of the matched words (same stem, same thing: "supervising" for "Supervise",
 * "children" for "pupils"), so both sides of a match show what they share.
 */
public final class Highlights {

    private static final MatchAnalyzer ANALYZER = new MatchAnalyzer();

    private Highlights() {}

    /** The text in runs, those of the matched words marked {@link Segment.Mark#MATCHED}, the rest as written. */
    public static List<Segment> mark(String text, Collection<String> words) {
        Set<String> terms = new HashSet<>(ANALYZER.terms(String.join(" \n ", words)));
        List<Segment> segments = new ArrayList<>();
        if (terms.isEmpty() || text.isEmpty()) {
            segments.add(Segment.same(text));
            return segments;
        }
        int written = 0;
        int markedUpTo = -1;
        for (MatchAnalyzer.Token token : ANALYZER.tokens(text)) {
            if (!terms.contains(token.term()) || token.end() <= markedUpTo) {
                continue;
            }
            int start = Math.max(token.start(), written);
            if (start > written) {
                segments.add(Segment.same(text.substring(written, start)));
            }
            segments.add(new Segment(text.substring(start, token.end()), Segment.Mark.MATCHED));
            written = token.end();
            markedUpTo = token.end();
        }
        if (written < text.length()) {
            segments.add(Segment.same(text.substring(written)));
        }
        return segments;
    }
}
