package org.rolebook.security;

import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is asking: the user's name, role and, for a school editor, the schools they edit. Read from
 * the signed-in user's authorities (ROLE_… and SCHOOL_…), so it costs no database round trip.
 */
public record CurrentUser(String username, Role role, Set<Long> schoolIds) {

    public static final String SCHOOL_PREFIX = "SCHOOL_";

    public CurrentUser {
        schoolIds = Set.copyOf(schoolIds);
    }

    /** The user of the current request; empty roles mean the request is not signed in. */
    public static @Nullable CurrentUser now() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static @Nullable CurrentUser of(@Nullable Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return null;
        }
        Role role = null;
        Set<Long> schools = new TreeSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name == null) {
                continue;
            }
            for (Role candidate : Role.values()) {
                if (candidate.authority().equals(name)) {
                    role = candidate;
                }
            }
            if (name.startsWith(SCHOOL_PREFIX)
                    && name.substring(SCHOOL_PREFIX.length()).matches("\\d{1,18}")) {
                schools.add(Long.parseLong(name.substring(SCHOOL_PREFIX.length())));
            }
        }
        return role == null ? null : new CurrentUser(authentication.getName(), role, schools);
    }

    public boolean editsSchool(long schoolId) {
        return role == Role.HR_ADMIN || (role == Role.SCHOOL_EDITOR && schoolIds.contains(schoolId));
    }

    /** Reads every school's profiles in every state. */
    public boolean readsAll() {
        return role == Role.HR_ADMIN || role == Role.EVALUATOR;
    }

    public boolean decides() {
        return role == Role.HR_ADMIN || role == Role.EVALUATOR;
    }
}
