package org.rolebook.matching.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.spell.LevenshteinDistance;

/**
 * The example job titles of every level, and how well a profile's title matches each: the share
 * of the example's words found in the title (words in brackets, such as "(Special School)", count
 * a little), and the share of the title's words the example explains. Words match when they are
 * the same after analysis, or nearly the same in spelling ("supervisory", "supervisor").
 */
public final class Titles {

    private static final double SAME_WORD = 0.85;
    private static final LevenshteinDistance SPELLING = new LevenshteinDistance();

    /** An example title of a level. */
    public record Example(int level, String title, List<String> core, List<String> bracketed) {}

    /**
     * A title's match with an example.
     *
     * @param covered the share of the example's main words found in the title
     * @param explained the share of the title's words found in the example
     */
    public record TitleMatch(Example example, double score, double covered, double explained, List<String> words) {
        /** The title is the example, give or take a word. */
        public boolean strong() {
            return covered >= 0.999 && explained >= 0.5;
        }
    }

    private final List<Example> examples = new ArrayList<>();
    private final MatchAnalyzer analyzer;

    public Titles(Levels levels, MatchAnalyzer analyzer) {
        this.analyzer = analyzer;
        for (Levels.Level level : levels.all()) {
            for (String title : level.level().exampleTitles()) {
                String core = title.replaceAll("\\(.*?\\)", " ");
                String bracketed = inBrackets(title);
                examples.add(new Example(level.index(), title, analyzer.terms(core), analyzer.terms(bracketed)));
            }
        }
    }

    private static String inBrackets(String title) {
        StringBuilder words = new StringBuilder();
        var matcher = java.util.regex.Pattern.compile("\\((.*?)\\)").matcher(title);
        while (matcher.find()) {
            words.append(' ').append(matcher.group(1));
        }
        return words.toString();
    }

    /** The best matching example title; ties go to the lower grade, the general title before its special cases. */
    public Optional<TitleMatch> best(String title) {
        return best(title, List.of());
    }

    /**
     * The best matching example title, where the words in an example's brackets ("Midday Supervisor
     * (Special School)") also count when the profile's text says them together, as a post in a
     * special school says so in its text rather than its title.
     *
     * @param text the analysed words of each line of the profile
     */
    public Optional<TitleMatch> best(String title, List<List<MatchAnalyzer.Token>> text) {
        List<MatchAnalyzer.Token> tokens = analyzer.tokens(title);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        TitleMatch best = null;
        for (Example example : examples) {
            TitleMatch match = match(example, tokens, text);
            if (match != null && (best == null || match.score() > best.score() + 1e-9)) {
                best = match;
            }
        }
        return Optional.ofNullable(best);
    }

    private static TitleMatch match(
            Example example, List<MatchAnalyzer.Token> tokens, List<List<MatchAnalyzer.Token>> text) {
        if (example.core().isEmpty()) {
            return null;
        }
        int covered = 0;
        for (String word : example.core()) {
            if (tokens.stream().anyMatch(t -> same(word, t.term()))) {
                covered++;
            }
        }
        if (covered == 0) {
            return null;
        }
        List<String> words = new ArrayList<>();
        int explained = 0;
        int inBrackets = 0;
        for (MatchAnalyzer.Token token : tokens) {
            boolean core = example.core().stream().anyMatch(w -> same(w, token.term()));
            boolean bracket = example.bracketed().stream().anyMatch(w -> same(w, token.term()));
            if (core || bracket) {
                explained++;
                words.add(token.surface());
            }
            inBrackets += bracket ? 1 : 0;
        }
        double coveredShare = covered / (double) example.core().size();
        double explainedShare = explained / (double) tokens.size();
        if (!example.bracketed().isEmpty() && text.stream().anyMatch(line -> saysTogether(line, example.bracketed()))) {
            inBrackets = example.bracketed().size();
        }
        double bracketShare = example.bracketed().isEmpty()
                ? 0
                : Math.min(1, inBrackets / (double) example.bracketed().size());
        double score = coveredShare * (0.6 + 0.4 * explainedShare) + 0.05 * bracketShare;
        return new TitleMatch(example, score, coveredShare, explainedShare, words);
    }

    /** Whether the line has these words one after the other. */
    private static boolean saysTogether(List<MatchAnalyzer.Token> line, List<String> words) {
        for (int start = 0; start + words.size() <= line.size(); start++) {
            int k = 0;
            while (k < words.size() && line.get(start + k).term().equals(words.get(k))) {
                k++;
            }
            if (k == words.size()) {
                return true;
            }
        }
        return false;
    }

    static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        return a.length() >= 6
                && b.length() >= 6
                && a.charAt(0) == b.charAt(0)
                && Math.abs(a.length() - b.length()) <= 2
                && SPELLING.getDistance(a, b) >= SAME_WORD;
    }
}
