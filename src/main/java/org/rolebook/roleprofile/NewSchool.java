package org.rolebook.roleprofile;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.FieldProblem;

/** A school to add, checked field by field: a school refused names every field at fault at once. */
public record NewSchool(
        String urn, String name, Phase phase, @Nullable Integer pupils) {

    public NewSchool {
        urn = urn.strip();
        name = name.strip();
        var problems = problems(urn, name, phase, pupils);
        if (!problems.isEmpty()) {
            throw FieldProblem.all(problems);
        }
    }

    /** The school as given, or a problem naming every field at fault, a phase not chosen among them. */
    public static NewSchool of(String urn, String name, @Nullable Phase phase, @Nullable Integer pupils) {
        var problems = problems(urn.strip(), name.strip(), phase, pupils);
        if (!problems.isEmpty() || phase == null) {
            throw FieldProblem.all(problems);
        }
        return new NewSchool(urn, name, phase, pupils);
    }

    private static List<FieldProblem.Detail> problems(
            String urn, String name, @Nullable Phase phase, @Nullable Integer pupils) {
        List<FieldProblem.Detail> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(new FieldProblem.Detail("name", "Enter the school's name"));
        } else if (name.length() > 300) {
            problems.add(new FieldProblem.Detail(
                    "name", "a school's name is at most 300 characters (this one is " + name.length() + ")"));
        }
        org.rolebook.framework.ControlCharacters.first(name)
                .ifPresent(at -> problems.add(new FieldProblem.Detail(
                        "name", "the school's name has a control character (" + at + "); remove it")));
        if (!urn.matches("\\d{6,8}")) {
            problems.add(
                    new FieldProblem.Detail("urn", "a unique reference number is 6 to 8 digits, not \"" + urn + "\""));
        }
        if (phase == null) {
            problems.add(new FieldProblem.Detail("phase", "Choose the school's phase"));
        }
        if (pupils != null && (pupils < 1 || pupils > 10_000)) {
            problems.add(new FieldProblem.Detail("pupils", "the number of pupils must be between 1 and 10000"));
        }
        return problems;
    }
}
