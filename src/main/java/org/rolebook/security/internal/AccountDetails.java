package org.rolebook.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.rolebook.security.CurrentUser;
import org.rolebook.security.User;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
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
    private final Clock clock = Clock.systemUTC();

    AccountDetails(UserStore store) {
        this.store = store;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        User user = store.find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        String hash = store.hash(username).orElseThrow();
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(user.role().authority()));
        user.schoolIds().forEach(id -> authorities.add(new SimpleGrantedAuthority(CurrentUser.SCHOOL_PREFIX + id)));
        boolean locked = user.lockedUntil() != null && user.lockedUntil().isAfter(clock.instant());
        return org.springframework.security.core.userdetails.User.withUsername(username)
                .password(hash)
                .authorities(authorities)
                .disabled(!user.enabled())
                .accountLocked(locked)
                .build();
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        store.failedAttempt(
                event.getAuthentication().getName(), LOCK_AFTER, clock.instant().plus(LOCK_FOR));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (store.exists(event.getAuthentication().getName())) {
            store.succeeded(event.getAuthentication().getName());
        }
    }
}
