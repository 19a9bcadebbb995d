package org.rolebook.framework;

/** A run of text in a comparison or a search hit, with what it is to the reader. */
public record Segment(String text, Mark mark) {

    public enum Mark {
        SAME,
        ADDED,
        REMOVED,
        MATCHED
    }

    public static Segment same(String text) {
        return new Segment(text, Mark.SAME);
    }
}
