package org.rolebook.roleprofile;

/** Where a role profile stands in its workflow. Only an approved version counts as the post's grade. */
public enum Status {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    APPROVED("Approved"),
    RETURNED("Returned"),
    ARCHIVED("Archived");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A profile a school editor may change: a draft, or one returned with comments. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED || this == APPROVED;
    }
}
