package org.rolebook.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.rolebook.audit.internal.AuditStore;

/** The audit log as CSV, one entry a row; a cell that could start a formula gets a leading apostrophe. */
final class AuditCsv {

    static final String[] HEADER = {"id", "at", "actor", "kind", "action", "subject", "summary", "before", "after"};

    private AuditCsv() {}

    static void write(AuditStore store, AuditQuery query, Writer out) throws IOException {
        try (CSVPrinter printer =
                CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
            try {
                store.each(query, entry -> {
                    try {
                        printer.printRecord(
                                entry.id(),
                                entry.at().toString(),
                                inert(entry.actor()),
                                entry.kind().code(),
                                inert(entry.action()),
                                inert(entry.subject()),
                                inert(entry.summary()),
                                inert(entry.before()),
                                inert(entry.after()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    static String inert(@Nullable String cell) {
        if (cell == null) {
            return "";
        }
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
