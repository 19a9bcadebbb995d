package org.rolebook.roleprofile;

import org.rolebook.framework.CatalogueConflict;

/** A workflow action the profile's status does not allow, such as approving a draft. */
public class WorkflowRefused extends CatalogueConflict {

    public WorkflowRefused(String action, Status status) {
        super(
                "status",
                "a role profile that is %s cannot be %s"
                        .formatted(status.label().toLowerCase(java.util.Locale.ROOT), pastTense(action)));
    }

    private static String pastTense(String action) {
        return switch (action) {
            case "submit" -> "submitted";
            case "approve" -> "approved";
            case "return" -> "returned";
            case "archive" -> "archived";
            default -> "edited";
        };
    }
}
