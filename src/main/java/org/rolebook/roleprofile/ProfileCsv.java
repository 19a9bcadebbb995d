package org.rolebook.roleprofile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Role profiles as CSV, one profile per row: the header below, list fields with one item per line
 * inside their quoted cell. A cell that a spreadsheet would run as a formula (starting with =, +,
 * -, @, tab or carriage return) is written with a leading apostrophe, which the importer removes.
 */
public final class ProfileCsv {

    public static final List<String> HEADER = List.of(
            "school_urn",
            "post_title",
            "family",
            "grade",
            "staff_responsibility",
            "essential_car_user",
            "scope",
            "accountabilities",
            "optional_duties",
            "additional_information",
            "prepared_by",
            "date",
            "status",
            "version");

    private ProfileCsv() {}

    public static void write(Writer out, List<RoleProfile> profiles) {
        try (CSVPrinter printer = CSVFormat.RFC4180
                .builder()
                .setHeader(HEADER.toArray(String[]::new))
                .get()
                .print(out)) {
            for (RoleProfile profile : profiles) {
                ProfileContent c = profile.content();
                printer.printRecord(List.of(
                                profile.school().urn(),
                                c.postTitle(),
                                c.familySlug(),
                                String.valueOf(c.grade()),
                                c.staffResponsibility(),
                                c.essentialCarUser(),
                                c.scope(),
                                String.join("\n", c.accountabilities()),
                                String.join("\n", c.optionalDuties()),
                                String.join("\n", c.additionalInformation()),
                                c.preparedBy(),
                                c.dateAsWritten(),
                                profile.status().name(),
                                String.valueOf(profile.currentVersion()))
                        .stream()
                        .map(ProfileCsv::inert)
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell a spreadsheet will show as text, never run. */
    public static String inert(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** The cell as written before {@link #inert} protected it. */
    public static String asWritten(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1)
                : cell;
    }
}
