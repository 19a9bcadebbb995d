package org.rolebook.roleprofile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a role profile says, as its author wrote it: one version of the Operational Context Form.
 * Text is kept exactly as typed; {@link #problems()} says which fields need putting right.
 *
 * @param dateAsWritten the date as written, such as "31/02/23"; {@link #date()} is the date it means
 */
public record ProfileContent(
        String postTitle,
        String familySlug,
        int grade,
        String staffResponsibility,
        String essentialCarUser,
        String scope,
        List<String> accountabilities,
        List<String> optionalDuties,
        List<String> additionalInformation,
        String preparedBy,
        String dateAsWritten) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_ITEMS = 60;
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\R");

    private static final List<DateTimeFormatter> DATE_FORMS = List.of(
            DateTimeFormatter.ofPattern("d/M/uu", Locale.UK),
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK),
            DateTimeFormatter.ISO_LOCAL_DATE);

    public ProfileContent {
        postTitle = postTitle.strip();
        familySlug = familySlug.strip();
        staffResponsibility = yesOrNo(staffResponsibility.strip());
        essentialCarUser = yesOrNo(essentialCarUser.strip());
        scope = scope.strip();
        accountabilities = items(accountabilities);
        optionalDuties = items(optionalDuties);
        additionalInformation = items(additionalInformation);
        preparedBy = preparedBy.strip();
        dateAsWritten = dateAsWritten.strip();
    }

    /** The same content at another grade, as a grading panel may decide it; every other field as it was. */
    public ProfileContent withGrade(int decided) {
        return new ProfileContent(
                postTitle,
                familySlug,
                decided,
                staffResponsibility,
                essentialCarUser,
                scope,
                accountabilities,
                optionalDuties,
                additionalInformation,
                preparedBy,
                dateAsWritten);
    }

    /** The date the form states, when it is a date that exists, from the year 1900 on ("01/01/0000" is no date of a form). */
    public @Nullable LocalDate date() {
        LocalDate date = calendarDate();
        return date == null || date.getYear() < 1900 ? null : date;
    }

    private @Nullable LocalDate calendarDate() {
        for (DateTimeFormatter form : DATE_FORMS) {
            try {
                return LocalDate.parse(dateAsWritten, form.withResolverStyle(ResolverStyle.STRICT));
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        return null;
    }

    /** Every field that is missing, too long or not what it says it is. */
    public List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        if (postTitle.isEmpty()) {
            problems.add(new FieldError("postTitle", "Enter the post title"));
        } else if (postTitle.length() > MAX_TITLE) {
            problems.add(new FieldError("postTitle", "The post title must be " + MAX_TITLE + " characters or fewer"));
        }
        if (familySlug.isEmpty()) {
            problems.add(new FieldError("familySlug", "Choose the job family"));
        }
        if (grade < 1 || grade > 99) {
            problems.add(new FieldError("grade", "Choose the grade"));
        }
        yesNo(problems, "staffResponsibility", "staff responsibility", staffResponsibility);
        yesNo(problems, "essentialCarUser", "essential car user", essentialCarUser);
        tooLong(problems, "scope", "The scope of role", scope);
        tooLong(problems, "preparedBy", "Prepared by", preparedBy);
        list(problems, "accountabilities", accountabilities);
        list(problems, "optionalDuties", optionalDuties);
        list(problems, "additionalInformation", additionalInformation);
        control(problems, "postTitle", "the post title", List.of(postTitle));
        control(problems, "staffResponsibility", "staff responsibility", List.of(staffResponsibility));
        control(problems, "essentialCarUser", "essential car user", List.of(essentialCarUser));
        control(problems, "scope", "the scope of role", List.of(scope));
        control(problems, "accountabilities", "an accountability", accountabilities);
        control(problems, "optionalDuties", "an optional duty", optionalDuties);
        control(problems, "additionalInformation", "the additional information", additionalInformation);
        control(problems, "preparedBy", "prepared by", List.of(preparedBy));
        control(problems, "date", "the date", List.of(dateAsWritten));
        if (!dateAsWritten.isEmpty() && date() == null) {
            problems.add(new FieldError(
                    "date",
                    calendarDate() != null
                            ? "\"" + dateAsWritten + "\" is not the date of a form; give the year it was prepared"
                            : dateAsWritten.matches("\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2}")
                                    ? "\"" + dateAsWritten + "\" is not a date that exists; enter it as day/month/year"
                                    : "\"" + dateAsWritten + "\" is not written as day/month/year, such as 28/02/23"));
        }
        return problems;
    }

    private static void control(List<FieldError> problems, String field, String name, List<String> texts) {
        for (String text : texts) {
            org.rolebook.framework.ControlCharacters.first(text)
                    .ifPresent(at -> problems.add(new FieldError(
                            field,
                            "Remove the control character (" + at + ") from " + name + "; it is no part of any text")));
        }
    }

    private static void yesNo(List<FieldError> problems, String field, String name, String value) {
        if (!value.isEmpty() && !value.equalsIgnoreCase("yes") && !value.equalsIgnoreCase("no")) {
            problems.add(new FieldError(field, "Answer yes or no for " + name + ", not \"" + value + "\""));
        }
    }

    private static void tooLong(List<FieldError> problems, String field, String name, String value) {
        if (value.length() > MAX_TEXT) {
            problems.add(new FieldError(field, name + " must be " + MAX_TEXT + " characters or fewer"));
        }
    }

    private static void list(List<FieldError> problems, String field, List<String> items) {
        if (items.size() > MAX_ITEMS) {
            problems.add(new FieldError(field, "At most " + MAX_ITEMS + " items"));
        }
        // each item named as the form labels it ("Accountability 3")
        String item = switch (field) {
            case "accountabilities" -> "Accountability";
            case "optionalDuties" -> "Duty";
            default -> "Item";
        };
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).length() > MAX_TEXT) {
                problems.add(
                        new FieldError(field, item + " " + (i + 1) + " must be " + MAX_TEXT + " characters or fewer"));
            }
            // an item is one line of the form, and one line of its cell in a CSV export
            if (LINE_BREAK.matcher(items.get(i)).find()) {
                problems.add(new FieldError(
                        field, item + " " + (i + 1) + " has a line break: make each line an item of its own"));
            }
        }
    }

    /** A yes or no answer as the form writes it ("Yes", "No") however it was typed; any other text as it is. */
    private static String yesOrNo(String answer) {
        return answer.equalsIgnoreCase("yes") ? "Yes" : answer.equalsIgnoreCase("no") ? "No" : answer;
    }

    private static List<String> items(List<String> items) {
        return items.stream().map(String::strip).filter(item -> !item.isEmpty()).toList();
    }
}
