package org.rolebook.importing.internal;

import org.rolebook.framework.FieldProblem;
import org.rolebook.framework.TextFiles;
import org.rolebook.importing.Problem;

/** The text of an uploaded or named file, or the problem that keeps an import from reading it. */
public final class DocumentText {

    private DocumentText() {}

    /** Either the text, or the problem that keeps the file from being read. */
    public sealed interface Outcome {}

    public record Text(String text) implements Outcome {}

    public record Refused(Problem problem) implements Outcome {}

    public static Outcome decode(byte[] bytes, long maxBytes) {
        try {
            return new Text(TextFiles.utf8(bytes, maxBytes));
        } catch (FieldProblem refused) {
            return new Refused(Problem.of(refused.field(), refused.getMessage()));
        }
    }

    static String size(long bytes) {
        return TextFiles.size(bytes);
    }
}
