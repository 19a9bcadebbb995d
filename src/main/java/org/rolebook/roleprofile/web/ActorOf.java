package org.rolebook.roleprofile.web;

import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.rolebook.roleprofile.Actor;

/** The actor recorded for a request: the signed-in user's name. */
final class ActorOf {

    static final String NOT_SIGNED_IN = "not signed in";

    private ActorOf() {}

    static Actor request(@Nullable Principal principal) {
        return new Actor(principal == null ? NOT_SIGNED_IN : principal.getName());
    }
}
