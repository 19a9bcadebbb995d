package org.rolebook.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A date as a document states it, beside the date it means when it means one: "31/02/23" is
 * kept as written, with no date.
 */
public record StatedDate(String asWritten, @Nullable LocalDate date) {

    private static final List<DateTimeFormatter> FORMS = List.of(
            DateTimeFormatter.ofPattern("d/M/uu", Locale.UK),
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d.M.uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK),
            DateTimeFormatter.ISO_LOCAL_DATE);

    public StatedDate {
        asWritten = asWritten.strip();
    }

    /** Reads the date strictly: a day that the month does not have gives no date. */
    public static StatedDate read(String asWritten) {
        String text = asWritten.strip();
        for (DateTimeFormatter form : FORMS) {
            try {
                return new StatedDate(text, LocalDate.parse(text, form.withResolverStyle(ResolverStyle.STRICT)));
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        return new StatedDate(text, null);
    }

    public boolean isValid() {
        return date != null;
    }
}
