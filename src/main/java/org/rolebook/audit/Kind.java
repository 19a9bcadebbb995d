package org.rolebook.audit;

import java.util.Locale;

/** What an audit entry is about, for filtering. */
public enum Kind {
    SIGN_IN("Sign-in"),
    FRAMEWORK("Framework"),
    SCHOOL("School"),
    ROLE_PROFILE("Role profile"),
    WORKFLOW("Workflow"),
    DECISION("Grade decision"),
    USER("User"),
    TOKEN("API token"),
    SETTINGS("Settings"),
    BACKUP("Backup");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The name used in URLs and CSV files, such as {@code role-profile}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Kind ofCode(String code) {
        for (Kind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no kind of audit entry \"" + code + "\"");
    }
}
