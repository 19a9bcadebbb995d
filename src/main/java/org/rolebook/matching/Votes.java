package org.rolebook.matching;

import java.util.Arrays;
import java.util.Set;
import org.rolebook.matching.internal.Levels;

/** Votes for levels, and the floors and ceilings that scale them down, accumulated into shares. */
final class Votes {

    private final double[] raw;
    private final double[] limits;
    private int titleLevel = -1;
    private double titleVote;

    Votes(int levels) {
        raw = new double[levels];
        limits = new double[levels];
        Arrays.fill(limits, 1);
    }

    int size() {
        return raw.length;
    }

    void add(int level, double vote) {
        raw[level] += vote;
    }

    /** The title's vote, kept apart as well, so that what the rest of the evidence says can be told. */
    void addTitle(int level, double vote) {
        add(level, vote);
        titleLevel = level;
        titleVote = vote;
    }

    double total() {
        return Arrays.stream(raw).sum();
    }

    double raw(int level) {
        return raw[level];
    }

    /** Levels below the lowest of these levels, by more than one grade, are scaled down. */
    void floor(Levels levels, Set<Integer> from, double factor) {
        for (Levels.Level level : levels.all()) {
            boolean below = from.stream()
                    .map(levels::get)
                    .filter(l -> l.family().slug().equals(level.family().slug()))
                    .mapToInt(Levels.Level::rank)
                    .min()
                    .stream()
                    .anyMatch(lowest -> level.rank() < lowest - 1);
            if (below) {
                limits[level.index()] *= factor;
            }
        }
    }

    /** The votes these levels have had so far are scaled, the title's among them. */
    void scale(Set<Integer> levels, double factor) {
        levels.forEach(level -> raw[level] *= factor);
        if (levels.contains(titleLevel)) {
            titleVote *= factor;
        }
    }

    /** These levels are scaled down. */
    void limit(Set<Integer> levels, double factor) {
        levels.forEach(level -> limits[level] *= factor);
    }

    /** The best level by the votes spread to neighbours, before floors and ceilings; -1 without votes. */
    int best(Levels levels, double[] kernel) {
        return argmax(levels.spread(raw, kernel), -1);
    }

    /** The best level of the spread and limited votes without the title's; -1 without other votes. */
    int bestWithoutTitle(Levels levels, double[] kernel) {
        double[] rest = raw.clone();
        if (titleLevel >= 0) {
            rest[titleLevel] = Math.max(0, rest[titleLevel] - titleVote);
        }
        return argmax(shares(levels, kernel, rest), -1);
    }

    /** Each level's share of the spread and limited votes; all zero without votes. */
    double[] shares(Levels levels, double[] kernel) {
        return shares(levels, kernel, raw);
    }

    private double[] shares(Levels levels, double[] kernel, double[] votes) {
        double[] spread = levels.spread(votes, kernel);
        double sum = 0;
        for (int i = 0; i < spread.length; i++) {
            spread[i] *= limits[i];
            sum += spread[i];
        }
        if (sum > 0) {
            for (int i = 0; i < spread.length; i++) {
                spread[i] /= sum;
            }
        }
        return spread;
    }

    static int argmax(double[] values, int except) {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (i != except && values[i] > 0 && (best < 0 || values[i] > values[best] + 1e-12)) {
                best = i;
            }
        }
        return best;
    }
}
