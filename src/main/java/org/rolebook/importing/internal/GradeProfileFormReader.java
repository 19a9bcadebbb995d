package org.rolebook.importing.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.Grade;
import org.rolebook.framework.GradeProfile;
import org.rolebook.framework.GradeProfileDocument;
import org.rolebook.framework.SourceDocument;
import org.rolebook.framework.StandardStatement;
import org.rolebook.framework.TextBlock;
import org.rolebook.importing.ImportReport;
import org.rolebook.importing.ImportReport.Fact;
import org.rolebook.importing.Problem;
import org.rolebook.importing.Unplaced;

/**
 * Reads the framework part of a role profile form exported as text: the employer named on its
 * first line, the standard statements that follow the guidance disclaimer, and the generic grade
 * profile at its end ("Grade Profile - Level Five – Operative / Support (Grade 5)").
 */
public final class GradeProfileFormReader {

    public static final String KIND = "role profile form";
    private static final Pattern FORM_MARK =
            Pattern.compile("(?i)role\\s+profile\\s*[-–—]?\\s*operational\\s+context\\s+form");
    private static final Pattern PROFILE_HEADING = Pattern.compile(
            "(?i)^grade\\s+profile\\s*[-–—]\\s*(level\\s+\\S+)\\s*[-–—]\\s*(.+?)\\s*\\((grade\\s*\\d{1,2})\\)\\s*$");
    private static final Pattern DISCLAIMER = Pattern.compile("(?i)^the above form sets out");
    private static final Pattern BULLET = Pattern.compile("^[·•*]");

    enum Section {
        PURPOSE("(level\\s+\\S+\\s+)?purpose"),
        SCOPE("scope\\s+of\\s+work"),
        ACCOUNTABILITIES("accountabilities\\s*/\\s*responsibilities"),
        SKILLS("skills,?\\s+knowledge,?\\s+(and|&)\\s+experience"),
        MEASURES("performance\\s+measures");

        private final Pattern label;

        Section(String label) {
            this.label = Pattern.compile("(?i)^" + label + "$");
        }
    }

    private final String fileName;
    private final List<String> lines;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final List<Unplaced> unplaced = new ArrayList<>();
    private final List<Fact> recognised = new ArrayList<>();

    private GradeProfileFormReader(String fileName, String text) {
        this.fileName = fileName;
        this.lines = Lines.of(text);
    }

    public static boolean recognises(String text) {
        return FORM_MARK
                .matcher(text.lines().limit(10).reduce("", (a, b) -> a + " " + b))
                .find();
    }

    public static Reading<GradeProfileDocument> read(String fileName, String text) {
        return new GradeProfileFormReader(fileName, text).read(text);
    }

    private Reading<GradeProfileDocument> read(String text) {
        String employer = employer();
        int disclaimer = indexOf(DISCLAIMER);
        int heading = indexOf(PROFILE_HEADING);
        if (disclaimer >= 0) {
            warnings.add(Problem.at(
                    "role profile",
                    1,
                    null,
                    "lines 1–%d hold this post's own fields, reported above; the rest is the framework part of the form (standard statements and grade profile), which goes to the catalogue; the import keeps the whole document"
                            .formatted(disclaimer + 1)));
        }
        List<StandardStatement> statements =
                disclaimer < 0 ? List.of() : statements(disclaimer + 1, heading < 0 ? lines.size() : heading);
        GradeProfile profile = heading < 0 ? null : gradeProfile(heading);
        if (heading < 0) {
            errors.add(Problem.of(
                    "grade profile",
                    "no heading such as \"Grade Profile - Level Five – Operative / Support (Grade 5)\" was found"));
        }
        if (statements.isEmpty()) {
            warnings.add(Problem.of("standard statements", "none found after the guidance disclaimer"));
        }
        ImportReport report = new ImportReport(fileName, KIND, recognised, List.of(), errors, warnings, unplaced, null);
        if (!errors.isEmpty() || profile == null) {
            return new Reading<>(report, null);
        }
        return new Reading<>(
                report,
                new GradeProfileDocument(
                        employer,
                        disclaimer < 0 ? null : lines.get(disclaimer).strip(),
                        List.of(profile),
                        statements,
                        new SourceDocument(fileName, KIND, text)));
    }

