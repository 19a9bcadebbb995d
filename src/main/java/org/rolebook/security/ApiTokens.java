package org.rolebook.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rolebook.audit.AuditLog;
import org.rolebook.audit.Change;
import org.rolebook.audit.Kind;
import org.rolebook.framework.FieldProblem;
import org.rolebook.framework.UnknownInCatalogue;
import org.rolebook.security.internal.TokenStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for integrations: made for one user, acting with that user's role and schools as they
 * are when the token is used; shown once, stored as a SHA-256 hash, with an expiry, revocable.
 * Creating and revoking one is recorded in the audit log (never the token).
 */
@Service
public class ApiTokens {

    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 365;
    static final String PREFIX = "rbk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenStore store;
    private final Users users;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    ApiTokens(TokenStore store, Users users, AuditLog audit) {
        this.store = store;
        this.users = users;
        this.audit = audit;
    }

    /** What is wrong with a token's name and lifetime, each named; {@code days} null when it could not be read. */
    public static java.util.List<FieldProblem.Detail> problems(
            String name, @org.jspecify.annotations.Nullable Integer days) {
        java.util.List<FieldProblem.Detail> problems = new java.util.ArrayList<>();
        String label = name.strip();
        var control = org.rolebook.framework.ControlCharacters.first(label);
        if (control.isPresent()) {
            problems.add(new FieldProblem.Detail(
                    "name", "The token name has a control character (" + control.get() + "); remove it"));
        } else if (label.isEmpty() || label.length() > 100) {
            problems.add(new FieldProblem.Detail(
                    "name", "Give the token a name of 1 to 100 characters, such as the system that uses it"));
        }
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            problems.add(new FieldProblem.Detail("days", "A token lasts from 1 to " + MAX_DAYS + " days, not " + days));
        }
        return problems;
    }

    @Transactional
    public NewToken create(String username, String name, int days) {
        User user = users.find(username);
        String label = name.strip();
        var problems = problems(name, days);
        if (!problems.isEmpty()) {
            throw FieldProblem.all(problems);
        }
        if (!user.enabled()) {
            throw new FieldProblem("username", username + " is disabled and cannot have a token");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        long id = store.insert(
                username, label, hash(secret), secret.substring(0, 10), now, now.plus(Duration.ofDays(days)));
        ApiToken token = store.byId(id).orElseThrow();
        audit.record(Change.of(Kind.TOKEN, "token created", subject(token)).values(null, shown(token)));
        return new NewToken(token, secret);
    }

    public List<ApiToken> of(String username) {
        return store.ofUser(username);
    }

    public ApiToken get(long id) {
        return store.byId(id).orElseThrow(() -> new UnknownInCatalogue("id", "no API token with id " + id));
    }

    /** Revokes a token of {@code owner}; a token of anyone else is not found. */
    @Transactional
    public ApiToken revoke(long id, String owner) {
        ApiToken before = get(id);
        if (!before.username().equals(owner)) {
            throw new UnknownInCatalogue("id", "no API token with id " + id);
        }
        store.revoke(id, clock.instant());
        ApiToken after = get(id);
        if (before.revokedAt() == null) {
            audit.record(Change.of(Kind.TOKEN, "token revoked", subject(after)).values(shown(before), shown(after)));
        }
        return after;
    }

    /**
     * The user a token speaks for, if it is one of ours, not revoked, not expired and its user is
     * enabled; its last use is noted (at most once a minute).
     */
    @Transactional
    public Optional<User> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> token = store.byHash(hash(secret)).filter(t -> t.activeAt(now));
        if (token.isEmpty()) {
            return Optional.empty();
        }
        User user = users.find(token.get().username());
        if (!user.enabled()) {
            return Optional.empty();
        }
        Instant lastUsed = token.get().lastUsedAt();
        if (lastUsed == null || lastUsed.isBefore(now.minusSeconds(60))) {
            store.used(token.get().id(), now);
        }
        return Optional.of(user);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String subject(ApiToken token) {
        return "token " + token.id() + " of user " + token.username();
    }

    private static Map<String, Object> shown(ApiToken token) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("name", token.name());
        shown.put("starts", token.tokenStart());
        shown.put("expires", token.expiresAt().toString());
        shown.put(
                "revoked", token.revokedAt() == null ? null : token.revokedAt().toString());
        return shown;
    }
}
