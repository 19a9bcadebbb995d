package org.rolebook.matching.internal;

import java.util.ArrayList;
import java.util.List;

/** Finds the steps of the cue lexicon in a profile's lines. */
public final class CueFinder {

    /** A step found in a line, with the words that made it. */
    public record Hit(CueLexicon.Step step, ProfileLines.Line line, List<MatchAnalyzer.Token> words) {}

    private CueFinder() {}

    public static List<Hit> find(CueLexicon lexicon, List<LineMatch> lines) {
        List<Hit> hits = new ArrayList<>();
        for (CueLexicon.Step step : lexicon.steps()) {
            for (LineMatch line : lines) {
                List<MatchAnalyzer.Token> found = first(step, line.tokens());
                if (!found.isEmpty()) {
                    hits.add(new Hit(step, line.line(), found));
                    break;
                }
            }
        }
        return hits;
    }

    private static List<MatchAnalyzer.Token> first(CueLexicon.Step step, List<MatchAnalyzer.Token> tokens) {
        for (Phrase phrase : step.profile()) {
            List<MatchAnalyzer.Token> found = phrase.find(tokens);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }
}