    private @Nullable String employer() {
        for (String line : lines) {
            if (!line.isBlank()) {
                if (FORM_MARK.matcher(line).find()) {
                    return null;
                }
                recognised.add(new Fact("employer", line.strip()));
                return line.strip();
            }
        }
        return null;
    }

    private int indexOf(Pattern pattern) {
        for (int i = 0; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i).strip()).find()) {
                return i;
            }
        }
        return -1;
    }

    private List<StandardStatement> statements(int from, int to) {
        List<StandardStatement> statements = new ArrayList<>();
        String title = null;
        List<String> body = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (isHeading(line)) {
                addStatement(statements, title, body);
                title = line;
                body = new ArrayList<>();
            } else if (title == null) {
                unplaced.add(new Unplaced(i + 1, line));
                warnings.add(Problem.at(
                        "standard statements",
                        i + 1,
                        null,
                        "text before the first statement heading; kept as unplaced text"));
            } else {
                body.add(line);
            }
        }
        addStatement(statements, title, body);
        return statements;
    }

    private void addStatement(List<StandardStatement> statements, @Nullable String title, List<String> body) {
        if (title == null) {
            return;
        }
        if (body.isEmpty()) {
            warnings.add(Problem.of("standard statements", "\"" + title + "\" has no text"));
        }
        statements.add(new StandardStatement(title, new TextBlock(String.join("\n", body))));
        recognised.add(new Fact("standard statement", title));
    }

    private static boolean isHeading(String line) {
        return line.split("\\s+").length <= 6
                && !line.matches(".*[.:;,]$")
                && !BULLET.matcher(line).find()
                && Character.isUpperCase(line.codePointAt(0));
    }

    private @Nullable GradeProfile gradeProfile(int headingIndex) {
        String heading = lines.get(headingIndex).strip();
        Matcher matcher = PROFILE_HEADING.matcher(heading);
        matcher.find();
        Grade grade = Grade.parse(matcher.group(3)).orElse(null);
        if (grade == null) {
            errors.add(Problem.at("grade", headingIndex + 1, matcher.group(3), "not a grade number"));
            return null;
        }
        recognised.add(new Fact("grade profile", heading));
        Map<Section, List<String>> sections = new EnumMap<>(Section.class);
        Section current = null;
        for (int i = headingIndex + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            Section section = sectionOf(line);
            if (section != null) {
                current = section;
                sections.putIfAbsent(section, new ArrayList<>());
            } else if (current == null) {
                unplaced.add(new Unplaced(i + 1, line));
                warnings.add(Problem.at(
                        "grade profile", i + 1, null, "text before the first section; kept as unplaced text"));
            } else {
                sections.get(current).add(line);
            }
        }
        for (Section section : Section.values()) {
            if (!sections.containsKey(section)) {
                warnings.add(Problem.at(
                        "grade profile",
                        headingIndex + 1,
                        section.name().toLowerCase(Locale.ROOT),
                        "the grade profile has no such section"));
            }
        }
        return new GradeProfile(
                grade,
                heading,
                capitalised(matcher.group(1)),
                matcher.group(2).strip(),
                block(sections, Section.PURPOSE),
                block(sections, Section.SCOPE),
                block(sections, Section.ACCOUNTABILITIES),
                block(sections, Section.SKILLS),
                block(sections, Section.MEASURES));
    }

    private static @Nullable Section sectionOf(String line) {
        for (Section section : Section.values()) {
            if (section.label.matcher(line).matches()) {
                return section;
            }
        }
        return null;
    }

    private static TextBlock block(Map<Section, List<String>> sections, Section section) {
        return new TextBlock(String.join("\n", sections.getOrDefault(section, List.of())));
    }

    private static String capitalised(String words) {
        String collapsed = words.strip().replaceAll("\\s+", " ");
        return Character.toUpperCase(collapsed.charAt(0)) + collapsed.substring(1);
    }
}
