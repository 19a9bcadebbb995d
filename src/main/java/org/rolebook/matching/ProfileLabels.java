package org.rolebook.matching;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The labels of a role profile form or a job description read as text ("Post title:", "Grade /",
 * "Accountabilities/Responsibilities", "Responsible to:"): which field each names, and where a
 * label that an export split over lines ("Staff" / "responsibility:") or glued to its value ("Job
 * TitleCook") ends.
 */
final class ProfileLabels {

    private ProfileLabels() {}

    enum Field {
        TITLE(
                "(?:post|job|role)\\s+title(?:\\s+and\\s+grade)?|title\\s+of\\s+(?:the\\s+)?(?:post|job|role)|post|title"),
        GRADE("grade|post\\s+grading|grading|salary|pay\\s+scale"),
        STAFF("staff\\s+responsibility"),
        SCOPE(
                "scope\\s+of\\s+role|job\\s+purpose|(?:main\\s+|overall\\s+)?purpose\\s+of\\s+(?:the|this)\\s+(?:post|job|role)"),
        ACCOUNTABILITIES(
                "accountabilities\\s*/\\s*responsibilities[^:]*|(?:main|principal|key|major)\\s+(?:duties|responsibilities|accountabilities)[^:]*|duties\\s+and\\s+responsibilities"),
        OPTIONAL("individuals\\s+in\\s+this\\s+role\\s+may\\s+also"),
        ADDITIONAL(
                "additional\\s+supporting\\s+information[^:.]*|person\\s+specification|qualifications(?:\\s+and\\s+experience)?|knowledge,?\\s+skills(?:\\s+and\\s+experience)?"),
        /** Labels that end a section and whose text is kept as free text: who, where, when. */
        OTHER(
                "prepared\\s+by|date|essential\\s+car\\s+user|location|contract(?:\\s+times)?|hours|responsible\\s+to|reporting\\s+to|line\\s+manager");

        private final Pattern label;

        Field(String label) {
            this.label = Pattern.compile(
                    "(?i)^(?:" + label + ")(?:\\s*(?:[:/\\t.]|$)|(?-i:(?<=\\p{Ll})(?=\\p{Lu})))\\s*(.*)$");
        }
    }

    private static final Pattern SEPARATED = Pattern.compile("(?s)^[^:/\\t]*[:/\\t].*");
    /** The words a label can start with; other lines are never tried against the labels. */
    private static final java.util.Set<String> LABEL_WORDS = java.util.Set.of(
            "post",
            "job",
            "role",
            "title",
            "grade",
            "grading",
            "salary",
            "pay",
            "staff",
            "scope",
            "main",
            "overall",
            "purpose",
            "accountabilities",
            "principal",
            "major",
            "key",
            "duties",
            "individuals",
            "additional",
            "person",
            "qualifications",
            "knowledge",
            "prepared",
            "date",
            "essential",
            "location",
            "contract",
            "hours",
            "responsible",
            "reporting",
            "line");

    record Label(Field field, String text, String rest, int lastLine) {}

    /** A label at this line, over up to three short lines when an export split it. */
    static @Nullable Label at(List<String> lines, int start) {
        String word = firstWord(lines.get(start));
        if (word == null || !LABEL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
            return null;
        }
        StringBuilder joined = new StringBuilder();
        int parts = 0;
        for (int i = start; i < lines.size() && parts < 3; i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            joined.append(parts == 0 ? "" : " ").append(text);
            parts++;
            for (Field field : Field.values()) {
                Matcher matcher = field.label.matcher(joined);
                if (matcher.matches() && acceptable(field, joined.toString(), matcher.group(1), glued(matcher))) {
                    return new Label(field, joined.toString(), matcher.group(1).strip(), i);
                }
            }
            if (text.contains(":") || text.split("\\s+").length > 2) {
                return null;
            }
        }
        return null;
    }

    /**
     * The first word: from the first upper- or lower-case letter, its run of capitals and then its
     * run of small letters, so that it ends where a glued label ends and its value begins
     * ("GradeScale 2" gives "Grade", "JOB TITLE" gives "JOB"); null without a letter. Every line of a
     * document is tried, so this is a plain scan rather than a regular expression.
     */
    static @Nullable String firstWord(String line) {
        int start = 0;
        while (start < line.length() && !upper(line, start) && !lower(line, start)) {
            start += Character.charCount(line.codePointAt(start));
        }
        if (start == line.length()) {
            return null;
        }
        int end = start;
        while (end < line.length() && upper(line, end)) {
            end += Character.charCount(line.codePointAt(end));
        }
        while (end < line.length() && lower(line, end)) {
            end += Character.charCount(line.codePointAt(end));
        }
        return line.substring(start, end);
    }

    private static boolean upper(String line, int at) {
        return Character.getType(line.codePointAt(at)) == Character.UPPERCASE_LETTER;
    }

    private static boolean lower(String line, int at) {
        return Character.getType(line.codePointAt(at)) == Character.LOWERCASE_LETTER;
    }

    /** A bare "Grade 5" is not a label; a heading word alone with a long sentence after it is text. */
    private static boolean acceptable(Field field, String line, String rest, boolean glued) {
        boolean separated = SEPARATED.matcher(line).matches() || rest.isEmpty() || glued;
        return separated && (isSingle(field) ? words(rest) <= SINGLE_WORDS : true);
    }

    /** A table flattened without a separator: the value starts, capitalised, right after the label ("Job TitleCook"). */
    private static boolean glued(Matcher label) {
        int at = label.start(1);
        CharSequence line = label.group(0);
        return at > 0
                && at < line.length()
                && Character.isLowerCase(line.charAt(at - 1))
                && Character.isUpperCase(line.charAt(at));
    }

    /** The most words a title, a grade or a staff responsibility is written in; more is a sentence of text. */
    static final int SINGLE_WORDS = 12;

    static int words(String text) {
        return text.strip().split("\\s+").length;
    }

    static boolean isSingle(Field field) {
        return field == Field.TITLE || field == Field.GRADE || field == Field.STAFF;
    }
}
