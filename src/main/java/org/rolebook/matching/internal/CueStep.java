package org.rolebook.matching.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.rolebook.matching.Suggestion.CueKind;

/**
 * A step of a cue of the {@link CueLexicon} and the levels whose framework text states it. When
 * {@code context} is not empty, a profile line shows the step only if it also has one of those
 * words: "Level 2" is a qualification beside "NVQ" or "qualification", not in "Level 2 competitions".
 */
public record CueStep(
        CueKind kind,
        int rank,
        String label,
        List<Phrase> profile,
        List<Phrase> framework,
        Set<Integer> levels,
        Set<String> context,
        Set<String> notBefore) {

    /** The stem of "absence": supervision held "in the absence of" another is acting, not the post's own. */
    private static final Set<String> ABSENCE = Set.of("absenc");

    private static final Pattern NEXT_WORD = Pattern.compile("\\W*(\\w+)");

    /** A line that says the post supervises nobody: "Supervisory responsibility: none", "no management responsibility". */
    private static final Pattern ASSIST_VERB = Pattern.compile("(?i)assist(?:s|ed|ing)?");

    private static final Pattern NONE = Pattern.compile(
            "(?i):\\s*(?:none|nil|n/a)\\b|\\bno\\s+(?:\\w+\\s+)?(?:management|supervisory|supervision|line)\\b");

    /**
     * Whether a line with these words, in which these words of a profile phrase of the step were
     * found, shows it: the line has a word of the context, if the step has one; the phrase is not
     * followed by a word that makes it something else ("a high degree of contact"); and, for
     * supervision, it is not written in the passive ("line managed by the Headteacher" names the
     * post's own manager, not staff the post manages), nor held only in another's absence (acting
     * duties are not the post's own), nor denied on the line ("Supervisory responsibility: none").
     */
    public boolean shownBy(List<MatchAnalyzer.Token> line, List<MatchAnalyzer.Token> found) {
        boolean inContext = context.isEmpty() || line.stream().anyMatch(token -> context.contains(token.term()));
        boolean otherSense = !found.isEmpty() && notBefore.contains(nextWord(found.getLast()));
        boolean passive = kind == CueKind.SUPERVISION
                && found.stream()
                        .anyMatch(token ->
                                token.surface().toLowerCase(Locale.ROOT).endsWith("ed")
                                        && nextWord(token).equals("by"));
        boolean acting = kind == CueKind.SUPERVISION && line.stream().anyMatch(token -> ABSENCE.contains(token.term()));
        boolean denied = kind == CueKind.SUPERVISION
                && !line.isEmpty()
                && NONE.matcher(line.getFirst().text()).find();
        // the stemmer makes "assist" and "assistants" one word: "supervise and assist children" names no staff
        boolean verb = kind == CueKind.SUPERVISION
                && found.stream()
                        .anyMatch(token -> ASSIST_VERB.matcher(token.surface()).matches());
        boolean notOwn = kind == CueKind.LEADERSHIP && !found.isEmpty() && helpedOrNamed(line, found.getFirst());
        return inContext && !otherSense && !passive && !acting && !denied && !verb && !notOwn;
    }

    /** Words before a verb that make the work another's: "help pupils to develop strategies", "support the lead". */
    private static final Set<String> HELPING = Set.of("help", "assist", "support", "enabl", "encourag");

    /**
     * Whether a leadership phrase is no leadership of the post's own: a noun where the verb should be
     * ("behaviour management strategies", "the development of programmes"), or the verb helped by
     * one of the few words before it ("help pupils to develop", "support the leading of").
     */
    private static boolean helpedOrNamed(List<MatchAnalyzer.Token> line, MatchAnalyzer.Token first) {
        if (first.surface().toLowerCase(Locale.ROOT).endsWith("ment")) {
            return true;
        }
        int at = line.indexOf(first);
        for (int i = Math.max(0, at - 3); i < at; i++) {
            if (HELPING.contains(line.get(i).term())) {
                return true;
            }
        }
        return false;
    }

    private static String nextWord(MatchAnalyzer.Token last) {
        var next = NEXT_WORD.matcher(last.text()).region(last.end(), last.text().length());
        return next.lookingAt() ? next.group(1).toLowerCase(Locale.ROOT) : "";
    }
}
