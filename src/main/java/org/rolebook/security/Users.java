package org.rolebook.security;

import java.util.List;
import org.rolebook.framework.CatalogueConflict;
import org.rolebook.framework.UnknownInCatalogue;
import org.rolebook.security.internal.UserStore;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people who may sign in: adding, disabling, changing a password. */
@Service
public class Users {

    private final UserStore store;
    private final PasswordEncoder passwords;

    Users(UserStore store, PasswordEncoder passwords) {
        this.store = store;
        this.passwords = passwords;
    }

    @Transactional
    public User add(NewUser user) {
        if (store.exists(user.username())) {
            throw new CatalogueConflict("username", "a user called " + user.username() + " already exists");
        }
        store.insert(user.username(), passwords.encode(user.password()), user.role(), user.schoolIds());
        return find(user.username());
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
        find(username);
        store.setEnabled(username, false);
    }

    @Transactional
    public void changePassword(String username, String current, String replacement) {
        String hash = store.hash(username)
                .orElseThrow(() -> new UnknownInCatalogue("username", "no user called " + username));
        if (!passwords.matches(current, hash)) {
            throw new org.rolebook.framework.FieldProblem("current", "the current password is not right");
        }
        if (replacement.length() < NewUser.MIN_PASSWORD) {
            throw new org.rolebook.framework.FieldProblem(
                    "password", "at least " + NewUser.MIN_PASSWORD + " characters");
        }
        store.setHash(username, passwords.encode(replacement));
    }
}
