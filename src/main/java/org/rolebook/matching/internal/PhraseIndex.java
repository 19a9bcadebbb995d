package org.rolebook.matching.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Many phrases, each with what it stands for, looked up by their first word: a line's phrases are
 * found with one map lookup per word of the line, however many phrases there are.
 *
 * @param <T> what a phrase stands for, such as a cue's step
 */
public final class PhraseIndex<T> {

    /** A phrase found in a line: what it stands for, which phrase, and the words that made it. */
    public record Found<T>(T owner, Phrase phrase, List<MatchAnalyzer.Token> words) {}

    private record Entry<T>(T owner, Phrase phrase) {}

    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();

    public void add(T owner, Phrase phrase) {
        for (String first : phrase.firstWords()) {
            byFirstWord.computeIfAbsent(first, word -> new ArrayList<>()).add(new Entry<>(owner, phrase));
        }
    }

    /** Every phrase found in the tokens, in the order of the words where they start. */
    public List<Found<T>> find(List<MatchAnalyzer.Token> tokens) {
        List<Found<T>> found = new ArrayList<>();
        for (int start = 0; start < tokens.size(); start++) {
            List<Entry<T>> candidates = byFirstWord.get(tokens.get(start).term());
            if (candidates == null) {
                continue;
            }
            for (Entry<T> entry : candidates) {
                List<MatchAnalyzer.Token> words = entry.phrase().findAt(tokens, start);
                if (!words.isEmpty()) {
                    found.add(new Found<>(entry.owner(), entry.phrase(), words));
                }
            }
        }
        return found;
    }
}
