package org.rolebook.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.rolebook.audit.AuditLog;
import org.rolebook.audit.Change;
import org.rolebook.audit.Kind;
import org.rolebook.security.CurrentUser;
import org.rolebook.security.User;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Users for sign-in: role and schools as authorities; an account with repeated failed sign-ins is
 * locked for a while, and a disabled one cannot sign in.
 */
@Component
class AccountDetails implements UserDetailsService {

    static final int LOCK_AFTER = 5;
    static final Duration LOCK_FOR = Duration.ofMinutes(15);

    private final UserStore store;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    AccountDetails(UserStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        User user = store.find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        String hash = store.hash(username).orElseThrow();
        boolean locked = user.lockedUntil() != null && user.lockedUntil().isAfter(clock.instant());
        return org.springframework.security.core.userdetails.User.withUsername(username)
                .password(hash)
                .authorities(authorities(user))
                .disabled(!user.enabled())
                .accountLocked(locked)
                .build();
    }

    /** The user's role and schools as the authorities {@link CurrentUser} reads. */
    static List<GrantedAuthority> authorities(User user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(user.role().authority()));
        user.schoolIds().forEach(id -> authorities.add(new SimpleGrantedAuthority(CurrentUser.SCHOOL_PREFIX + id)));
        return authorities;
    }

    /**
     * Who a failed sign-in is recorded as: nobody is signed in, so not the name typed, which could
     * be any text (another user's name, "import"); that name is the entry's subject.
     */
    static final String NOT_SIGNED_IN = "not signed in";

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String name = event.getAuthentication().getName();
        String typed = org.rolebook.framework.ControlCharacters.shown(
                name.length() > 100 ? name.substring(0, 100) + "…" : name);
        audit.record(Change.of(Kind.SIGN_IN, "sign-in failed", "user " + typed)
                .summary(reason(event) + (store.exists(name) ? "" : "; no user has this name"))
                .by(NOT_SIGNED_IN));
        if (event instanceof AuthenticationFailureBadCredentialsEvent
                && store.failedAttempt(name, LOCK_AFTER, clock.instant().plus(LOCK_FOR))) {
            audit.record(Change.of(Kind.SIGN_IN, "account locked", "user " + name)
                    .summary(LOCK_AFTER + " wrong passwords in a row: locked for " + LOCK_FOR.toMinutes() + " minutes")
                    .by(NOT_SIGNED_IN));
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        if (store.exists(name)) {
            store.succeeded(name);
            audit.record(Change.of(Kind.SIGN_IN, "signed in", "user " + name).by(name));
        }
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        String name = event.getAuthentication().getName();
        audit.record(Change.of(Kind.SIGN_IN, "signed out", "user " + name).by(name));
    }

    private static String reason(AbstractAuthenticationFailureEvent event) {
        return switch (event.getException()) {
            case org.springframework.security.authentication.LockedException locked -> "the account is locked";
            case org.springframework.security.authentication.DisabledException disabled -> "the account is disabled";
            case org.springframework.security.authentication.BadCredentialsException bad ->
                "wrong user name or password";
            default -> event.getException().getClass().getSimpleName();
        };
    }
}
