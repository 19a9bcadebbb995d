package org.rolebook.roleprofile;

/** The phase of a school. */
public enum Phase {
    PRIMARY("Primary"),
    SECONDARY("Secondary"),
    SPECIAL("Special"),
    ALL_THROUGH("All-through");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
