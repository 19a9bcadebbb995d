package org.rolebook.matching;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The post title of a job description read as text: where to find it, and where it ends. */
final class TitleLines {

    private static final Pattern INLINE_TITLE = Pattern.compile(
            "(?i)(?:\\b(?:post|job)\\s+title\\s*[:/]|^post\\s*:|^title\\s+of\\s+(?:the\\s+)?(?:post|job)\\s*[:/]?(?=(?-i:\\p{Lu})))"
                    + "\\s*(.+?)(?=\\s+(?-i:\\p{Lu})\\p{L}+\\s*:|$)");
    private static final Pattern HEADING = Pattern.compile(
            "(?i).*\\b(?:job description|person specification|role profile|operational context|job details|council|county|borough|based on)\\b.*");

    private TitleLines() {}

    /**
     * A title as a flattened table gives it, without the next cell's label and what follows:
     * "ICT Technician (Secondary School) / JOB REF NO / AAAE5011" is "ICT Technician (Secondary School)",
     * "Caretaker / Directorate:" is "Caretaker", "Breakfast Club Assistant Hours/week: 7.5" is
     * "Breakfast Club Assistant".
     */
    static String withoutNextLabel(String written) {
        String value = INLINE_LABEL
                .matcher(written.strip().replaceFirst("^[/:|]\\s*", ""))
                .replaceFirst("")
                .strip();
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

    /** The next label of the same line and all after it: "Hours/week: 7.5 Job Purpose:", "Grade: 6". */
    private static final Pattern INLINE_LABEL = Pattern.compile(
            "(?i)\\s+(?:[/|]\\s*)?(?:(?:job|post)\\s+)?(?:hours|grade|salary|pay|location|department|directorate|purpose|"
                    + "responsible\\s+to|reports?\\s+to|reporting\\s+to|contract|term|weeks|ref(?:erence)?|start\\s+date)"
                    + "(?:/\\p{L}+)?\\s*:.*$");

    private static final Pattern NEXT_LABEL = Pattern.compile(
            "(?i)(?:.*:|(?:job\\s+|post\\s+)?(?:ref(?:erence)?|no\\.?|number|grade|directorate|department|division|"
                    + "location|service(?:\\s+area)?|section|hours|salary)\\b.*)");

    /**
     * Without a title label: an inline "Post title: …", else the title a "Job description" heading
     * names ("Job Description – Lunchtime Supervisor", "Examinations Officer job description", or
     * the line under the heading), else the first short line that names a role, else the first short
     * line that is not a heading. A school's or council's name, another label's line, a page's
     * navigation ("Skip to main content") and a section heading are never the title.
     */
    static String first(List<String> lines) {
        for (String line : lines) {
            Matcher inline = INLINE_TITLE.matcher(line);
            if (inline.find()) {
                return words(inline.group(1), 8);
            }
        }
        List<String> top = lines.stream()
                .map(line -> LEADING_MARKS.matcher(line.strip()).replaceFirst(""))
                .filter(line -> !line.isEmpty())
                .limit(TOP)
                .toList();
        return namedByHeading(top)
                .or(() -> top.stream()
                        .map(TitleLines::beforeDash)
                        .filter(text -> candidate(text) && ROLE.matcher(text).find())
                        .findFirst())
                .or(() -> lines.stream()
                        .map(TitleLines::beforeDash)
                        .filter(text -> candidate(text)
                                && !LONE_WORD_OR_DATE.matcher(text).matches())
                        .findFirst())
                .orElse("");
    }

    /** "Job Description – Lunchtime Supervisor", "Exams Officer job description", or the line under "JOB DESCRIPTION". */
    private static Optional<String> namedByHeading(List<String> top) {
        for (int i = 0; i < top.size(); i++) {
            Matcher before = BEFORE_HEADING.matcher(top.get(i));
            if (before.matches()
                    && candidate(before.group(1))
                    && ROLE.matcher(before.group(1)).find()) {
                return Optional.of(before.group(1).strip());
            }
            Matcher named = NAMED_BY_HEADING.matcher(top.get(i));
            if (named.find()) {
                String title = (named.group(1) != null ? named.group(1) : named.group(2))
                        .split("\\s+\\d{1,2}[.)]\\s+")[0].strip();
                if (candidate(title)
                        && (ROLE.matcher(title).find()
                                || !LONE_WORD_OR_DATE.matcher(title).matches())) {
                    return Optional.of(title);
                }
            }
            if (JOB_DESCRIPTION.matcher(top.get(i)).matches() && i + 1 < top.size() && candidate(top.get(i + 1))) {
                return Optional.of(top.get(i + 1));
            }
        }
        return Optional.empty();
    }

    private static String beforeDash(String line) {
        return line.strip().split("\\s+[-–|]\\s+")[0].strip();
    }

    /**
     * A short line that could be a post title: not a heading, an organisation, a label's line, a
     * page's navigation, nor a sentence or a piece of one (a full stop at the end, a pronoun for its
     * subject, a lower-case start unless it ends with the role).
     */
    private static boolean candidate(String text) {
        return !text.isEmpty()
                && text.split("\\s+").length <= 8
                && Character.isLetter(text.charAt(0))
                && (Character.isUpperCase(text.charAt(0)) || endsWithRole(text))
                && !text.endsWith(".")
                && !SENTENCE_SUBJECT.matcher(text).lookingAt()
                && !text.contains(":")
                && !HEADING.matcher(text).matches()
                && !SECTION.matcher(text).find()
                && !ORGANISATION.matcher(text).find()
                && !NAVIGATION.matcher(text).matches();
    }

    /**
     * A sentence's subject at the start: "We have a team of thirty invigilators", "I manage the
     * library"; in its letters' case, so that "IT Technician" is a title.
     */
    private static final Pattern SENTENCE_SUBJECT =
            Pattern.compile("(?:[Ii]|[Ww]e|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he|[Ii]t|[Oo]ur|[Mm]y|[Yy]our|[Tt]heir)\\b");

    /**
     * Not a title without a role's word: one word ("Oxfordshire", "Full"), a line with a number
     * ("November 2023", "Fixed-Term 1 year") or the terms of a contract ("Full Time, Fixed Term").
     */
    private static final Pattern LONE_WORD_OR_DATE = Pattern.compile(
            "(?i)\\S+|.*\\d.*|.*\\b(?:full|part)[- ]time\\b.*|.*\\b(?:fixed[- ]term|permanent|temporary|term[- ]time)\\b.*");

    /** "Designated Safeguarding Lead – Job Description – November 2023": the title before the heading. */
    private static final Pattern BEFORE_HEADING =
            Pattern.compile("(?i)^(\\S.*?)\\s+[-–—|:]\\s+(?:job\\s+description|role\\s+profile)s?\\b.*");

    /** "designated safeguarding lead (DSL)": a title written in lower case still ends with the role. */
    private static boolean endsWithRole(String text) {
        Matcher role = ROLE.matcher(text.replaceFirst("\\s*\\([^)]*\\)\\s*$", ""));
        boolean last = false;
        while (role.find()) {
            last = role.end() == role.regionEnd();
        }
        return last;
    }

    private static final Pattern LEADING_MARKS = Pattern.compile("^[:/|]+\\s*");

    /** How far down a document its title is looked for. */
    private static final int TOP = 25;

    private static final Pattern JOB_DESCRIPTION =
            Pattern.compile("(?i)^(?:model\\s+|example\\s+)?(?:job\\s+description|role\\s+profile)s?$");

    private static final Pattern NAMED_BY_HEADING = Pattern.compile(
            "(?i)(?:job\\s+description|role\\s+profile)s?(?:\\s+for(?:\\s+(?:an?|the))?|\\s*[-–—:|])\\s+(\\S.*)$"
                    + "|^(\\S.*?)\\s+(?:job\\s+description|role\\s+profile|job\\s+summary)$");

    /** The words UK post titles end with, or start with ("Head of …"). */
    private static final Pattern ROLE = Pattern.compile(
            "(?i)\\b(?:supervisors?|assistants?|officers?|managers?|technicians?|leaders?|lead|workers?|playworkers?|"
                    + "playleaders?|co-?ordinators?|mentors?|librarians?|caretakers?|matrons?|tutors?|administrators?|"
                    + "organisers?|organizers?|invigilators?|instructors?|coach(?:es)?|cooks?|chefs?|cleaners?|clerks?|"
                    + "secretar(?:y|ies)|advis[eo]rs?|practitioners?|specialists?|nurses?|keepers?|attendants?|"
                    + "receptionists?|bursars?|head\\s+of)\\b");

    private static final Pattern SECTION = Pattern.compile(
            "(?i)\\b(?:responsibilities|duties|summary|purpose|overview|specification|requirements|details|information|"
                    + "introduction|the\\s+role|about\\s+(?:us|the))\\b");

    private static final Pattern ORGANISATION = Pattern.compile(
            "(?i)(?:\\b(?:school|academy|college|council|trust|department|directorate|services|families|federation|"
                    + "institute|university)\\s*(?:,.*)?$|\\bcounty\\s+council\\b|\\bschool\\s+for\\b)");

    private static final Pattern NAVIGATION = Pattern.compile(
            "(?i)(?:skip\\s+to\\b.*|top\\s+of\\s+(?:the\\s+)?page|back\\s+to\\b.*|menu|home|search|.*\\bhome$|"
                    + "sign\\s+in|log\\s+in|apply(?:\\s+now)?|share|print|asap|.*\\bdays?\\s+remaining\\b.*|download\\b.*|"
                    + "(?:responsible|reporting|reports)\\s+to)");

    private static String words(String text, int most) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(most, words.length)))
                        .toLowerCase(Locale.ROOT)
                        .equals(text.strip().toLowerCase(Locale.ROOT))
                ? text.strip()
                : String.join(" ", java.util.Arrays.copyOf(words, Math.min(most, words.length)));
    }
}
