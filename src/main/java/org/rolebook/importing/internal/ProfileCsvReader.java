package org.rolebook.importing.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rolebook.importing.ImportReport;
import org.rolebook.importing.ImportReport.Fact;
import org.rolebook.importing.Problem;
import org.rolebook.importing.StatedDate;
import org.rolebook.roleprofile.ProfileCsv;

/**
 * Reads role profiles from CSV with the header of {@link ProfileCsv#HEADER} (the columns of
 * where a profile stood, {@link ProfileCsv#STANDING}, may be left out): one profile per row, list fields one item per line within the quoted cell.
 */
public final class ProfileCsvReader {

    public static final String KIND = "role profiles (CSV)";
    private static final List<String> REQUIRED = ProfileCsv.HEADER.subList(0, 12);

    /** One row: the school by URN and the fields as written. */
    public record Row(
            int line,
            String schoolUrn,
            String postTitle,
            String family,
            String grade,
            String staffResponsibility,
            String essentialCarUser,
            String scope,
            List<String> accountabilities,
            List<String> optionalDuties,
            List<String> additionalInformation,
            String preparedBy,
            String date) {}

    private ProfileCsvReader() {}

    /** Whether the text starts with the role profile CSV header. */
    public static boolean recognises(String text) {
        String first = text.lines().findFirst().orElse("").strip().toLowerCase(java.util.Locale.ROOT);
        return first.startsWith("school_urn,post_title");
    }

