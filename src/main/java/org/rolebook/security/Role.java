package org.rolebook.security;

/** What a user may do in Rolebook. */
public enum Role {
    HR_ADMIN("HR admin"),
    EVALUATOR("Evaluator"),
    SCHOOL_EDITOR("School editor"),
    VIEWER("Viewer");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The authority Spring Security checks, such as ROLE_HR_ADMIN. */
    public String authority() {
        return "ROLE_" + name();
    }
}
