package org.rolebook.roleprofile;

import org.jspecify.annotations.Nullable;
import org.rolebook.framework.FieldProblem;

/** A school to add, checked field by field. */
public record NewSchool(
        String urn, String name, Phase phase, @Nullable Integer pupils) {

    public NewSchool {
        urn = urn.strip();
        name = name.strip();
        if (!urn.matches("\\d{6,8}")) {
            throw new FieldProblem("urn", "a unique reference number is 6 to 8 digits, not \"" + urn + "\"");
        }
        if (name.isEmpty() || name.length() > 300) {
            throw new FieldProblem("name", "a school needs a name of at most 300 characters");
        }
        org.rolebook.framework.ControlCharacters.first(name).ifPresent(at -> {
            throw new FieldProblem("name", "the school's name has a control character (" + at + "); remove it");
        });
        if (pupils != null && (pupils < 1 || pupils > 10_000)) {
            throw new FieldProblem("pupils", "the number of pupils must be between 1 and 10000");
        }
    }
}
