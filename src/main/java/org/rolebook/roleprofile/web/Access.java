package org.rolebook.roleprofile.web;

import org.jspecify.annotations.Nullable;
import org.rolebook.framework.FieldProblem;
import org.rolebook.framework.UnknownInCatalogue;
import org.rolebook.roleprofile.Actor;
import org.rolebook.roleprofile.ProfileQuery;
import org.rolebook.roleprofile.RoleProfile;
import org.rolebook.roleprofile.RoleProfiles;
import org.rolebook.security.CurrentUser;
import org.rolebook.security.Role;

/**
 * What the signed-in user may see and do with role profiles. A profile the user may not see is
 * answered as not found, so that another school's drafts cannot even be known to exist.
 */
final class Access {

    private Access() {}

    static CurrentUser user() {
        CurrentUser user = CurrentUser.now();
        if (user == null) {
            throw new Forbidden("sign in first");
        }
        return user;
    }

    static Actor actor() {
        return new Actor(user().username());
    }

    /** Null for those who read every profile; otherwise their schools in every state, approved elsewhere. */
    static ProfileQuery.@Nullable Visibility visibility() {
        CurrentUser user = user();
        return user.readsAll()
                ? null
                : new ProfileQuery.Visibility(
                        user.role() == Role.SCHOOL_EDITOR ? user.schoolIds() : java.util.Set.of());
    }

    /**
     * The profile as the user sees it: as it stands, or as its approved version while a new one is
     * written over it in a school whose work the user does not see; not found if they see neither.
     */
    static RoleProfile visible(RoleProfiles profiles, long id) {
        return profiles.shownTo(id, visibility());
    }

    /**
     * Whether the user sees the work behind a profile (its versions and its history with comments):
     * HR, evaluators and the school's own editors do; a viewer or another school's editor sees the
     * approved profile and its grade decisions only.
     */
    static boolean seesWork(RoleProfile profile) {
        ProfileQuery.Visibility visibility = visibility();
        return visibility == null || visibility.seesAllStatesOf(profile);
    }

    /** The profile, when the user sees the work behind it; otherwise answered as not found. */
    static RoleProfile work(RoleProfiles profiles, long id) {
        RoleProfile profile = visible(profiles, id);
        if (!seesWork(profile)) {
            throw new UnknownInCatalogue(
                    "id", "the versions and history of role profile " + profile.id() + " are not shown to you");
        }
        return profile;
    }

    static void mayEdit(long schoolId) {
        if (!user().editsSchool(schoolId)) {
            throw new Forbidden("you do not edit the role profiles of this school");
        }
    }

    static void mayDecide() {
        if (!user().decides()) {
            throw new Forbidden("only evaluators and HR decide on role profiles");
        }
    }

    static void mayArchive() {
        if (user().role() != Role.HR_ADMIN) {
            throw new Forbidden("only HR archives role profiles");
        }
    }

    /** Signed in, but not allowed: 403. */
    static final class Forbidden extends FieldProblem {
        Forbidden(String message) {
            super("access", message);
        }

        @Override
        public int status() {
            return 403;
        }
    }
}
