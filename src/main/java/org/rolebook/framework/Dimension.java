package org.rolebook.framework;

import java.util.Locale;
import java.util.Optional;

/** The rows of a job family profile summary: what each grade of a family is described by. */
public enum Dimension {
    EXAMPLE_TITLES("Example Job Titles"),
    PURPOSE("Typical Level Purpose"),
    REPORTING_LINE("Typical reporting line"),
    SUPERVISORY_RESPONSIBILITY("Typical Supervisory responsibility"),
    SETTINGS("Probable settings"),
    ACCOUNTABILITIES("Generally Representative Accountabilities & Responsibilities"),
    KNOWLEDGE_SKILLS_EXPERIENCE("Typical Knowledge, Skills & Experience"),
    WORK_ELEMENTS("Additional Work Elements");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The dimension whose label a row label starts with, ignoring case and spacing. */
    public static Optional<Dimension> fromLabel(String rowLabel) {
        String wanted = normalise(rowLabel);
        for (Dimension dimension : values()) {
            if (wanted.startsWith(normalise(dimension.label))) {
                return Optional.of(dimension);
            }
        }
        return Optional.empty();
    }

    /** The part of a row label after the dimension's own label, such as an "NB ..." note. */
    public String remainderOf(String rowLabel) {
        String collapsed = rowLabel.strip().replaceAll("\\s+", " ");
        return collapsed.length() <= label.length()
                ? ""
                : collapsed.substring(label.length()).strip();
    }

    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
