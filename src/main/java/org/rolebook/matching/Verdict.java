package org.rolebook.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.rolebook.framework.Dimension;
import org.rolebook.framework.Grade;
import org.rolebook.matching.Suggestion.Cue;
import org.rolebook.matching.Suggestion.Direction;
import org.rolebook.matching.Suggestion.Evidence;
import org.rolebook.matching.Suggestion.Flag;
import org.rolebook.matching.Suggestion.FlagKind;
import org.rolebook.matching.Suggestion.LevelScore;
import org.rolebook.matching.Suggestion.Placement;
import org.rolebook.matching.Suggestion.Status;
import org.rolebook.matching.internal.CueFinder;
import org.rolebook.matching.internal.CueStep;
import org.rolebook.matching.internal.Levels;
import org.rolebook.matching.internal.LineMatch;
import org.rolebook.matching.internal.MatchAnalyzer;
import org.rolebook.matching.internal.OtherFamilies;
import org.rolebook.matching.internal.Statements;
import org.rolebook.matching.internal.Titles;

/** Turns the accumulated votes of one profile into a suggestion: ranking, confidence, status, evidence and flags. */
final class Verdict {

    static final double CONFIDENT = 0.5;

    private final GradeMatcher matcher;
    private final ProfileText profile;
    private final List<LineMatch> lines;
    private final double matched;
    private final Optional<Titles.TitleMatch> title;
    private final Votes votes;
    private final List<Cue> cues;
    private final List<CueFinder.Hit> hits;
    private final GradeMatcher.Staff staff;

    Verdict(
            GradeMatcher matcher,
            ProfileText profile,
            List<LineMatch> lines,
            double matched,
            Optional<Titles.TitleMatch> title,
            Votes votes,
            List<Cue> cues,
            List<CueFinder.Hit> hits,
            GradeMatcher.Staff staff) {
        this.matcher = matcher;
        this.profile = profile;
        this.lines = lines;
        this.matched = matched;
        this.title = title;
        this.votes = votes;
        this.cues = cues;
        this.hits = hits;
        this.staff = staff;
    }

    static Suggestion nothingLoaded() {
        return new Suggestion(
                Status.NOT_ENOUGH_TO_JUDGE,
                null,
                null,
                0,
                List.of(),
                List.of(),
                List.of(),
                List.of(new Flag(FlagKind.OUTSIDE_FAMILIES, "no job family is loaded")),
                "evidence");
    }

    Suggestion suggestion() {
        Levels levels = matcher.levels;
        double[] shares = votes.shares(levels, GradeMatcher.SPREAD);
        int top = Votes.argmax(shares, -1);
        List<LevelScore> ranking = ranking(shares);
        List<Flag> flags = new ArrayList<>();
        Optional<String> thin = TooLittleText.why(lines, matched);
        boolean tooLittle = thin.isPresent();
        thin.ifPresent(why -> flags.add(new Flag(FlagKind.TOO_LITTLE_TEXT, "too little text to judge by: " + why)));
        Optional<String> elsewhere = outside();
        boolean outside = elsewhere.isPresent();
        elsewhere.ifPresent(why -> flags.add(
                new Flag(FlagKind.OUTSIDE_FAMILIES, why + ": the post is probably outside the loaded families")));
        if (top < 0 || (title.isEmpty() && matched < 1)) {
            // too little of the framework to grade by, though the work of another family may show
            return new Suggestion(
                    Status.NOT_ENOUGH_TO_JUDGE, null, null, 0, ranking, List.of(), cues, flags, "evidence");
        }
        int second = Votes.argmax(shares, top);
        double confidence = confidence(shares, top, second);
        if (outside) {
            confidence = Math.min(confidence, 0.2);
        }
        // what the rest of the evidence says matters only beside an example title
        int rest = title.filter(Titles.TitleMatch::strong).isPresent()
                ? votes.bestWithoutTitle(levels, GradeMatcher.SPREAD)
                : -1;
        flags.addAll(new Contradictions(matcher, profile, title, hits, staff).flags(top, rest));
        Status status = outside
                ? Status.OUTSIDE_FAMILIES
                : confidence >= CONFIDENT && !tooLittle ? Status.CONFIDENT : Status.TENTATIVE;
        return new Suggestion(
                status,
                placement(top),
                second < 0 ? null : placement(second),
                round(confidence),
                ranking,
                evidence(top),
                cues,
                flags,
                "evidence");
    }

