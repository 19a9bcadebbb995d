package org.rolebook.framework;

/**
 * An example job title that answers a lookup.
 *
 * @param allWords whether every word of the query was found in the title (allowing small typos)
 */
public record TitleMatch(
        String familySlug, String familyName, Grade grade, String title, double score, boolean allWords) {}
