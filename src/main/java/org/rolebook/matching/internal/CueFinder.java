package org.rolebook.matching.internal;

import java.util.ArrayList;
import java.util.List;

/** Finds the steps of the cue lexicon in a profile's lines. */
public final class CueFinder {

    /** A step found in a line, with the words that made it. */
    public record Hit(CueStep step, ProfileLines.Line line, List<MatchAnalyzer.Token> words) {}

    private CueFinder() {}

    /** Each step found, at the first line that has it, in the lexicon's order of steps. */
    public static List<Hit> find(CueLexicon lexicon, List<LineMatch> lines) {
        java.util.Map<CueStep, Hit> first = new java.util.IdentityHashMap<>();
        for (LineMatch line : lines) {
            for (PhraseIndex.Found<CueStep> found : lexicon.index().find(line.tokens())) {
                if (found.owner().shownBy(line.tokens(), found.words())) {
                    first.putIfAbsent(found.owner(), new Hit(found.owner(), line.line(), found.words()));
                }
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (CueStep step : lexicon.steps()) {
            Hit hit = first.get(step);
            if (hit != null) {
                hits.add(hit);
            }
        }
        return hits;
    }
}
