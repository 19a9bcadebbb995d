package org.rolebook.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rolebook.audit.AuditLog;
import org.rolebook.audit.Change;
import org.rolebook.audit.Kind;
import org.rolebook.framework.CatalogueConflict;
import org.rolebook.framework.FieldProblem;
import org.rolebook.framework.UnknownInCatalogue;
import org.rolebook.security.internal.UserStore;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who may sign in: adding, changing role and schools, disabling and enabling,
 * unlocking, changing and resetting a password. Every change is recorded in the audit log, never
 * with a password or its hash. The last enabled HR admin cannot be disabled or given another role.
 */
@Service
public class Users {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserStore store;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    Users(UserStore store, PasswordEncoder passwords, AuditLog audit) {
        this.store = store;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Transactional
    public User add(NewUser user) {
        if (store.exists(user.username())) {
            throw new CatalogueConflict("username", "a user called " + user.username() + " already exists");
        }
        var similar = store.sameNameIgnoringCase(user.username());
        if (similar.isPresent()) {
            throw new CatalogueConflict(
                    "username",
                    "a user called " + similar.get() + " already exists; names that differ only in capitals"
                            + " would be taken for one another");
        }
        store.insert(user.username(), passwords.encode(user.password()), user.role(), user.schoolIds());
        User added = find(user.username());
        audit.record(Change.of(Kind.USER, "user added", subject(added)).values(null, shown(added)));
        return added;
    }

    public User find(String username) {
        return store.find(username).orElseThrow(() -> new UnknownInCatalogue("username", "no user called " + username));
    }

    public List<User> all() {
        return store.all();
    }

    public boolean none() {
        return store.count() == 0;
    }

    @Transactional
    public void disable(String username) {
        User before = find(username);
        if (before.enabled() && before.role() == Role.HR_ADMIN) {
            keepAnAdministrator(username);
        }
        store.setEnabled(username, false);
        audit.record(
                Change.of(Kind.USER, "user disabled", subject(before)).values(shown(before), shown(find(username))));
    }

    @Transactional
    public void enable(String username) {
        User before = find(username);
        store.setEnabled(username, true);
        audit.record(
                Change.of(Kind.USER, "user enabled", subject(before)).values(shown(before), shown(find(username))));
    }

    /** Gives a user another role and, for a school editor, the schools they edit. */
    @Transactional
    public User changeRole(String username, Role role, Set<Long> schoolIds) {
        User before = find(username);
        if (role == Role.SCHOOL_EDITOR && schoolIds.isEmpty()) {
            throw new FieldProblem("school", "a school editor edits at least one school");
        }
        if (role != Role.SCHOOL_EDITOR && !schoolIds.isEmpty()) {
            throw new FieldProblem("school", "only school editors are bound to schools");
        }
        if (before.role() == Role.HR_ADMIN && role != Role.HR_ADMIN && before.enabled()) {
            keepAnAdministrator(username);
        }
        store.setRole(username, role, schoolIds);
        User after = find(username);
        audit.record(Change.of(Kind.USER, "role changed", subject(after)).values(shown(before), shown(after)));
        return after;
    }

    /** Lifts a lock after repeated wrong passwords. */
    @Transactional
    public void unlock(String username) {
        User before = find(username);
        store.succeeded(username);
        audit.record(
                Change.of(Kind.USER, "account unlocked", subject(before)).values(shown(before), shown(find(username))));
    }

    /** A user changes their own password, giving the current one. */
    @Transactional
    public void changePassword(String username, String current, String replacement) {
        changePassword(username, current, replacement, replacement);
    }

    /**
     * Changes the user's own password, typed twice; refused, naming every field at fault at once
     * (the current password, the new one, its confirmation), with nothing changed.
     */
    @Transactional
    public void changePassword(String username, String current, String replacement, String confirmation) {
        String hash = store.hash(username)
                .orElseThrow(() -> new UnknownInCatalogue("username", "no user called " + username));
        java.util.List<FieldProblem.Detail> problems = new java.util.ArrayList<>();
        if (!passwords.matches(current, hash)) {
            problems.add(new FieldProblem.Detail("current", "The current password is not right"));
        }
        if (replacement.length() < NewUser.MIN_PASSWORD) {
            problems.add(new FieldProblem.Detail(
                    "password", "The new password needs at least " + NewUser.MIN_PASSWORD + " characters"));
        } else if (replacement.equals(current)) {
            problems.add(new FieldProblem.Detail("password", "The new password is the same as the current one"));
        }
        if (!replacement.equals(confirmation)) {
            problems.add(new FieldProblem.Detail("confirm", "The two new passwords are not the same"));
        }
        if (!problems.isEmpty()) {
            throw FieldProblem.all(problems);
        }
        store.setHash(username, passwords.encode(replacement));
        audit.record(
                Change.of(Kind.USER, "password changed", "user " + username).summary("by the user"));
    }

    /** An HR admin gives a user a new password, made up here and returned to be shown once. */
    @Transactional
    public String resetPassword(String username) {
        User user = find(username);
        String password = madeUpPassword();
        store.setHash(username, passwords.encode(password));
        audit.record(Change.of(Kind.USER, "password reset", subject(user)).summary("a new password was made up"));
        return password;
    }

    /** A password of 24 random URL-safe characters. */
    public static String madeUpPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void keepAnAdministrator(String username) {
        long others = store.all().stream()
                .filter(u -> u.enabled()
                        && u.role() == Role.HR_ADMIN
                        && !u.username().equals(username))
                .count();
        if (others == 0) {
            throw new CatalogueConflict(
                    "username", username + " is the last enabled HR admin; add or enable another one first");
        }
    }

    private static String subject(User user) {
        return "user " + user.username();
    }

    private static Map<String, Object> shown(User user) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("username", user.username());
        shown.put("role", user.role().name());
        shown.put("schools", user.schoolIds());
        shown.put("enabled", user.enabled());
        shown.put(
                "lockedUntil",
                user.lockedUntil() == null ? null : user.lockedUntil().toString());
        return shown;
    }
}
