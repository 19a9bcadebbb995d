package org.rolebook.audit;

import org.jspecify.annotations.Nullable;

/**
 * One change to record. {@code kind} groups entries for filtering ({@link Kind}); {@code action}
 * says what happened in a few words; {@code subject} names what it happened to; {@code before} and
 * {@code after} are the values (any object, stored as JSON; {@code null} where there was none).
 * {@code actor} is who did it, or {@code null} for whoever is signed in (or the command line).
 */
public record Change(
        Kind kind,
        String action,
        String subject,
        @Nullable String summary,
        @Nullable Object before,
        @Nullable Object after,
        @Nullable String actor) {

    public static Change of(Kind kind, String action, String subject) {
        return new Change(kind, action, subject, null, null, null, null);
    }

    public Change summary(@Nullable String text) {
        return new Change(kind, action, subject, text, before, after, actor);
    }

    public Change values(@Nullable Object beforeValue, @Nullable Object afterValue) {
        return new Change(kind, action, subject, summary, beforeValue, afterValue, actor);
    }

    public Change by(String name) {
        return new Change(kind, action, subject, summary, before, after, name);
    }
}
