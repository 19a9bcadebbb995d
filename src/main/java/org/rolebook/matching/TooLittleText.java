package org.rolebook.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.rolebook.matching.internal.LineMatch;
import org.rolebook.matching.internal.MatchAnalyzer;

/** Whether a profile's text is too thin to judge by, and why, in words that say what was measured. */
final class TooLittleText {

    private TooLittleText() {}

    /**
     * Why the text is too thin to judge by, if it is: its lines together match the framework less
     * than two lines matching it fully would, or it has fewer than twelve different words.
     */
    static Optional<String> why(List<LineMatch> lines, double matched) {
        long matching = lines.stream().filter(line -> line.strength() > 0).count();
        if (matching == 0) {
            return Optional.of(
                    switch (lines.size()) {
                        case 0 -> "the profile has no text";
                        case 1 -> "its one line does not match the framework";
                        default -> "none of its %d lines matches the framework".formatted(lines.size());
                    });
        }
        if (matched < 2) {
            double counted = Math.floor(matched * 10) / 10;
            return Optional.of(
                    lines.size() == 1
                            ? String.format(
                                    Locale.ROOT,
                                    "its one line matches the framework, worth %.1f of the 2 full matches needed",
                                    counted)
                            : String.format(
                                    Locale.ROOT,
                                    "%d of its %d lines match the framework, together worth %.1f of the 2 full matches needed",
                                    matching,
                                    lines.size(),
                                    counted));
        }
        Set<String> terms = new HashSet<>();
        for (LineMatch line : lines) {
            for (MatchAnalyzer.Token token : line.tokens()) {
                if (terms.add(token.term()) && terms.size() >= 12) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of("it has only %d different words; 12 are needed".formatted(terms.size()));
    }
}
