package org.rolebook.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.Dimension;
import org.rolebook.framework.Grade;
import org.rolebook.matching.Suggestion.Flag;
import org.rolebook.matching.Suggestion.FlagKind;
import org.rolebook.matching.internal.CueFinder;
import org.rolebook.matching.internal.Levels;
import org.rolebook.matching.internal.Titles;

/**
 * Where a profile contradicts itself or the framework: staff responsibility "No" beside managing
 * staff, a grade stated on this framework's scale two or more from the suggestion, a title that
 * is an example title of another grade than the suggestion, or of a grade the suggestion follows
 * while the rest of the evidence is two or more grades from it.
 */
final class Contradictions {

    private static final Pattern OWN_SCALE = Pattern.compile("(?i)^\\s*grade\\s*\\S+\\s*$");

    private final GradeMatcher matcher;
    private final ProfileText profile;
    private final Optional<Titles.TitleMatch> title;
    private final List<CueFinder.Hit> hits;
    private final GradeMatcher.Staff staff;

    Contradictions(
            GradeMatcher matcher,
            ProfileText profile,
            Optional<Titles.TitleMatch> title,
            List<CueFinder.Hit> hits,
            GradeMatcher.Staff staff) {
        this.matcher = matcher;
        this.profile = profile;
        this.title = title;
        this.hits = hits;
        this.staff = staff;
    }

    /**
     * @param top the suggested level
     * @param rest the level the evidence suggests without the title's vote, or -1
     */
    List<Flag> flags(int top, int rest) {
        List<Flag> flags = new ArrayList<>();
        Levels.Level level = matcher.levels.get(top);
        if (staff == GradeMatcher.Staff.NO) {
            Optional<CueFinder.Hit> manages = hits.stream()
                    .filter(hit -> hit.step().kind() == Suggestion.CueKind.SUPERVISION
                            && hit.step().rank() >= 2)
                    .findFirst();
            boolean levelManages = matcher.lineManagement()
                    .map(step -> step.levels().contains(top))
                    .orElse(false);
            if (manages.isPresent()) {
                flags.add(new Flag(
                        FlagKind.STAFF_RESPONSIBILITY_CONTRADICTED,
                        "staff responsibility is \"%s\", but %s says: \"%s\""
                                .formatted(
                                        profile.staffResponsibility(),
                                        manages.get().line().field(),
                                        manages.get().line().text())));
            } else if (levelManages) {
                flags.add(new Flag(
                        FlagKind.STAFF_RESPONSIBILITY_CONTRADICTED,
                        "staff responsibility is \"%s\", but %s typically manages staff: \"%s\""
                                .formatted(
                                        profile.staffResponsibility(),
                                        level.grade().label(),
                                        level.level()
                                                .text(Dimension.SUPERVISORY_RESPONSIBILITY)
                                                .plain())));
            }
        }
        Grade stated = statedOnOwnScale();
        if (stated != null
                && level.family().levels().stream().noneMatch(l -> l.grade().equals(stated))) {
            // a grade the family does not have ("Grade 15" of Grades 3 to 11): said, never passed over
            var grades = level.family().levels();
            flags.add(new Flag(
                    FlagKind.STATED_GRADE_DISAGREES,
                    "the profile states %s, which %s does not have (%s to %s); the evidence suggests %s"
                            .formatted(
                                    stated.label(),
                                    level.family().name(),
                                    grades.getFirst().grade().label(),
                                    grades.getLast().grade().label(),
                                    level.grade().label())));
        } else if (stated != null) {
            level.family().levels().stream()
                    .filter(l -> l.grade().equals(stated))
                    .findFirst()
                    .map(l -> level.family().levels().indexOf(l))
                    .filter(rank -> Math.abs(rank - level.rank()) >= 2)
                    .ifPresent(rank -> flags.add(new Flag(
                            FlagKind.STATED_GRADE_DISAGREES,
                            "the profile states %s; the evidence suggests %s"
                                    .formatted(stated.label(), level.grade().label()))));
        }
        title.filter(Titles.TitleMatch::strong).ifPresent(match -> {
            int example = match.example().level();
            String grade = matcher.levels.get(example).grade().label();
            if (example != top) {
                flags.add(new Flag(
                        FlagKind.TITLE_OF_OTHER_GRADE,
                        "\"%s\" is an example title of %s; the evidence suggests %s"
                                .formatted(profile.title(), grade, level.grade().label())));
            } else if (rest >= 0 && !withinOne(example, rest)) {
                flags.add(new Flag(
                        FlagKind.TITLE_OF_OTHER_GRADE,
                        "\"%s\" is an example title of %s, which the suggestion follows; the rest of the evidence suggests %s"
                                .formatted(
                                        profile.title(),
                                        grade,
                                        matcher.levels.get(rest).grade().label())));
            }
        });
        return flags;
    }

    private boolean withinOne(int a, int b) {
        int distance = matcher.levels.distance(a, b);
        return distance >= 0 && distance <= 1;
    }

    /** "Grade 5" as written on this framework's scale; letters, scales and spinal points are never read as a grade. */
    private @Nullable Grade statedOnOwnScale() {
        if (profile.statedGrade() == null) {
            return null;
        }
        if (!OWN_SCALE.matcher(profile.statedGrade()).matches()) {
            return null;
        }
        return Grade.parse(profile.statedGrade()).orElse(null);
    }
}
