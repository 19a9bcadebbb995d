package org.rolebook.roleprofile.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.FieldProblem;
import org.rolebook.framework.Grade;
import org.rolebook.roleprofile.FieldError;
import org.rolebook.roleprofile.InvalidProfile;
import org.rolebook.roleprofile.RoleProfile;
import org.rolebook.roleprofile.RoleProfiles;

/** One workflow step, checked against who may take it: the same for pages and the API. */
final class Workflow {

    private Workflow() {}

    /**
     * @param grade the grade to approve at, as typed or chosen ("6" or "Grade 6"); blank for the
     *     grade the profile states. Only approving reads it.
     */
    static RoleProfile step(
            RoleProfiles profiles,
            RoleProfile profile,
            String action,
            int lock,
            String comment,
            String rationale,
            String grade) {
        long id = profile.id();
        // who may take the step comes first, so that a refusal says so whatever else was sent
        switch (action) {
            case "submit" -> Access.mayEdit(profile.school().id());
            case "approve", "return" -> Access.mayDecide();
            case "archive" -> Access.mayArchive();
            default -> throw new FieldProblem("action", "no workflow step \"" + action + "\"");
        }
        check(action, comment, rationale, grade);
        return switch (action) {
            case "submit" -> profiles.submit(id, lock, Access.actor(), comment);
            case "approve" -> profiles.approve(id, lock, Access.actor(), comment, rationale, grade(grade));
            case "return" -> profiles.returnWithComment(id, lock, Access.actor(), comment);
            default -> profiles.archive(id, lock, Access.actor(), comment);
        };
    }

    /** What the step is given: text without control characters, within the size of a field, and only what it takes. */
    private static void check(String action, String comment, String rationale, String grade) {
        for (var field :
                java.util.Map.of("comment", comment, "rationale", rationale).entrySet()) {
            org.rolebook.framework.ControlCharacters.first(field.getValue()).ifPresent(at -> {
                throw new FieldProblem(
                        field.getKey(), "has a control character (" + at + "), which is no part of any text");
            });
            if (field.getValue().length() > org.rolebook.roleprofile.ProfileContent.MAX_TEXT) {
                throw new FieldProblem(
                        field.getKey(),
                        "must be %d characters or fewer (it is %d)"
                                .formatted(
                                        org.rolebook.roleprofile.ProfileContent.MAX_TEXT,
                                        field.getValue().length()));
            }
        }
        if (action.equals("submit") && !grade.isBlank()) {
            throw new FieldProblem("grade", "a submission takes no grade; to change the grade, edit the profile");
        }
        if (!action.equals("approve") && !rationale.isBlank()) {
            throw new FieldProblem(
                    "rationale", "only an approval takes a rationale for the grade: clear it, or approve");
        }
    }

    /** The grade a number or "Grade n" names; null when blank. Refused, naming "grade", when it is neither. */
    static @Nullable Integer grade(String written) {
        String grade = written.strip();
        if (grade.isEmpty()) {
            return null;
        }
        if (grade.matches("-?\\d{1,9}")) {
            return Integer.valueOf(grade);
        }
        return Grade.parse(grade)
                .map(Grade::number)
                .orElseThrow(() -> new InvalidProfile(List.of(new FieldError(
                        "grade", "\"" + grade + "\" is not a grade; choose one of the family's grades"))));
    }
}
