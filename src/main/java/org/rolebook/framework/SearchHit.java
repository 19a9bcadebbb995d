package org.rolebook.framework;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A place in the framework where searched words occur.
 *
 * @param place what the text is, such as "Grade 5 · Typical Level Purpose" or "Safeguarding Commitment"
 * @param link the page that shows it
 */
public record SearchHit(
        String kind,
        @Nullable String familyName,
        @Nullable Grade grade,
        String place,
        String link,
        List<Segment> snippet) {

    public SearchHit {
        snippet = List.copyOf(snippet);
    }
}
