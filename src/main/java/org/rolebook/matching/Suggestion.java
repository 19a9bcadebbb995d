package org.rolebook.matching;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.Dimension;
import org.rolebook.framework.Grade;

/**
 * A suggested grade for a profile, with what it rests on: every level ranked, the evidence per
 * dimension, the cues that pushed the grade up or down, and flags where the profile contradicts
 * itself or the framework.
 *
 * @param suggested the best level; null when there is not enough to judge
 * @param runnerUp the next best level, when there is one
 * @param confidence from 0 (a guess) to 1 (the evidence agrees and is plentiful)
 * @param ranking every level of every family, best first
 * @param method which suggester answered ("evidence" or "bm25-baseline")
 */
public record Suggestion(
        Status status,
        @Nullable Placement suggested,
        @Nullable Placement runnerUp,
        double confidence,
        List<LevelScore> ranking,
        List<Evidence> evidence,
        List<Cue> cues,
        List<Flag> flags,
        String method) {

    public Suggestion {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence is between 0 and 1, was " + confidence);
        }
        ranking = List.copyOf(ranking);
        evidence = List.copyOf(evidence);
        cues = List.copyOf(cues);
        flags = List.copyOf(flags);
    }

    public enum Status {
        /** The evidence is plentiful and agrees on the grade or its neighbour. */
        CONFIDENT,
        /** A grade is suggested, but the evidence is thin or split. */
        TENTATIVE,
        /** Too little text that means anything to the framework. */
        NOT_ENOUGH_TO_JUDGE,
        /** The profile matches none of the loaded families well; the nearest level is given. */
        OUTSIDE_FAMILIES
    }

    /** A level of a family. */
    public record Placement(String familySlug, String familyName, Grade grade) {}

    /** A level and its share of the evidence (the shares of all levels add up to 1). */
    public record LevelScore(String familySlug, Grade grade, double score) {}

    /**
     * A line of the profile that matched a statement of a level.
     *
     * @param frameworkPart which part of the dimension: "typical task", "accountability", "purpose",
     *     "example title", …
     * @param profileField where the line is in the profile, such as "accountability 3"
     * @param matchedWords the profile's words found in the framework's statement
     */
    public record Evidence(
            Dimension dimension,
            String frameworkPart,
            String familySlug,
            Grade grade,
            String profileField,
            String profileText,
            String frameworkText,
            List<String> matchedWords,
            double score) {
        public Evidence {
            matchedWords = List.copyOf(matchedWords);
        }
    }

    /** What a cue says about the grade, next to what the text alone suggests. */
    public enum Direction {
        UP,
        DOWN,
        SUPPORTS
    }

    public enum CueKind {
        QUALIFICATION,
        SUPERVISION,
        BUDGET,
        AUTONOMY,
        SCOPE,
        LEADERSHIP
    }

    /**
     * A grade-bearing phrase of the profile, such as a degree requirement or line management.
     *
     * @param label what the cue is, such as "degree"
     * @param grades the levels whose framework text states the same thing
     */
    public record Cue(
            CueKind kind,
            String label,
            String profileField,
            String profileText,
            List<String> matchedWords,
            List<Grade> grades,
            Direction direction) {
        public Cue {
            matchedWords = List.copyOf(matchedWords);
            grades = List.copyOf(grades);
        }
    }

    public enum FlagKind {
        /** Staff responsibility "No", but the text or the suggested level manages staff. */
        STAFF_RESPONSIBILITY_CONTRADICTED,
        /** The grade stated on this framework's scale is two or more away from the suggestion. */
        STATED_GRADE_DISAGREES,
        /** The title is an example title of a different grade than the suggestion, or than the rest of the evidence by two or more. */
        TITLE_OF_OTHER_GRADE,
        /** Too little text to judge by. */
        TOO_LITTLE_TEXT,
        /** The text matches the loaded families poorly. */
        OUTSIDE_FAMILIES
    }

    public record Flag(FlagKind kind, String message) {}

    /** Where the evidence of one dimension points: the level its matched lines favour, and how many lines. */
    public record DimensionLean(Dimension dimension, String familySlug, Grade grade, int lines) {}

    /**
     * Where the evidence of each dimension points, in the order of the dimensions: for each, the
     * level with the largest sum of evidence scores (ties to the lower grade).
     */
    @JsonProperty("byDimension")
    public List<DimensionLean> byDimension() {
        Map<Dimension, Map<String, double[]>> sums = new EnumMap<>(Dimension.class);
        Map<String, Evidence> examples = new HashMap<>();
        for (Evidence e : evidence) {
            String key = e.familySlug() + "\u0000" + e.grade().number();
            double[] sum =
                    sums.computeIfAbsent(e.dimension(), d -> new TreeMap<>()).computeIfAbsent(key, k -> new double[2]);
            sum[0] += e.score();
            sum[1]++;
            examples.putIfAbsent(key, e);
        }
        List<DimensionLean> leans = new ArrayList<>();
        sums.forEach((dimension, levels) -> {
            String best = null;
            for (Map.Entry<String, double[]> level : levels.entrySet()) {
                if (best == null
                        || level.getValue()[0] > levels.get(best)[0] + 1e-9
                        || (Math.abs(level.getValue()[0] - levels.get(best)[0]) <= 1e-9
                                && examples.get(level.getKey())
                                                .grade()
                                                .compareTo(examples.get(best).grade())
                                        < 0)) {
                    best = level.getKey();
                }
            }
            Evidence example = examples.get(best);
            leans.add(new DimensionLean(dimension, example.familySlug(), example.grade(), (int) levels.get(best)[1]));
        });
        return leans;
    }

    public boolean hasFlag(FlagKind kind) {
        return flags.stream().anyMatch(flag -> flag.kind() == kind);
    }
}
