package org.rolebook.matching;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The post title of a job description read as text: where to find it, and where it ends. */
final class TitleLines {

    private static final Pattern INLINE_TITLE =
            Pattern.compile("(?i)\\b(?:post|job)\\s+title\\s*[:/]\\s*(.+?)(?=\\s+(?-i:\\p{Lu})\\p{L}+\\s*:|$)");
    private static final Pattern HEADING = Pattern.compile(
            "(?i).*\\b(?:job description|person specification|role profile|operational context|job details|council|county|borough|based on)\\b.*");

    private TitleLines() {}

    /**
     * A title as a flattened table gives it, without the next cell's label and what follows:
     * "ICT Technician (Secondary School) / JOB REF NO / AAAE5011" is "ICT Technician (Secondary School)",
     * "Caretaker / Directorate:" is "Caretaker".
     */
    static String withoutNextLabel(String value) {
        String[] cells = value.split("\\s+/\\s+");
        StringBuilder kept = new StringBuilder(cells[0].strip());
        for (int i = 1;
                i < cells.length && !NEXT_LABEL.matcher(cells[i].strip()).matches();
                i++) {
            kept.append(" / ").append(cells[i].strip());
        }
        String title = kept.toString();
        return title.isEmpty() || NEXT_LABEL.matcher(title).matches() ? value.strip() : title;
    }

    private static final Pattern NEXT_LABEL = Pattern.compile(
            "(?i)(?:.*:|(?:job\\s+|post\\s+)?(?:ref(?:erence)?|no\\.?|number|grade|directorate|department|division|"
                    + "location|service(?:\\s+area)?|section|hours|salary)\\b.*)");

    /** Without a title label: an inline "Post title: …", else the first short line that is not a heading. */
    static String first(List<String> lines) {
        for (String line : lines) {
            Matcher inline = INLINE_TITLE.matcher(line);
            if (inline.find()) {
                return words(inline.group(1), 8);
            }
        }
        for (String line : lines) {
            String text = line.strip().split("\\s+[-–|]\\s+")[0].strip();
            if (!text.isEmpty()
                    && text.split("\\s+").length <= 8
                    && !HEADING.matcher(text).matches()
                    && Character.isLetter(text.charAt(0))
                    && !text.endsWith(":")) {
                return text;
            }
        }
        return "";
    }

    private static String words(String text, int most) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(most, words.length)))
                        .toLowerCase(Locale.ROOT)
                        .equals(text.strip().toLowerCase(Locale.ROOT))
                ? text.strip()
                : String.join(" ", java.util.Arrays.copyOf(words, Math.min(most, words.length)));
    }
}
