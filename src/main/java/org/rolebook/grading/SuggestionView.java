package org.rolebook.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.Dimension;
import org.rolebook.framework.Grade;
import org.rolebook.framework.Segment;
import org.rolebook.matching.Highlights;
import org.rolebook.matching.Suggestion;

/**
 * A suggestion as the panel shows it: the grade and runner-up, the confidence, the grade the
 * profile states, the flags, the example title matched, the cues with their direction, and the
 * evidence of each dimension with the shared words marked on both sides.
 *
 * @param status the standing in words, such as "Tentative"
 * @param tag the GOV.UK tag colour of the standing
 * @param stated the grade the profile states, when it states one
 */
public record SuggestionView(
        String status,
        String tag,
        Suggestion.@Nullable Placement suggested,
        Suggestion.@Nullable Placement runnerUp,
        int confidencePercent,
        @Nullable Grade stated,
        boolean statedAgrees,
        @Nullable Match title,
        List<DimensionEvidence> dimensions,
        List<CueView> cues,
        List<FlagView> flags) {

    /** Whether the post looks outside every loaded family, so that the level shown is only the nearest. */
    public boolean outside() {
        return status.equals(status(Suggestion.Status.OUTSIDE_FAMILIES));
    }

    /** Evidence rows shown at once for each dimension; the rest are behind "more". */
    static final int SHOWN = 3;

    public static SuggestionView of(Suggestion suggestion, int statedGrade) {
        Grade stated = statedGrade >= 1 && statedGrade <= 99 ? Grade.of(statedGrade) : null;
        Suggestion.Placement suggested = suggestion.suggested();
        Match title = null;
        Map<Dimension, List<Match>> byDimension = new LinkedHashMap<>();
        for (Suggestion.Evidence evidence : suggestion.evidence()) {
            Match match = Match.of(evidence, suggested);
            if (evidence.dimension() == Dimension.EXAMPLE_TITLES) {
                title = title == null ? match : title;
            } else {
                byDimension
                        .computeIfAbsent(evidence.dimension(), d -> new ArrayList<>())
                        .add(match);
            }
        }
        List<DimensionEvidence> dimensions = new ArrayList<>();
        byDimension.forEach(
                (dimension, matches) -> dimensions.add(DimensionEvidence.of(dimension, matches, suggestion)));
        return new SuggestionView(
                status(suggestion.status()),
                tag(suggestion.status()),
                suggested,
                suggestion.runnerUp(),
                (int) Math.round(suggestion.confidence() * 100),
                stated,
                suggested == null || stated == null || suggested.grade().equals(stated),
                title,
                dimensions,
                suggestion.cues().stream().map(CueView::of).toList(),
                suggestion.flags().stream().map(FlagView::of).toList());
    }

    /** A line of the profile beside the framework statement it matched, the shared words marked in both. */
    public record Match(
            String profileField,
            List<Segment> profileText,
            String familySlug,
            Grade grade,
            boolean ofSuggested,
            String frameworkPart,
            List<Segment> frameworkText) {

        static Match of(Suggestion.Evidence evidence, Suggestion.@Nullable Placement suggested) {
            return new Match(
                    evidence.profileField(),
                    Highlights.mark(evidence.profileText(), evidence.matchedWords()),
                    evidence.familySlug(),
                    evidence.grade(),
                    suggested != null
                            && suggested.grade().equals(evidence.grade())
                            && suggested.familySlug().equals(evidence.familySlug()),
                    evidence.frameworkPart(),
                    Highlights.mark(evidence.frameworkText(), evidence.matchedWords()));
        }
    }

    /**
     * The evidence of one dimension: the suggested level's first, each part strongest first.
     *
     * @param leansTo the level the dimension's evidence favours, and how many lines
     */
    public record DimensionEvidence(
            String label, Suggestion.@Nullable DimensionLean leansTo, List<Match> shown, List<Match> more) {

        static DimensionEvidence of(Dimension dimension, List<Match> matches, Suggestion suggestion) {
            Suggestion.DimensionLean lean = suggestion.byDimension().stream()
                    .filter(l -> l.dimension() == dimension)
                    .findFirst()
                    .orElse(null);
            List<Match> ordered = new ArrayList<>(matches);
            ordered.sort(java.util.Comparator.comparing((Match m) -> !m.ofSuggested()));
            int shown = Math.min(SHOWN, ordered.size());
            return new DimensionEvidence(
                    dimension.label(), lean, ordered.subList(0, shown), ordered.subList(shown, ordered.size()));
        }
    }

    /**
     * A grade-bearing phrase of the profile and which way it pushes the grade.
     *
     * @param direction "pushes up", "pushes down" or "supports"
     * @param grades the grades whose framework text states the same, such as "Grades 9 to 11"
     */
    public record CueView(
            String kind,
            String label,
            String direction,
            String grades,
            String profileField,
            List<Segment> profileText) {

        static CueView of(Suggestion.Cue cue) {
            return new CueView(
                    switch (cue.kind()) {
                        case QUALIFICATION -> "Qualification";
                        case SUPERVISION -> "Supervision";
                        case BUDGET -> "Budget";
                        case AUTONOMY -> "Autonomy";
                        case SCOPE -> "Scope";
                        case LEADERSHIP -> "Leadership";
                    },
                    cue.label(),
                    switch (cue.direction()) {
                        case UP -> "pushes up";
                        case DOWN -> "pushes down";
                        case SUPPORTS -> "supports";
                    },
                    inWords(cue.grades()),
                    cue.profileField(),
                    Highlights.mark(cue.profileText(), cue.matchedWords()));
        }
    }

    /** Where the profile contradicts itself or the framework. */
    public record FlagView(String kind, String message) {

        static FlagView of(Suggestion.Flag flag) {
            return new FlagView(
                    switch (flag.kind()) {
                        case STAFF_RESPONSIBILITY_CONTRADICTED -> "Staff responsibility";
                        case STATED_GRADE_DISAGREES -> "Stated grade";
                        case TITLE_OF_OTHER_GRADE -> "Title of another grade";
                        case TOO_LITTLE_TEXT -> "Too thin to judge";
                        case OUTSIDE_FAMILIES -> "Outside every family";
                    },
                    flag.message());
        }
    }

    static String status(Suggestion.Status status) {
        return switch (status) {
            case CONFIDENT -> "Confident";
            case TENTATIVE -> "Tentative";
            case NOT_ENOUGH_TO_JUDGE -> "Not enough to judge";
            case OUTSIDE_FAMILIES -> "Outside the loaded families";
        };
    }

    private static String tag(Suggestion.Status status) {
        return switch (status) {
            case CONFIDENT -> "govuk-tag--green";
            case TENTATIVE -> "govuk-tag--yellow";
            case NOT_ENOUGH_TO_JUDGE -> "govuk-tag--grey";
            case OUTSIDE_FAMILIES -> "govuk-tag--orange";
        };
    }

    /** "Grade 6", "Grades 9 to 11" for a run, "Grades 4, 6 and 8" otherwise. */
    static String inWords(List<Grade> grades) {
        if (grades.isEmpty()) {
            return "";
        }
        if (grades.size() == 1) {
            return grades.getFirst().label();
        }
        boolean run = true;
        for (int i = 1; i < grades.size(); i++) {
            run &= grades.get(i).number() == grades.get(i - 1).number() + 1;
        }
        if (run) {
            return "Grades %d to %d"
                    .formatted(grades.getFirst().number(), grades.getLast().number());
        }
        List<String> numbers =
                grades.stream().map(g -> String.valueOf(g.number())).toList();
        return "Grades " + String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and " + numbers.getLast();
    }
}
