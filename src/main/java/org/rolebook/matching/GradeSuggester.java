package org.rolebook.matching;

/**
 * Suggests a grade for a profile. Two implementations: {@link GradeMatcher}, which weighs evidence
 * per dimension on the ordered grades, and {@link Bm25Baseline}, which ranks whole level texts,
 * kept to measure the first against.
 */
public interface GradeSuggester {

    Suggestion suggest(ProfileText profile);
}
