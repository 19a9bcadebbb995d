package org.rolebook.roleprofile.web;

import org.rolebook.framework.FieldProblem;
import org.rolebook.roleprofile.RoleProfile;
import org.rolebook.roleprofile.RoleProfiles;

/** One workflow step, checked against who may take it: the same for pages and the API. */
final class Workflow {

    private Workflow() {}

    static RoleProfile step(
            RoleProfiles profiles, RoleProfile profile, String action, int lock, String comment, String rationale) {
        long id = profile.id();
        return switch (action) {
            case "submit" -> {
                Access.mayEdit(profile.school().id());
                yield profiles.submit(id, lock, Access.actor());
            }
            case "approve" -> {
                Access.mayDecide();
                yield profiles.approve(id, lock, Access.actor(), comment, rationale);
            }
            case "return" -> {
                Access.mayDecide();
                yield profiles.returnWithComment(id, lock, Access.actor(), comment);
            }
            case "archive" -> {
                Access.mayArchive();
                yield profiles.archive(id, lock, Access.actor(), comment);
            }
            default -> throw new FieldProblem("action", "no workflow step \"" + action + "\"");
        };
    }
}
