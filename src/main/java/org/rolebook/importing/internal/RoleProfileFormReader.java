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
import org.rolebook.importing.ImportReport;
import org.rolebook.importing.ImportReport.Fact;
import org.rolebook.importing.Problem;
import org.rolebook.importing.RoleProfileForm;
import org.rolebook.importing.StatedDate;
import org.rolebook.importing.Unplaced;

/**
 * Reads the post's own fields of a role profile form exported as text: labels such as "Post
 * title:" with the value on the same line or the lines after, labels split over lines ("Staff",
 * "responsibility:"), numbered accountabilities, bulleted optional duties and supporting
 * information, prepared by and date, up to the guidance disclaimer.
 */
public final class RoleProfileFormReader {

    private static final Pattern DISCLAIMER = Pattern.compile("(?i)^the above form sets out");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})[.)]\\s*(.*)$");
    private static final Pattern BULLET = Pattern.compile("^[·•*\\-–]\\s*(.*)$");

    private final List<String> lines;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final List<Unplaced> unplaced = new ArrayList<>();
    private final List<Fact> recognised = new ArrayList<>();
    private final Map<FormField, List<Line>> values = new EnumMap<>(FormField.class);

    private record Line(int number, String text) {}

    private RoleProfileFormReader(String text) {
        this.lines = FormField.splitAtLabels(Lines.of(text));
    }

    /** The post's fields and the report on them; the form is null when the title or grade is missing. */
    public static Reading<RoleProfileForm> read(String fileName, String text) {
        return new RoleProfileFormReader(text).read(fileName);
    }

    private Reading<RoleProfileForm> read(String fileName) {
        int end = firstLineMatching(DISCLAIMER);
        collect(end < 0 ? endAfterDate() : end);
        String employer = employer();
        String title = joined(FormField.POST_TITLE);
        String gradeText = joined(FormField.GRADE);
        Grade grade = Grade.parse(gradeText).orElse(null);
        StatedDate date = StatedDate.read(joined(FormField.DATE));
        List<String> accountabilities = numbered(FormField.ACCOUNTABILITIES);
        List<String> optional = bulleted(FormField.OPTIONAL_DUTIES);
        List<String> additional = bulleted(FormField.ADDITIONAL_INFORMATION);
        check(title, gradeText, grade, date, accountabilities);
        recognised.add(new Fact("post title", title));
        recognised.add(new Fact("grade", gradeText));
        recognised.add(new Fact("staff responsibility", joined(FormField.STAFF_RESPONSIBILITY)));
        recognised.add(new Fact("essential car user", joined(FormField.CAR_USER)));
        recognised.add(new Fact("accountabilities", String.valueOf(accountabilities.size())));
        recognised.add(new Fact("optional duties", String.valueOf(optional.size())));
        recognised.add(new Fact("additional supporting information", String.valueOf(additional.size())));
        recognised.add(new Fact("prepared by", joined(FormField.PREPARED_BY)));
        recognised.add(new Fact("date", date.asWritten()));
        ImportReport report = new ImportReport(
                fileName, GradeProfileFormReader.KIND, recognised, List.of(), errors, warnings, unplaced, null);
        if (title.isEmpty() || grade == null) {
            return new Reading<>(report, null);
        }
        String disclaimer = end < 0 ? "" : lines.get(end).strip();
        return new Reading<>(
                report,
                new RoleProfileForm(
                        employer,
                        title,
                        gradeText,
                        grade,
                        joined(FormField.STAFF_RESPONSIBILITY),
                        joined(FormField.CAR_USER),
                        joined(FormField.SCOPE),
                        accountabilities,
                        optional,
                        additional,
                        joined(FormField.PREPARED_BY),
                        date,
                        disclaimer));
    }

    private void check(
            String title, String gradeText, @Nullable Grade grade, StatedDate date, List<String> accountabilities) {
        if (title.isEmpty()) {
            errors.add(Problem.of("post title", "the form has no post title"));
        }
        if (gradeText.isEmpty()) {
            errors.add(Problem.of("grade", "the form states no grade"));
        } else if (grade == null) {
            errors.add(Problem.at(
                    "grade",
                    lineOf(FormField.GRADE),
                    gradeText,
                    "not a grade of this framework (expected such as \"Grade 5\")"));
        }
        if (!date.asWritten().isEmpty() && !date.isValid()) {
            errors.add(Problem.at(
                    "date",
                    lineOf(FormField.DATE),
                    date.asWritten(),
                    "not a date that exists; the text is kept as written and the profile needs a corrected date"));
        }
        if (accountabilities.isEmpty()) {
            warnings.add(Problem.of("accountabilities", "the form lists no accountabilities"));
        }
    }

    /** Gathers each label's lines, joining labels that the export split over lines. */
    private void collect(int end) {
        FormField current = null;
        for (int i = 0; i < end; i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            FormField.Labelled labelled = FormField.labelAt(lines, i, end);
            if (labelled != null) {
                current = labelled.field();
                values.computeIfAbsent(current, f -> new ArrayList<>());
                if (!labelled.rest().isEmpty()) {
                    values.get(current).add(new Line(i + 1, labelled.rest()));
                }
                i = labelled.lastLine();
            } else if (current != null) {
                values.get(current).add(new Line(i + 1, text));
            } else if (i > 1) {
                unplaced.add(new Unplaced(i + 1, text));
                warnings.add(Problem.at("text", i + 1, null, "text before the first field; kept as unplaced text"));
            }
        }
    }

    private String joined(FormField field) {
        return String.join(
                        " ",
                        values.getOrDefault(field, List.of()).stream()
                                .map(Line::text)
                                .toList())
                .strip();
    }

    private int lineOf(FormField field) {
        List<Line> found = values.getOrDefault(field, List.of());
        return found.isEmpty() ? 0 : found.getFirst().number();
    }

    private List<String> numbered(FormField field) {
        List<String> items = new ArrayList<>();
        for (Line line : values.getOrDefault(field, List.of())) {
            Matcher matcher = NUMBERED.matcher(line.text());
            if (matcher.matches()) {
                if (Integer.parseInt(matcher.group(1)) != items.size() + 1) {
                    warnings.add(Problem.at(
                            field.field(),
                            line.number(),
                            matcher.group(1),
                            "numbered out of order; kept in the order written"));
                }
                items.add(matcher.group(2).strip());
            } else if (items.isEmpty()) {
                items.add(line.text());
                warnings.add(Problem.at(field.field(), line.number(), null, "an unnumbered line; kept as an item"));
            } else {
                items.set(items.size() - 1, items.getLast() + " " + line.text());
            }
        }
        return items;
    }

    private List<String> bulleted(FormField field) {
        List<String> items = new ArrayList<>();
        for (Line line : values.getOrDefault(field, List.of())) {
            Matcher matcher = BULLET.matcher(line.text());
            if (matcher.matches()) {
                items.add(matcher.group(1).strip());
            } else if (items.isEmpty()) {
                items.add(line.text());
            } else {
                items.set(items.size() - 1, items.getLast() + " " + line.text());
            }
        }
        return items;
    }

    private @Nullable String employer() {
        for (String line : lines) {
            if (!line.isBlank()) {
                String text = line.strip();
                if (!text.toLowerCase(Locale.ROOT).contains("role profile")) {
                    recognised.add(new Fact("employer", text));
                    return text;
                }
                return null;
            }
        }
        return null;
    }

    /** Without the guidance disclaimer, the post's fields end with the date, the form's last field. */
    private int endAfterDate() {
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = FormField.DATE.label().matcher(lines.get(i).strip());
            if (matcher.matches()) {
                if (!matcher.group(1).isBlank()) {
                    return i + 1;
                }
                for (int j = i + 1; j < lines.size(); j++) {
                    if (!lines.get(j).isBlank()) {
                        return j + 1;
                    }
                }
            }
        }
        return lines.size();
    }

    private int firstLineMatching(Pattern pattern) {
        for (int i = 0; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i).strip()).find()) {
                return i;
            }
        }
        return -1;
    }
}
