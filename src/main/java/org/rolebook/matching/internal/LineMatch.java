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
 * vote; a line that matches little votes little. Half of each vote goes to the lowest grade of the
 * family whose text covers the line nearly as well as the best: the framework describes a level as
 * an accumulation of elements, so a duty that a lower grade already lists ("administering basic
 * first aid" is Grade 3 knowledge as well as a Grade 5 task) is no evidence for the higher one.
 */
public final class LineMatch {

    /** Below this score a line has said nothing the framework recognises. */
    public static final double NOTHING = 1.5;
    /** From this score a line counts in full. */
    public static final double FULL = 6.0;

    private static final double SHARPNESS = 6.0;
    /** A lower grade covers a line when it matches it at least this share of the best match. */
    private static final double COVERED = 0.6;
    /** The share of a line's vote that goes to the lowest grade that covers it. */
    private static final double TO_LOWEST = 0.5;
    /**
     * A profile's own reporting line ("Responsible to: …") weighs most against the framework's
     * reporting lines, which no other line matches: "senior staff" in a duty is not whom the post reports to.
     */
    private static final double REPORTING_LINE = 1.5;

    private final ProfileLines.Line line;
    private final List<MatchAnalyzer.Token> tokens;
    private final double[] best;
    private final int[] bestStatement;
    private final double top;
    private final int lowestCovering;

    LineMatch(
            ProfileLines.Line line,
            List<MatchAnalyzer.Token> tokens,
            double[] best,
            int[] bestStatement,
            Levels levels) {
        this.line = line;
        this.tokens = tokens;
        this.best = best;
        this.bestStatement = bestStatement;
        int topLevel = -1;
        for (int i = 0; i < best.length; i++) {
            if (best[i] > 0 && (topLevel < 0 || best[i] > best[topLevel])) {
                topLevel = i;
            }
        }
        this.top = topLevel < 0 ? 0 : best[topLevel];
        this.lowestCovering = topLevel < 0 ? -1 : lowestCovering(levels, topLevel);
    }

    /** The lowest grade of the top level's family that matches the line at least {@link #COVERED} as well. */
    private int lowestCovering(Levels levels, int topLevel) {
        int lowest = topLevel;
        for (int i = 0; i < best.length; i++) {
            if (best[i] >= COVERED * top
                    && levels.distance(i, topLevel) >= 0
                    && levels.get(i).rank() < levels.get(lowest).rank()) {
                lowest = i;
            }
        }
        return lowest;
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
            double weight = statement.dimension() == Dimension.REPORTING_LINE
                    ? (line.reportingLine() ? REPORTING_LINE : 0)
                    : statement.weight();
            double weighted = scores[s] * weight;
            scores[s] = 0;
            int level = statement.level();
            if (weighted > best[level] || (weighted == best[level] && weighted > 0 && s < bestStatement[level])) {
                best[level] = weighted;
                bestStatement[level] = s;
            }
        }
        return new LineMatch(line, tokens, best, bestStatement, levels);
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
            vote[i] = vote[i] / sum * strength * (1 - TO_LOWEST);
        }
        vote[lowestCovering] += strength * TO_LOWEST;
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
