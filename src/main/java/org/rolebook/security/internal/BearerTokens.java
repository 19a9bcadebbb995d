package org.rolebook.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.rolebook.audit.AuditLog;
import org.rolebook.audit.Change;
import org.rolebook.audit.Kind;
import org.rolebook.security.ApiTokens;
import org.rolebook.security.User;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer …} on an API request: a valid token signs the request in as its
 * user, with that user's role and schools, for this request only (no session, so no CSRF token is
 * needed); any other token is answered 401 and never falls back to a session.
 */
final class BearerTokens extends OncePerRequestFilter {

    /** API requests that carry a bearer token. */
    /** The API, and its OpenAPI description, so that a client holding only a token can read what it may call. */
    static final RequestMatcher REQUESTS =
            request -> (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                            || request.getRequestURI().startsWith(request.getContextPath() + "/v3/api-docs"))
                    && bearer(request).isPresent();

    private final ApiTokens tokens;
    private final AuditLog audit;

    BearerTokens(ApiTokens tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !REQUESTS.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = bearer(request).orElseThrow();
        Optional<User> user = tokens.authenticate(secret);
        if (user.isEmpty()) {
            audit.record(Change.of(
                            Kind.SIGN_IN, "API token refused", request.getMethod() + " " + request.getRequestURI())
                    .summary("unknown, expired or revoked token, or a disabled user; the token starts "
                            + org.rolebook.framework.ControlCharacters.shown(
                                    secret.substring(0, Math.min(8, secret.length()))))
                    .by(AccountDetails.NOT_SIGNED_IN));
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write(
                            "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                                    + "\"detail\":\"The API token is not known, has expired or was revoked\",\"field\":\"Authorization\"}");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user.get().username(), null, AccountDetails.authorities(user.get())));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).strip());
    }
}