    /**
     * Why the post is probably of a family that is not loaded: its title names a post of one, or
     * several distinct phrases of its work are in the text; never when the title is an example
     * title of a loaded family.
     */
    private Optional<String> outside() {
        if (title.filter(Titles.TitleMatch::strong).isPresent()) {
            return Optional.empty();
        }
        // a title that also comes near an example title ("Playleader/Teaching assistant ... club leader") names both
        Optional<String> named =
                matcher.others.namedByTitle(title.isPresent() ? List.of() : matcher.analyzer.tokens(profile.title()));
        Optional<OtherFamilies.Sign> work = matcher.others.showing(lines);
        if (work.isPresent()) {
            OtherFamilies.Sign sign = work.get();
            String byWork = "%d of %d lines describe %s work (%s)"
                    .formatted(sign.lines(), sign.of(), sign.family(), String.join("; ", sign.phrases()));
            String byTitle = named.map(family -> family.equals(sign.family())
                            ? ", and the post title \"%s\" names one of its posts".formatted(profile.title())
                            : "; the post title \"%s\" names a post of %s, another family that is not loaded"
                                    .formatted(profile.title(), family))
                    .orElse("");
            return Optional.of(byWork + ", a family that is not loaded" + byTitle);
        }
        return named.map(family -> "the post title \"%s\" names a post of %s, a family that is not loaded"
                .formatted(profile.title(), family));
    }

    /** Agreement (the votes near the best level), amount (how much voted) and clarity (the lead over the next). */
    private double confidence(double[] shares, int top, int second) {
        double near = 0;
        for (int i = 0; i < shares.length; i++) {
            int d = matcher.levels.distance(top, i);
            if (d >= 0 && d <= 1) {
                near += votes.raw(i);
            }
        }
        double total = votes.total();
        double amount = Math.min(1, total / 12);
        double clarity = second < 0 ? 1 : 1 - 0.5 * shares[second] / shares[top];
        return Math.max(0, Math.min(1, near / total * amount * clarity));
    }

    private List<Evidence> evidence(int top) {
        List<Evidence> evidence = new ArrayList<>();
        title.ifPresent(match -> evidence.add(new Evidence(
                Dimension.EXAMPLE_TITLES,
                "example title",
                matcher.levels.get(match.example().level()).family().slug(),
                matcher.levels.get(match.example().level()).grade(),
                "title",
                profile.title(),
                match.example().title(),
                match.words(),
                round(match.score()))));
        for (LineMatch line : lines) {
            if (line.strength() == 0) {
                continue;
            }
            add(evidence, line, top);
            int best = Votes.argmax(line.vote(), -1);
            if (best >= 0 && best != top) {
                add(evidence, line, best);
            }
        }
        evidence.sort(Comparator.comparing(Evidence::dimension)
                .thenComparing(Comparator.comparingDouble(Evidence::score).reversed()));
        return evidence;
    }

    private void add(List<Evidence> evidence, LineMatch line, int level) {
        int statement = line.statement(level);
        if (statement < 0 || line.score(level) < LineMatch.NOTHING) {
            return;
        }
        Statements.Statement said = matcher.statements.get(statement);
        Levels.Level where = matcher.levels.get(level);
        evidence.add(new Evidence(
                said.dimension(),
                said.kind(),
                where.family().slug(),
                where.grade(),
                line.line().field(),
                line.line().text(),
                said.text(),
                line.wordsIn(statement, matcher.statements.index()),
                round(line.score(level))));
    }

    /** A cue that no line of the profile shows, which keeps the suggestion from the levels whose text states it. */
    static Cue absent(CueStep step, Levels levels) {
        List<Grade> grades =
                step.levels().stream().map(i -> levels.get(i).grade()).sorted().toList();
        return new Cue(step.kind(), "no line " + step.label(), "", "", List.of(), grades, Direction.DOWN);
    }

    static Cue cue(CueFinder.Hit hit, Levels levels, int byText) {
        List<Grade> grades = hit.step().levels().stream()
                .map(i -> levels.get(i).grade())
                .sorted()
                .toList();
        Direction direction = Direction.SUPPORTS;
        if (byText >= 0 && !hit.step().levels().isEmpty()) {
            double mean = hit.step().levels().stream()
                    .filter(i -> levels.distance(i, byText) >= 0)
                    .mapToInt(i -> levels.get(i).rank())
                    .average()
                    .orElse(levels.get(byText).rank());
            int rank = levels.get(byText).rank();
            direction = mean > rank + 0.5 ? Direction.UP : mean < rank - 0.5 ? Direction.DOWN : Direction.SUPPORTS;
        }
        return new Cue(
                hit.step().kind(),
                hit.step().label(),
                hit.line().field(),
                hit.line().text(),
                hit.words().stream().map(MatchAnalyzer.Token::surface).toList(),
                grades,
                direction);
    }

    private List<LevelScore> ranking(double[] shares) {
        List<LevelScore> ranking = new ArrayList<>();
        for (Levels.Level level : matcher.levels.all()) {
            ranking.add(new LevelScore(level.family().slug(), level.grade(), round(shares[level.index()])));
        }
        ranking.sort(Comparator.comparingDouble(LevelScore::score).reversed());
        return ranking;
    }

    private Placement placement(int index) {
        Levels.Level level = matcher.levels.get(index);
        return new Placement(level.family().slug(), level.family().name(), level.grade());
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
