package org.rolebook.framework;

import java.util.List;

/**
 * What storing a document did: {@code stored} is false when the document was already in the
 * catalogue. Notes say what was kept as it was, and why.
 */
public record StoreOutcome(boolean stored, String summary, List<String> notes) {

    public StoreOutcome {
        notes = List.copyOf(notes);
    }
}
