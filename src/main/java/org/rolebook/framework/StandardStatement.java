package org.rolebook.framework;

/** One of the employer's standard statements appended to every role profile, such as "Safeguarding Commitment". */
public record StandardStatement(String title, TextBlock text) {

    public StandardStatement {
        if (title.isBlank()) {
            throw new IllegalArgumentException("a standard statement needs a title");
        }
    }
}
