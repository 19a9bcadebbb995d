package org.rolebook.rendering.web;

import org.jspecify.annotations.Nullable;
import org.rolebook.framework.UnknownInCatalogue;
import org.rolebook.roleprofile.ProfileQuery;
import org.rolebook.security.CurrentUser;

/** Which stored role profiles the signed-in user may download: the same rule as their pages. */
final class Readers {

    private Readers() {}

    static ProfileQuery.@Nullable Visibility signedIn() {
        CurrentUser user = CurrentUser.now();
        if (user == null) {
            throw new UnknownInCatalogue("id", "sign in to download role profiles");
        }
        return ProfileQuery.Visibility.of(user);
    }
}
