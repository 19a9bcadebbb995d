package org.rolebook.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.rolebook.audit.AuditLog;
import org.rolebook.audit.Change;
import org.rolebook.audit.Kind;
import org.rolebook.security.User;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session signed in with the sign-in form acts, on every request, with its account as the
 * database holds it now: a role or schools changed by an HR admin apply from the user's next
 * request, and a session of an account that is disabled (or no longer exists) ends there, the
 * request answered as one not signed in. API tokens are read afresh on each request already.
 */
final class SessionsFollowAccounts extends OncePerRequestFilter {

    /** The session attribute that names the account a session was signed in to with the form. */
    static final String ACCOUNT = SessionsFollowAccounts.class.getName() + ".account";

    private final UserStore users;
    private final AuditLog audit;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SessionsFollowAccounts(UserStore users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    /** After a sign-in with the form, marks the session as the account's, then goes where the user was going. */
    static AuthenticationSuccessHandler marking(String defaultTarget) {
        var next = new SavedRequestAwareAuthenticationSuccessHandler();
        next.setDefaultTargetUrl(defaultTarget);
        return (request, response, authentication) -> {
            request.getSession().setAttribute(ACCOUNT, authentication.getName());
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Object account = session == null ? null : session.getAttribute(ACCOUNT);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (account instanceof String name && signedIn != null && name.equals(signedIn.getName())) {
            Optional<User> user = users.find(name);
            if (user.isEmpty() || !user.get().enabled()) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                audit.record(Change.of(Kind.SIGN_IN, "session ended", "user " + name)
                        .summary("the account is disabled")
                        .by(name));
            } else {
                List<GrantedAuthority> now = AccountDetails.authorities(user.get());
                if (!new HashSet<>(now).equals(new HashSet<>(signedIn.getAuthorities()))) {
                    var refreshed =
                            UsernamePasswordAuthenticationToken.authenticated(signedIn.getPrincipal(), null, now);
                    refreshed.setDetails(signedIn.getDetails());
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(refreshed);
                    SecurityContextHolder.setContext(context);
                    sessions.saveContext(context, request, response);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
