package org.rolebook.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rolebook.matching.ProfileLabels.Field;

/**
 * Reads a role profile form or a job description, as text, into a {@link ProfileText}. Simple and
 * forgiving: labels such as "Post title:", "Job Title /", "Grade:" with the value on the same line
 * or the next, labels the export split over lines ("Staff" / "responsibility:"), sections
 * (accountabilities, "Individuals in this role may also:", supporting information or person
 * specification), numbered and bulleted lines as accountabilities, everything else as free text.
 * A form's appended disclaimer, standard statements and generic grade profile are not the post's
 * own text and are left out. Without a title label the title is the first short line that is not
 * a heading.
 */
public final class ProfileTextReader {

    private static final Pattern END_OF_POST =
            Pattern.compile("(?i)^(?:the above form sets out|grade profile\\s*[-–]|equal opportunities$)");
    /** The number or bullet that starts an item, and the space after it; the item's text is the rest of its line. */
    private static final Pattern ITEM = Pattern.compile("^(?:\\d{1,2}[.)]|[·•*\\-–o]|\\(?[ivx]{1,4}\\))\\s+");

    /** A short line that is only a label of its own, such as "School:" or "Reports To:". */
    private static final Pattern OTHER_LABEL = Pattern.compile("^\\p{L}[\\p{L} /&'-]{0,30}:$");

    private static final Pattern SENTENCE_END = Pattern.compile("[.:;!?]$");

    private final List<String> lines;
    private String title = "";
    private @Nullable String grade;
    private @Nullable String staff;
    private final List<String> scope = new ArrayList<>();
    private final List<String> accountabilities = new ArrayList<>();
    private final List<String> optional = new ArrayList<>();
    private final List<String> additional = new ArrayList<>();
    private final List<String> free = new ArrayList<>();
    private @Nullable List<String> last;

    private ProfileTextReader(String text) {
        this.lines = lines(text);
    }

    /**
     * The text's lines, as {@code text.split("\\R")} gives them (a trailing run of empty lines
     * dropped), with no-break spaces as spaces; one pass over the text, as this runs for every
     * document read.
     */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        boolean split = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n'
                    || c == '\u000b'
                    || c == '\f'
                    || c == '\r'
                    || c == '\u0085'
                    || c == '\u2028'
                    || c == '\u2029') {
                lines.add(spaced(text.substring(start, i)));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
                split = true;
            }
        }
        lines.add(spaced(text.substring(start)));
        while (split && !lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return List.copyOf(lines);
    }

    private static String spaced(String line) {
        return line.indexOf('\u00a0') < 0 ? line : line.replace('\u00a0', ' ');
    }

    /** The largest document read: far more than any role profile or job description. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /**
     * Reads an uploaded or named file: UTF-8 text (a byte order mark allowed), at most {@link
     * #MAX_BYTES}; anything else is refused naming the field "file".
     */
    public static ProfileText read(byte[] bytes) {
        return read(text(bytes));
    }

    static String text(byte[] bytes) {
        return org.rolebook.framework.TextFiles.utf8(bytes, MAX_BYTES);
    }

    public static ProfileText read(String text) {
        return new ProfileTextReader(text).read();
    }

    private ProfileText read() {
        Field section = null;
        Field awaiting = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (END_OF_POST.matcher(line).find()) {
                break;
            }
            ProfileLabels.Label label = ProfileLabels.at(lines, i);
            if (label != null) {
                i = label.lastLine();
                awaiting = null;
                if (label.field() == Field.OTHER) {
                    section = null;
                    free.add(label.text());
                    last = free;
                } else if (ProfileLabels.isSingle(label.field())) {
                    if (label.rest().isEmpty()) {
                        awaiting = label.field();
                    } else {
                        setSingle(label.field(), label.rest());
                    }
                } else {
                    section = label.field();
                    if (!label.rest().isEmpty()) {
                        addTo(section, label.rest());
                    }
                }
                continue;
            }
            if (awaiting != null) {
                if (OTHER_LABEL.matcher(line).matches()) {
                    // a flattened table's next label ("Job Title:" over "School:"): not the value
                    free.add(line);
                    last = free;
                } else {
                    setUnderLabel(awaiting, line);
                }
                awaiting = null;
                continue;
            }
            if (continues(i)) {
                appendToLast(line);
            } else {
                addTo(section, line);
            }
        }
        if (title.isEmpty()) {
            title = TitleLines.first(lines);
        }
        return new ProfileText(
                title,
                grade,
                staff,
                String.join(" ", scope),
                accountabilities,
                optional,
                additional,
                String.join("\n", free));
    }

    private static final Pattern FIRST_SENTENCE = Pattern.compile("(?<=\\.)\\s+(?=\\p{Lu})");

    /**
     * The line under a title, grade or staff label: the value when it is short; its first sentence
     * when that is ("£18,389 per annum. You will receive free accommodation …"), the rest kept as
     * text; otherwise text, not a value.
     */
    private void setUnderLabel(Field field, String line) {
        String[] sentences = FIRST_SENTENCE.split(line, 2);
        if (ProfileLabels.words(line) <= ProfileLabels.SINGLE_WORDS) {
            setSingle(field, line);
        } else if (ProfileLabels.words(sentences[0]) <= ProfileLabels.SINGLE_WORDS) {
            setSingle(field, sentences[0].replaceFirst("\\.$", ""));
            free.add(sentences[1]);
            last = free;
        } else {
            free.add(line);
            last = free;
        }
    }

    private void setSingle(Field field, String value) {
        switch (field) {
            case TITLE -> title = title.isEmpty() ? TitleLines.withoutNextLabel(value) : title;
            case GRADE -> grade = grade == null ? value : grade;
            case STAFF -> staff = staff == null ? value : staff;
            default -> addTo(field, value);
        }
    }

    /** A line the export wrapped: it starts in lower case and the line before (blank lines aside) ends mid-sentence. */
    private boolean continues(int i) {
        String line = lines.get(i).strip();
        if (i == 0
                || !Character.isLowerCase(line.charAt(0))
                || last == null
                || ITEM.matcher(line).lookingAt()) {
            return false;
        }
        // the line before, over the blank lines of a double-spaced copy
        int j = i - 1;
        while (j > 0 && lines.get(j).isBlank()) {
            j--;
        }
        String before = lines.get(j).strip();
        return !before.isEmpty() && !SENTENCE_END.matcher(before).find();
    }

    private void appendToLast(String line) {
        List<String> list = last;
        if (list != null && !list.isEmpty()) {
            list.set(list.size() - 1, list.getLast() + " " + line);
        }
    }

    private void addTo(@Nullable Field section, String line) {
        Matcher matcher = ITEM.matcher(line);
        boolean item = matcher.lookingAt();
        String text = item ? line.substring(matcher.end()).strip() : line;
        List<String> list;
        if (section == null) {
            list = item ? accountabilities : free;
        } else {
            list = switch (section) {
                // a numbered or bulleted line under the purpose is a duty: the purpose is a paragraph
                case SCOPE -> item ? accountabilities : scope;
                case ACCOUNTABILITIES -> accountabilities;
                case OPTIONAL -> optional;
                case ADDITIONAL -> additional;
                default -> free;
            };
        }
        list.add(text);
        last = list;
    }
}