    /** The rows, with every problem of each reported, unless the file cannot be read as rows at all. */
    public static Reading<List<Row>> read(String fileName, String text) {
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
                .setAllowMissingColumnNames(true)
                .setTrim(false)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(headerInLowerCase(text)), format)) {
            List<String> header = parser.getHeaderNames();
            List<String> missing =
                    REQUIRED.stream().filter(column -> !header.contains(column)).toList();
            if (!missing.isEmpty()) {
                errors.add(Problem.at("header", 1, String.join(",", header), "missing columns " + missing));
            }
            for (int column = 0; column < header.size(); column++) {
                if (header.get(column).isBlank()) {
                    errors.add(Problem.at(
                            "header",
                            1,
                            null,
                            "column %d has no name; name it as a column of a role profile CSV, or take it out"
                                    .formatted(column + 1)));
                }
            }
            header.stream()
                    .filter(column -> !column.isBlank())
                    .filter(column -> java.util.Collections.frequency(header, column) > 1)
                    .distinct()
                    .forEach(column -> errors.add(Problem.at(
                            "header",
                            1,
                            column,
                            "the column is given %d times; give each column once"
                                    .formatted(java.util.Collections.frequency(header, column)))));
            header.stream()
                    .filter(column -> !column.isBlank() && !ProfileCsv.HEADER.contains(column))
                    .forEach(column -> errors.add(Problem.at(
                            "header", 1, column, "not a column of a role profile CSV; nothing may be dropped")));
            if (errors.isEmpty()) {
                // a record starts on the line after the one the previous record (or the header) ended on;
                // a quoted cell may run over several lines, so the parser's line after a record is its last
                long endOfPrevious = parser.getCurrentLineNumber();
                int workflow = 0;
                List<Integer> blank = new ArrayList<>();
                for (CSVRecord record : parser) {
                    if (record.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                        // a line with no cell written (the blank line a spreadsheet leaves at the end): no profile
                        blank.add((int) endOfPrevious + 1);
                        endOfPrevious = parser.getCurrentLineNumber();
                        continue;
                    }
                    rows.add(row(record, (int) endOfPrevious + 1, errors, warnings));
                    endOfPrevious = parser.getCurrentLineNumber();
                    workflow += ProfileCsv.STANDING.stream()
                                    .allMatch(column -> cell(record, column).isBlank())
                            ? 0
                            : 1;
                }
                if (!blank.isEmpty()) {
                    warnings.add(Problem.at(
                            "row",
                            blank.getFirst(),
                            null,
                            "%d line(s) with no cell written (line %s) hold no profile and are passed over"
                                    .formatted(
                                            blank.size(),
                                            String.join(
                                                    ", ",
                                                    blank.stream()
                                                            .limit(10)
                                                            .map(String::valueOf)
                                                            .toList()))));
                }
                if (workflow > 0) {
                    warnings.add(Problem.at(
                            "status",
                            1,
                            null,
                            ("%d row(s) give where a profile stood (%s): that is not imported, as every imported"
                                            + " profile is stored as a new draft, version 1, to go through submission"
                                            + " and approval here")
                                    .formatted(workflow, String.join(", ", ProfileCsv.STANDING))));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            errors.add(Problem.of("file", "not readable as CSV: " + unreadable(e)));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(Problem.of("file", "the CSV has a header but no profiles"));
        }
        List<Fact> facts = List.of(new Fact("role profiles", String.valueOf(rows.size())));
        ImportReport report = new ImportReport(fileName, KIND, facts, List.of(), errors, warnings, List.of(), null);
        boolean unreadable = errors.stream()
                .anyMatch(error -> List.of("header", "file", "row").contains(error.field()));
        return new Reading<>(report, unreadable ? null : rows);
    }

    /** A row of the file; {@code line} is the line of the file it starts on. */
    private static Row row(CSVRecord record, int line, List<Problem> errors, List<Problem> warnings) {
        if (!record.isConsistent()) {
            errors.add(Problem.at(
                    "row",
                    line,
                    null,
                    "has %d cells; the header has %d"
                            .formatted(
                                    record.size(),
                                    record.getParser().getHeaderNames().size())));
        }
        Row row = new Row(
                line,
                cell(record, "school_urn").strip(),
                cell(record, "post_title"),
                cell(record, "family"),
                cell(record, "grade"),
                cell(record, "staff_responsibility"),
                cell(record, "essential_car_user"),
                cell(record, "scope"),
                items(cell(record, "accountabilities")),
                items(cell(record, "optional_duties")),
                items(cell(record, "additional_information")),
                cell(record, "prepared_by"),
                cell(record, "date"));
        if (row.postTitle().isBlank()) {
            errors.add(Problem.at("post_title", line, null, "the row has no post title"));
        }
        if (row.grade().isBlank()) {
            errors.add(Problem.at("grade", line, null, "the row has no grade"));
        }
        if (row.schoolUrn().isBlank()) {
            errors.add(Problem.at("school_urn", line, null, "the row names no school"));
        }
        if (!row.date().isBlank() && !StatedDate.read(row.date()).isValid()) {
            errors.add(Problem.at(
                    "date",
                    line,
                    row.date(),
                    "not a date that exists; the text is kept as written and the profile needs a corrected date"));
        }
        return row;
    }

    private static String cell(CSVRecord record, String column) {
        return record.isSet(column) ? ProfileCsv.asWritten(record.get(column)) : "";
    }

    /** The text with its header line in lower case ("School_URN" is school_urn); the rows as they are. */
    private static String headerInLowerCase(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.toLowerCase(java.util.Locale.ROOT) + (end < 0 ? "" : text.substring(end));
    }

    /** Why the file cannot be read as CSV, in words: a quote never closed, most often. */
    private static String unreadable(Exception e) {
        String said = String.valueOf(e.getMessage());
        var start = java.util.regex.Pattern.compile("\\(startline (\\d+)\\)").matcher(said);
        if (said.contains("EOF reached before encapsulated token finished") && start.find()) {
            return "a quoted cell that starts on line " + start.group(1)
                    + " is never closed: its closing \" is missing";
        }
        // the parser's own words, without the name of its class
        return said.replaceFirst("^[\\w.]+Exception: ", "");
    }

    private static List<String> items(String cell) {
        return Arrays.stream(cell.split("\\R"))
                .map(ProfileCsv::asWritten)
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }
}
