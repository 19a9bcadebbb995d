package org.rolebook.matching.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A phrase to find in analysed text, such as "line manage" or "supervise staff|colleagues|team":
 * words in order, each position one of its alternatives, a few other words allowed between them.
 * Written in plain words; the words are analysed as the text is, so "supervising junior staff"
 * finds "supervise staff".
 */
public final class Phrase {

    private static final int GAP = 3;

    private final String written;
    private final List<Set<String>> positions;

    private Phrase(String written, List<Set<String>> positions) {
        this.written = written;
        this.positions = positions;
    }

    public static Phrase of(String written, MatchAnalyzer analyzer) {
        List<Set<String>> positions = new ArrayList<>();
        for (String word : written.strip().split("\\s+")) {
            Set<String> alternatives = new LinkedHashSet<>();
            for (String alternative : word.split("\\|")) {
                alternatives.addAll(analyzer.terms(alternative.replace('_', ' ')));
            }
            if (!alternatives.isEmpty()) {
                positions.add(alternatives);
            }
        }
        if (positions.isEmpty()) {
            throw new IllegalArgumentException("the phrase \"" + written + "\" has no words that count");
        }
        return new Phrase(written, List.copyOf(positions));
    }

    public static List<Phrase> all(MatchAnalyzer analyzer, String... written) {
        return Arrays.stream(written).map(w -> of(w, analyzer)).toList();
    }

    public String written() {
        return written;
    }

    /** The words the phrase can start with. */
    public java.util.Set<String> firstWords() {
        return positions.getFirst();
    }

    /** The tokens of the phrase when it starts at this token, or an empty list. */
    public List<MatchAnalyzer.Token> findAt(List<MatchAnalyzer.Token> tokens, int start) {
        return positions.getFirst().contains(tokens.get(start).term()) ? rest(tokens, start) : List.of();
    }

    /** The tokens of the first place the phrase occurs, or an empty list. */
    public List<MatchAnalyzer.Token> find(List<MatchAnalyzer.Token> tokens) {
        for (int start = 0; start < tokens.size(); start++) {
            if (positions.getFirst().contains(tokens.get(start).term())) {
                List<MatchAnalyzer.Token> found = rest(tokens, start);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    private List<MatchAnalyzer.Token> rest(List<MatchAnalyzer.Token> tokens, int start) {
        List<MatchAnalyzer.Token> found = new ArrayList<>(List.of(tokens.get(start)));
        int at = start;
        for (int p = 1; p < positions.size(); p++) {
            int next = -1;
            for (int i = at + 1; i < tokens.size() && i <= at + 1 + GAP; i++) {
                if (positions.get(p).contains(tokens.get(i).term())) {
                    next = i;
                    break;
                }
            }
            if (next < 0) {
                return List.of();
            }
            found.add(tokens.get(next));
            at = next;
        }
        return found;
    }
}
