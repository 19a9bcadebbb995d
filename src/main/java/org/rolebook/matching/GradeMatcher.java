package org.rolebook.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.rolebook.framework.JobFamily;
import org.rolebook.matching.Suggestion.Cue;
import org.rolebook.matching.Suggestion.CueKind;
import org.rolebook.matching.internal.CueFinder;
import org.rolebook.matching.internal.CueLexicon;
import org.rolebook.matching.internal.CueStep;
import org.rolebook.matching.internal.Levels;
import org.rolebook.matching.internal.LineMatch;
import org.rolebook.matching.internal.MatchAnalyzer;
import org.rolebook.matching.internal.OtherFamilies;
import org.rolebook.matching.internal.ProfileLines;
import org.rolebook.matching.internal.Statements;
import org.rolebook.matching.internal.Titles;

/**
 * Suggests a grade from the evidence of every dimension, on the ordered grades of each family.
 * Each profile line votes for the levels whose statements it matches (BM25 over the framework's
 * typical tasks, accountabilities, purpose, knowledge and the rest); the title votes for the level
 * whose example title it is; qualification, supervision, budget, autonomy, scope and leadership
 * cues vote for the levels whose text states the same and set soft floors and ceilings, and the
 * levels that lead a service keep only part of their votes where no line leads. Votes spread to the
 * neighbouring grades, so that being one grade off costs less than being four off; the best level
 * of the accumulated votes is the suggestion. Immutable and thread-safe; built once per catalogue.
 */
public final class GradeMatcher implements GradeSuggester {

    static final double CONTENT = 10;
    /**
     * How much of their votes the levels whose framework text manages or leads a service or programme
     * keep when no line of the profile does either, nor line-manages staff: a pupil-level post whose
     * work is pastoral care or behaviour is not managing the pastoral or behaviour service.
     */
    static final double NO_LEADERSHIP = 0.7;

    static final double TITLE = 5;
    static final double[] SPREAD = {1, 0.5, 0.15};

    final Levels levels;
    final MatchAnalyzer analyzer = new MatchAnalyzer();
    final Statements statements;
    final Titles titles;
    final CueLexicon cues;
    final OtherFamilies others;

    private final double noLeadership;

    private GradeMatcher(List<JobFamily> families, double noLeadership) {
        this.noLeadership = noLeadership;
        this.levels = new Levels(families);
        this.statements = new Statements(levels, analyzer);
        this.titles = new Titles(levels, analyzer);
        this.cues = new CueLexicon(statements, analyzer);
        this.others = new OtherFamilies(levels, analyzer);
    }

    /** A matcher over the given families, any number, each with any grades. */
    public static GradeMatcher of(List<JobFamily> families) {
        return new GradeMatcher(families, NO_LEADERSHIP);
    }

    /** A matcher that keeps this share of the votes of levels that lead, where no line leads (for tests). */
    static GradeMatcher of(List<JobFamily> families, double noLeadership) {
        return new GradeMatcher(families, noLeadership);
    }

    @Override
    public Suggestion suggest(ProfileText profile) {
        if (levels.size() == 0) {
            return Verdict.nothingLoaded();
        }
        LineMatch.Scratch scratch = new LineMatch.Scratch(statements);
        List<LineMatch> lines = new ArrayList<>();
        for (ProfileLines.Line line : ProfileLines.of(profile)) {
            lines.add(LineMatch.of(line, levels, statements, analyzer, scratch));
        }
        Votes votes = new Votes(levels.size());
        double matched = content(lines, votes);
        Optional<Titles.TitleMatch> title = titles.best(
                        profile.title(), lines.stream().map(LineMatch::tokens).toList())
                .filter(m -> m.covered() >= 0.66);
        // An example title of the framework, give or take a word, keeps its whole weight however long the
        // text; a title that only shares words with one weighs less the more of the text matches.
        double partly = TITLE / 3 * (1 - 0.6 * Math.min(1, matched / 8));
        title.ifPresent(
                match -> votes.addTitle(match.example().level(), (match.strong() ? TITLE : partly) * match.score()));
        int byText = votes.best(levels, SPREAD);
        List<CueFinder.Hit> hits = CueFinder.find(cues, lines);
        List<Cue> found = new ArrayList<>();
        for (CueFinder.Hit hit : hits) {
            found.add(Verdict.cue(hit, levels, byText));
        }
        applyCues(hits, votes);
        if (matched > 0 && hits.stream().noneMatch(GradeMatcher::leads)) {
            // the grades whose purpose is to manage or lead a service need that element, not its subject alone
            // said as a cue where it keeps the suggestion from a level that would have been the best
            leadership().ifPresent(step -> {
                if (noLeadership < 1 && step.levels().contains(votes.best(levels, SPREAD))) {
                    found.add(Verdict.absent(step, levels));
                }
                votes.scale(step.levels(), noLeadership);
            });
        }
        Staff staff = Staff.of(profile.staffResponsibility());
        if (staff == Staff.NO) {
            lineManagement().ifPresent(step -> votes.limit(step.levels(), 0.6));
        }
        return new Verdict(this, profile, lines, matched, title, votes, found, hits, staff).suggestion();
    }

