package org.rolebook.importing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The labelled fields of a role profile form and how their labels are found in exported text:
 * on one line with or without the value after them, split over up to three lines ("Staff",
 * "responsibility:"), or two label/value pairs in one table row of a Word form.
 */
enum FormField {
    POST_TITLE("post title", "post\\s+title\\s*:"),
    GRADE("grade", "grade\\s*:"),
    STAFF_RESPONSIBILITY("staff responsibility", "staff\\s+responsibility\\s*:"),
    CAR_USER("essential car user", "essential\\s+car\\s+user\\s*:"),
    SCOPE("scope of role", "scope\\s+of\\s+role\\s*:"),
    ACCOUNTABILITIES("accountabilities", "accountabilities\\s*/\\s*responsibilities[^:]*:"),
    OPTIONAL_DUTIES("individuals in this role may also", "individuals\\s+in\\s+this\\s+role\\s+may\\s+also\\s*:"),
    ADDITIONAL_INFORMATION("additional supporting information", "additional\\s+supporting\\s+information[^:.]*[:.]"),
    PREPARED_BY("prepared by", "prepared\\s+by\\s*:"),
    DATE("date", "date\\s*:");

    private static final int MAX_LABEL_PARTS = 3;

    private final String field;
    private final Pattern label;

    FormField(String field, String label) {
        this.field = field;
        this.label = Pattern.compile("(?i)^" + label + "\\s*(.*)$");
    }

    /** The field's name in reports, such as "staff responsibility". */
    String field() {
        return field;
    }

    /** Matches a label and captures what follows it on the line. */
    Pattern label() {
        return label;
    }

    /** A label found: its field, the text after it, and the last line it took. */
    record Labelled(FormField field, String rest, int lastLine) {}

    /**
     * A table row of a Word form may hold two label/value pairs ("Prepared by:", value, "Date:",
     * value): each cell that is a label starts a line of its own, so that every field reads alike.
     */
    static List<String> splitAtLabels(List<String> lines) {
        List<String> split = new ArrayList<>();
        for (String line : lines) {
            String[] cells = line.split("\t", -1);
            StringBuilder current = new StringBuilder(cells[0]);
            for (int c = 1; c < cells.length; c++) {
                if (!current.toString().isBlank() && isLabel(cells[c].strip())) {
                    split.add(current.toString());
                    current.setLength(0);
                } else {
                    current.append('\t');
                }
                current.append(cells[c]);
            }
            split.add(current.toString());
        }
        return split;
    }

    /** The field whose label starts at this line, over up to three lines when the export split it. */
    static @Nullable Labelled labelAt(List<String> lines, int start, int end) {
        StringBuilder joined = new StringBuilder();
        int parts = 0;
        for (int i = start; i < end && parts < MAX_LABEL_PARTS; i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            joined.append(parts == 0 ? "" : " ").append(text);
            parts++;
            for (FormField field : values()) {
                Matcher matcher = field.label.matcher(joined);
                if (matcher.matches()) {
                    return new Labelled(field, matcher.group(1).strip(), i);
                }
            }
            if (text.contains(":") || text.split("\\s+").length > 3) {
                return null;
            }
        }
        return null;
    }

    private static boolean isLabel(String cell) {
        for (FormField field : values()) {
            Matcher matcher = field.label.matcher(cell);
            if (matcher.matches() && matcher.group(1).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
