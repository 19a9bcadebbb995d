package org.rolebook.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.rolebook.framework.Grade;
import org.rolebook.matching.Suggestion;
import org.rolebook.matching.Suggestions;

/** A suggestion as a person reads it at the terminal. */
final class SuggestionText {

    private static final int EVIDENCE_SHOWN = 12;

    private SuggestionText() {}

    static void print(PrintWriter out, String file, Suggestions.Read read) {
        Suggestion s = read.suggestion();
        out.printf("%s%n", file);
        out.printf(
                "  title: %s%n",
                read.profile().title().isEmpty() ? "(none)" : read.profile().title());
        if (read.profile().statedGrade() != null) {
            out.printf("  stated grade: %s%n", read.profile().statedGrade());
        }
        out.printf(
                Locale.ROOT,
                "  %s: %s (%s, confidence %.2f)%n",
                s.status() == Suggestion.Status.OUTSIDE_FAMILIES
                        ? "nearest level (the post looks outside the loaded families)"
                        : "suggested grade",
                placement(s.suggested()),
                s.status(),
                s.confidence());
        out.printf("  runner-up: %s%n", placement(s.runnerUp()));
        out.printf(
                "  ranking: %s%n",
                String.join(
                        ", ",
                        s.ranking().stream()
                                .limit(5)
                                .map(l -> l.grade().number() + " (" + l.score() + ")")
                                .toList()));
        if (!s.byDimension().isEmpty()) {
            out.printf(
                    "  by dimension: %s%n",
                    String.join(
                            "; ",
                            s.byDimension().stream()
                                    .map(d -> "%s %s (%d)"
                                            .formatted(
                                                    d.dimension().label(),
                                                    d.grade().label(),
                                                    d.lines()))
                                    .toList()));
        }
        if (!s.evidence().isEmpty()) {
            out.println("  evidence (the suggested grade's first, strongest first):");
            s.evidence().stream()
                    .sorted(Comparator.comparing((Suggestion.Evidence e) -> s.suggested() == null
                                    || !e.grade().equals(s.suggested().grade()))
                            .thenComparing(Comparator.comparingDouble(Suggestion.Evidence::score)
                                    .reversed()))
                    .limit(EVIDENCE_SHOWN)
                    .forEach(e -> out.printf(
                            "    %s (%s), %s: %s \"%s\" matches \"%s\" (%s)%n",
                            e.dimension().label(),
                            e.frameworkPart(),
                            e.grade().label(),
                            e.profileField(),
                            e.profileText(),
                            e.frameworkText(),
                            String.join(", ", e.matchedWords())));
            if (s.evidence().size() > EVIDENCE_SHOWN) {
                out.printf(
                        "    … and %d more (--json shows all)%n", s.evidence().size() - EVIDENCE_SHOWN);
            }
        }
        if (!s.cues().isEmpty()) {
            out.println("  cues:");
            s.cues()
                    .forEach(c -> out.printf(
                            "    %s: %s, pushes %s (typical of %s)%s%n",
                            c.kind().name().toLowerCase(Locale.ROOT),
                            c.label(),
                            c.direction().name().toLowerCase(Locale.ROOT),
                            grades(c.grades()),
                            c.profileField().isEmpty()
                                    ? ""
                                    : ": %s \"%s\"".formatted(c.profileField(), c.profileText())));
        }
        if (s.flags().isEmpty()) {
            out.println("  flags: none");
        } else {
            out.println("  flags:");
            s.flags().forEach(f -> out.printf("    %s: %s%n", f.kind(), f.message()));
        }
        out.println();
    }

    private static String placement(Suggestion.Placement placement) {
        return placement == null
                ? "none"
                : placement.familyName() + ", " + placement.grade().label();
    }

    private static String grades(List<Grade> grades) {
        return grades.isEmpty()
                ? "no level"
                : String.join(", ", grades.stream().map(Grade::label).toList());
    }
}
