package org.rolebook.importing;

import org.jspecify.annotations.Nullable;

/**
 * Something wrong or doubtful in an imported file, with the field it concerns, the line where it
 * was found and the value as written.
 */
public record Problem(
        String field, @Nullable Integer line, @Nullable String value, String message) {

    public static Problem at(String field, int line, @Nullable String value, String message) {
        return new Problem(field, line, value, message);
    }

    public static Problem of(String field, String message) {
        return new Problem(field, null, null, message);
    }

    @Override
    public String toString() {
        String where = line == null ? "" : "line " + line + ": ";
        String written = value == null ? "" : " (\"" + value + "\")";
        return where + field + written + ": " + message;
    }
}
