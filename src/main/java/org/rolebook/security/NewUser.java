package org.rolebook.security;

import java.util.Set;
import org.rolebook.framework.FieldProblem;

/** A user to add: name, password as typed, role and, for a school editor, their schools. */
public record NewUser(String username, String password, Role role, Set<Long> schoolIds) {

    public static final int MIN_PASSWORD = 12;

    public NewUser {
        username = username.strip();
        schoolIds = Set.copyOf(schoolIds);
        if (!username.matches("[A-Za-z0-9._@-]{3,100}")) {
            throw new FieldProblem("username", "3 to 100 letters, digits or . _ @ -");
        }
        if (password.length() < MIN_PASSWORD) {
            throw new FieldProblem("password", "at least " + MIN_PASSWORD + " characters");
        }
        if (role == Role.SCHOOL_EDITOR && schoolIds.isEmpty()) {
            throw new FieldProblem("school", "a school editor edits at least one school");
        }
        if (role != Role.SCHOOL_EDITOR && !schoolIds.isEmpty()) {
            throw new FieldProblem("school", "only school editors are bound to schools");
        }
    }
}
