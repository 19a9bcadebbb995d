package org.rolebook.rendering;

import java.util.Arrays;
import java.util.Locale;
import org.rolebook.framework.FieldProblem;

/** The formats an official document comes in. */
public enum DocumentFormat {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    HTML("text/html;charset=UTF-8", "html");

    private final String mediaType;
    private final String extension;

    DocumentFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Reads "pdf", "docx" or "html" in any case; anything else is a problem naming the field. */
    public static DocumentFormat of(String field, String written) {
        return Arrays.stream(values())
                .filter(format -> format.extension.equals(written.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new FieldProblem(
                        field, "\"%s\" is not a document format; use pdf, docx or html".formatted(written)));
    }
}
