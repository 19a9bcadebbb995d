package org.rolebook.security;

import java.util.Set;
import org.rolebook.framework.FieldProblem;

/** A user to add: name, password as typed, role and, for a school editor, their schools. */
public record NewUser(String username, String password, Role role, Set<Long> schoolIds) {

    public static final int MIN_PASSWORD = 12;

    public NewUser {
        username = username.strip();
        schoolIds = Set.copyOf(schoolIds);
        var problems = problems(username, password, role, schoolIds);
        if (!problems.isEmpty()) {
            throw FieldProblem.all(problems);
        }
    }

    /** Every field at fault, a role not chosen among them; empty when the user may be added. */
    public static java.util.List<FieldProblem.Detail> problems(
            String username, String password, @org.jspecify.annotations.Nullable Role role, Set<Long> schoolIds) {
        java.util.List<FieldProblem.Detail> problems = new java.util.ArrayList<>();
        if (!username.strip().matches("[A-Za-z0-9._@-]{3,100}")) {
            problems.add(new FieldProblem.Detail("username", "3 to 100 letters, digits or . _ @ -"));
        }
        if (password.length() < MIN_PASSWORD) {
            problems.add(new FieldProblem.Detail("password", "at least " + MIN_PASSWORD + " characters"));
        }
        if (role == null) {
            problems.add(new FieldProblem.Detail("role", "Choose the user's role"));
        } else if (role == Role.SCHOOL_EDITOR && schoolIds.isEmpty()) {
            problems.add(new FieldProblem.Detail("school", "a school editor edits at least one school"));
        } else if (role != Role.SCHOOL_EDITOR && !schoolIds.isEmpty()) {
            problems.add(new FieldProblem.Detail("school", "only school editors are bound to schools"));
        }
        return problems;
    }
}