    /** Adds each line's vote, scaled so that the text as a whole weighs the same however long it is. */
    private static double content(List<LineMatch> lines, Votes votes) {
        double matched = 0;
        double[] sum = new double[votes.size()];
        for (LineMatch line : lines) {
            double[] vote = line.vote();
            for (int i = 0; i < vote.length; i++) {
                sum[i] += vote[i];
            }
            matched += line.strength();
        }
        if (matched > 0) {
            double scale = CONTENT / Math.max(matched, 1) * Math.min(1, matched / 3);
            for (int i = 0; i < sum.length; i++) {
                votes.add(i, sum[i] * scale);
            }
        }
        return matched;
    }

    private static final java.util.Map<CueKind, Double> CUE_WEIGHT = java.util.Map.of(
            CueKind.QUALIFICATION, 2.5,
            CueKind.SUPERVISION, 2.5,
            CueKind.BUDGET, 1.5,
            CueKind.AUTONOMY, 1.5,
            CueKind.SCOPE, 1.0,
            CueKind.LEADERSHIP, 1.5);

    /** The highest step of each kind votes for its levels; a degree or line management sets a soft floor. */
    private void applyCues(List<CueFinder.Hit> hits, Votes votes) {
        for (CueKind kind : CueKind.values()) {
            hits.stream()
                    .map(CueFinder.Hit::step)
                    .filter(step -> step.kind() == kind && !step.levels().isEmpty())
                    .max(Comparator.comparingInt(CueStep::rank))
                    .ifPresent(step -> {
                        double each = CUE_WEIGHT.get(kind) / step.levels().size();
                        step.levels().forEach(level -> votes.add(level, each));
                        if ((kind == CueKind.QUALIFICATION && step.rank() >= 4)
                                || (kind == CueKind.SUPERVISION && step.rank() >= 3)) {
                            votes.floor(levels, step.levels(), 0.6);
                        }
                    });
        }
    }

    /** Whether a cue found in the profile is the post managing or leading: a service, a programme, or staff. */
    private static boolean leads(CueFinder.Hit hit) {
        return hit.step().kind() == CueKind.LEADERSHIP
                || (hit.step().kind() == CueKind.SUPERVISION && hit.step().rank() >= 3);
    }

    Optional<CueStep> leadership() {
        return cues.steps().stream()
                .filter(step -> step.kind() == CueKind.LEADERSHIP)
                .findFirst();
    }

    Optional<CueStep> lineManagement() {
        return cues.steps().stream()
                .filter(step -> step.kind() == CueKind.SUPERVISION && step.rank() == 3)
                .findFirst();
    }

    /** Staff responsibility as the profile states it. */
    enum Staff {
        YES,
        NO,
        UNSTATED;

        static Staff of(@org.jspecify.annotations.Nullable String written) {
            if (written == null) {
                return UNSTATED;
            }
            String word = written.strip().toLowerCase(java.util.Locale.ROOT);
            return word.startsWith("no") ? NO : word.startsWith("yes") ? YES : UNSTATED;
        }
    }
}
