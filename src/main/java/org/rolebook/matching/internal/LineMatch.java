package org.rolebook.matching.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rolebook.framework.Dimension;

/**
 * One profile line against every statement of the framework: for each level the best statement
 * and its weighted BM25 score, and the line's vote over the levels. A line that matches one level
 * clearly better than the others votes mostly for it; a line that matches many alike spreads its
 * vote; a line that matches little votes little.
 */
public final class LineMatch {

    /** Below this score a line has said nothing the framework recognises. */
    public static final double NOTHING = 1.5;
    /** From this score a line counts in full. */
    public static final double FULL = 6.0;

    private static final double SHARPNESS = 6.0;
    /** A profile's own reporting line ("Responsible to: …") weighs most against the framework's reporting lines. */
    private static final double REPORTING_LINE = 1.5;

    private final ProfileLines.Line line;
    private final List<MatchAnalyzer.Token> tokens;
    private final double[] best;
    private final int[] bestStatement;
    private final double top;

    LineMatch(ProfileLines.Line line, List<MatchAnalyzer.Token> tokens, double[] best, int[] bestStatement) {
        this.line = line;
        this.tokens = tokens;
        this.best = best;
        this.bestStatement = bestStatement;
        double max = 0;
        for (double score : best) {
            max = Math.max(max, score);
        }
        this.top = max;
    }

    /**
     * Working space for matching the lines of one profile, one after the other: the BM25 scores of
     * every statement and which of them a line touched, kept zero between lines.
     */
    public static final class Scratch {
        private final float[] scores;
        private final int[] touched;

        public Scratch(Statements statements) {
            this.scores = new float[statements.index().size()];
            this.touched = new int[scores.length];
        }
    }

    public static LineMatch of(
            ProfileLines.Line line, Levels levels, Statements statements, MatchAnalyzer analyzer, Scratch scratch) {
        List<MatchAnalyzer.Token> tokens = analyzer.tokens(line.text());
        List<String> terms = new ArrayList<>(tokens.size());
        for (MatchAnalyzer.Token token : tokens) {
            if (!terms.contains(token.term())) {
                terms.add(token.term());
            }
        }
        float[] scores = scratch.scores;
        int count = statements.index().scoresInto(terms, scores, scratch.touched);
        double[] best = new double[levels.size()];
        int[] bestStatement = new int[levels.size()];
        java.util.Arrays.fill(bestStatement, -1);
        for (int t = 0; t < count; t++) {
            int s = scratch.touched[t];
            Statements.Statement statement = statements.get(s);
            double weight = line.reportingLine() && statement.dimension() == Dimension.REPORTING_LINE
                    ? REPORTING_LINE
                    : statement.weight();
            double weighted = scores[s] * weight;
            scores[s] = 0;
            int level = statement.level();
            if (weighted > best[level] || (weighted == best[level] && weighted > 0 && s < bestStatement[level])) {
                best[level] = weighted;
                bestStatement[level] = s;
            }
        }
        return new LineMatch(line, tokens, best, bestStatement);
    }

    public ProfileLines.Line line() {
        return line;
    }

    public List<MatchAnalyzer.Token> tokens() {
        return tokens;
    }

    public double top() {
        return top;
    }

    public double score(int level) {
        return best[level];
    }

    /** The best statement of a level for this line, or -1. */
    public int statement(int level) {
        return bestStatement[level];
    }

    /** How much the line counts, from 0 to 1. */
    public double strength() {
        return top < NOTHING ? 0 : Math.min(1, top / FULL);
    }

    private double @org.jspecify.annotations.Nullable [] vote;

    /** The line's vote over the levels, adding up to its strength (worked out once; do not change it). */
    public double[] vote() {
        if (vote == null) {
            vote = computeVote();
        }
        return vote;
    }

    private double[] computeVote() {
        double[] vote = new double[best.length];
        double strength = strength();
        if (strength == 0) {
            return vote;
        }
        double sum = 0;
        for (int i = 0; i < best.length; i++) {
            vote[i] = best[i] > 0 ? Math.exp(SHARPNESS * (best[i] / top - 1)) : 0;
            sum += vote[i];
        }
        for (int i = 0; i < best.length; i++) {
            vote[i] = vote[i] / sum * strength;
        }
        return vote;
    }

    /** The line's words that the statement also has, as the line writes them. */
    public List<String> wordsIn(int statement, Bm25Index index) {
        Set<String> words = new LinkedHashSet<>();
        for (MatchAnalyzer.Token token : tokens) {
            if (index.score(token.term(), statement) > 0) {
                words.add(token.surface());
            }
        }
        return new ArrayList<>(words);
    }
}
