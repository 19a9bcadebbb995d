package org.rolebook.matching.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Posts of school support job families that may not be loaded, known by the words of their work.
 * Schools' support staff frameworks commonly have a teaching and learning family (teaching
 * assistants, cover supervisors) beside student support services; its posts share much of the
 * vocabulary of pupil support, so text similarity alone cannot tell them apart. When a family of
 * that kind is not loaded and much of a profile is about classroom teaching, the profile is
 * probably outside the loaded families.
 */
public final class OtherFamilies {

    /** A family that may be absent, the words its names carry, and the phrases of its work. */
    public record Family(String name, List<String> nameWords, List<Phrase> phrases) {}

    /** The phrases of one family found in a profile, and on how many of its lines. */
    public record Sign(String family, Set<String> phrases, int lines, int of) {
        public double share() {
            return of == 0 ? 0 : lines / (double) of;
        }
    }

    private final List<Family> absent = new ArrayList<>();
    private final java.util.Map<Family, PhraseIndex<Phrase>> indexes = new java.util.HashMap<>();

    public OtherFamilies(Levels levels, MatchAnalyzer analyzer) {
        Family teaching = new Family(
                "teaching and learning",
                List.of("teaching", "learning", "classroom"),
                Phrase.all(
                        analyzer,
                        "class teacher",
                        "absent teacher|teachers",
                        "absence teacher|teachers",
                        "direction|guidance|supervision teacher",
                        "planned|set|prepared teacher",
                        "whole class|classes",
                        "lesson|lessons",
                        "curriculum",
                        "literacy|numeracy|phonics|reading|mathematics|maths",
                        "learning activities|programmes|objectives|needs",
                        "teaching learning",
                        "special educational needs",
                        "intervention|interventions",
                        "mark|marking work",
                        "differentiate|differentiated|differentiation"));
        boolean loaded = levels.all().stream()
                .map(level -> level.family().name().toLowerCase(Locale.ROOT))
                .anyMatch(name -> teaching.nameWords().stream().anyMatch(name::contains));
        if (!loaded) {
            absent.add(teaching);
        }
        for (Family family : absent) {
            PhraseIndex<Phrase> index = new PhraseIndex<>();
            family.phrases().forEach(phrase -> index.add(phrase, phrase));
            indexes.put(family, index);
        }
    }

    /** The strongest sign of an absent family in the lines, if any phrase of one is found. */
    public java.util.Optional<Sign> strongest(List<LineMatch> lines) {
        Sign best = null;
        for (Family family : absent) {
            Set<String> found = new LinkedHashSet<>();
            int hit = 0;
            int counted = 0;
            for (LineMatch line : lines) {
                if (line.tokens().size() < 3) {
                    continue;
                }
                counted++;
                boolean any = false;
                for (PhraseIndex.Found<Phrase> phrase : indexes.get(family).find(line.tokens())) {
                    found.add(phrase.owner().written());
                    any = true;
                }
                hit += any ? 1 : 0;
            }
            Sign sign = new Sign(family.name(), found, hit, counted);
            if (!found.isEmpty() && (best == null || sign.share() > best.share())) {
                best = sign;
            }
        }
        return java.util.Optional.ofNullable(best);
    }
}
