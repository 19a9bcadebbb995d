package org.rolebook.framework;

import java.util.List;

/**
 * The answer to a job-title lookup: the matching example titles, best first, and, when nothing
 * matches, the titles nearest in spelling.
 */
public record TitleLookupResult(String query, List<TitleMatch> matches, List<TitleMatch> nearest) {

    public TitleLookupResult {
        matches = List.copyOf(matches);
        nearest = List.copyOf(nearest);
    }

    public boolean found() {
        return !matches.isEmpty();
    }
}
