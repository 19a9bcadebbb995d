package org.rolebook.roleprofile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Role profiles as CSV, one profile per row: the header below, list fields with one item per line
 * inside their quoted cell. After the profile's fields come where it stands, which an import does
 * not take: its status and version, its id, and the grade and version approved, which for a post
 * being revised are those in force, not the draft's. A cell that a spreadsheet would run as a formula (starting with =, +,
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
            "version",
            "id",
            "approved_grade",
            "approved_version");

    /** The columns after the profile's fields: where it stands here, which an import does not take. */
    public static final List<String> STANDING = HEADER.subList(12, HEADER.size());

    private ProfileCsv() {}

    /** Writes the profiles; {@code approvedGrade} gives each one's grade in force (null while none is approved). */
    public static void write(
            Writer out, List<RoleProfile> profiles, java.util.function.Function<RoleProfile, Integer> approvedGrade) {
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
                                String.valueOf(profile.currentVersion()),
                                String.valueOf(profile.id()),
                                profile.approvedVersion() == null ? "" : String.valueOf(approvedGrade.apply(profile)),
                                profile.approvedVersion() == null ? "" : String.valueOf(profile.approvedVersion()))
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
