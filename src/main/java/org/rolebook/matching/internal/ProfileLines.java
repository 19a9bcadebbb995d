package org.rolebook.matching.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.rolebook.matching.ProfileText;

/**
 * A profile's text as the lines grade suggestion weighs one by one, each named by where it is:
 * the scope, each accountability, optional duty and line of supporting information, and the free
 * text cut at line ends, inline numbering and, for long lines, sentences. The title is not among
 * them: it is weighed against the example titles on its own.
 */
public final class ProfileLines {

    private static final int LONG = 300;
    private static final Pattern INLINE_NUMBER = Pattern.compile("\\s+(?=\\d{1,2}[.)]\\s+\\p{Lu})");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.;:])\\s+(?=\\p{Lu})");

    /** A form's label with nothing after it ("Department/Directorate:"): no duty, so no line to weigh. */
    private static final Pattern LABEL_ONLY = Pattern.compile("(?:[^\\s:]++\\s*+){1,4}+:");

    private static final Pattern REPORTING = Pattern.compile(
            "(?i)^(?:to\\s+be\\s+)?(?:responsible|reporting|reports|accountable)\\s+to\\b.*|^line\\s+manager\\b.*|^reporting\\s+line\\b.*");

    /** A line and where it is in the profile; a reporting line ("Responsible to: …") says so. */
    public record Line(String field, String text, boolean reportingLine) {
        public Line(String field, String text) {
            this(field, text, REPORTING.matcher(text).matches());
        }
    }

    private ProfileLines() {}

    public static List<Line> of(ProfileText profile) {
        List<Line> lines = new ArrayList<>();
        add(lines, "scope", profile.scope());
        numbered(lines, "accountability", profile.accountabilities());
        numbered(lines, "optional duty", profile.optionalDuties());
        numbered(lines, "additional information", profile.additionalInformation());
        int n = 0;
        for (String line : profile.freeText().split("\\R")) {
            for (String part : split(line)) {
                n++;
                add(lines, "text line " + n, part);
            }
        }
        return lines;
    }

    private static void numbered(List<Line> lines, String field, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            for (String part : split(items.get(i))) {
                add(lines, field + " " + (i + 1), part);
            }
        }
    }

    private static List<String> split(String text) {
        String stripped = text.strip();
        if (stripped.length() <= LONG) {
            return List.of(stripped);
        }
        List<String> parts = new ArrayList<>();
        for (String numbered : INLINE_NUMBER.split(stripped)) {
            if (numbered.length() <= LONG) {
                parts.add(numbered);
            } else {
                parts.addAll(List.of(SENTENCE.split(numbered)));
            }
        }
        return parts;
    }

    private static void add(List<Line> lines, String field, String text) {
        String stripped = text.strip();
        if (!stripped.isEmpty() && !LABEL_ONLY.matcher(stripped).matches()) {
            lines.add(new Line(field, stripped));
        }
    }
}
