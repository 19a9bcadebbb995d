package org.rolebook.roleprofile;

import org.rolebook.framework.CatalogueConflict;

/**
 * A save or action based on an older version than the one stored: refused, so that nobody's
 * work is overwritten. Carries the stored version and what the refused save held.
 */
public class ConcurrentEdit extends CatalogueConflict {

    private final RoleProfile stored;
    private final ProfileContent refused;

    public ConcurrentEdit(RoleProfile stored, ProfileContent refused) {
        super(
                "version",
                "someone else saved this role profile (now version %d) after you opened it; your changes were not saved"
                        .formatted(stored.currentVersion()));
        this.stored = stored;
        this.refused = refused;
    }

    public RoleProfile stored() {
        return stored;
    }

    public ProfileContent refused() {
        return refused;
    }
}
