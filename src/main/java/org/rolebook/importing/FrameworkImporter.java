package org.rolebook.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.rolebook.framework.CatalogueConflict;
import org.rolebook.framework.FrameworkCatalogue;
import org.rolebook.framework.StoreOutcome;
import org.rolebook.importing.internal.DocumentText;
import org.rolebook.importing.internal.DocxText;
import org.rolebook.importing.internal.FamilySummaryReader;
import org.rolebook.importing.internal.GradeProfileFormReader;
import org.rolebook.importing.internal.ProfileCsvReader;
import org.rolebook.importing.internal.Reading;
import org.rolebook.importing.internal.RoleProfileFormReader;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Imports framework documents: reads a file, reports what it recognised and what is wrong, and,
 * unless it is a dry run or the file has errors, stores it whole in the catalogue.
 */
@Service
public class FrameworkImporter {

    private final FrameworkCatalogue catalogue;
    private final ImportSettings settings;
    private final FormImporter posts;
    private final CsvImporter csv;

    FrameworkImporter(FrameworkCatalogue catalogue, ImportSettings settings, FormImporter posts, CsvImporter csv) {
        this.catalogue = catalogue;
        this.settings = settings;
        this.posts = posts;
        this.csv = csv;
    }

    public ImportReport importFile(Path path, boolean dryRun) {
        return importFile(path, dryRun ? ImportOptions.reportOnly() : ImportOptions.storeAll());
    }

    public ImportReport importFile(Path path, ImportOptions options) {
        return switch (readFile(path)) {
            case FileBytes.Read read -> importBytes(path.toString(), read.bytes(), options);
            case FileBytes.Refused refused -> refused.report();
        };
    }

    /**
     * Reads a role profile form file by the rules of import (size, encoding, fields) and stores
     * nothing: for rendering a form that is not in the catalogue.
     */
    public RoleProfileFormReading readRoleProfileForm(Path path) {
        return switch (readFile(path)) {
            case FileBytes.Read read -> readRoleProfileForm(path.toString(), read.bytes());
            case FileBytes.Refused refused -> RoleProfileFormReading.refused(refused.report());
        };
    }

    /** Reads a role profile form from its bytes, as {@link #readRoleProfileForm(Path)} does. */
    public RoleProfileFormReading readRoleProfileForm(String fileName, byte[] bytes) {
        if (bytes.length > settings.maxFileBytes()) {
            return RoleProfileFormReading.refused(ImportReport.unreadable(fileName, tooLarge(bytes.length)));
        }
        return switch (DocumentText.decode(bytes, settings.maxFileBytes())) {
            case DocumentText.Refused refused ->
                RoleProfileFormReading.refused(ImportReport.unreadable(fileName, refused.problem()));
            case DocumentText.Text text -> readForm(fileName, text.text());
        };
    }

    private RoleProfileFormReading readForm(String fileName, String text) {
        if (!GradeProfileFormReader.recognises(text)) {
            return RoleProfileFormReading.refused(
                    ImportReport.unreadable(
                            fileName,
                            Problem.of(
                                    "file",
                                    "not a role profile form: expected \"Role Profile - Operational Context Form\" near the top")));
        }
        Reading<RoleProfileForm> post = RoleProfileFormReader.read(fileName, text);
        Reading<org.rolebook.framework.GradeProfileDocument> framework = GradeProfileFormReader.read(fileName, text);
        var document = framework.document();
        return new RoleProfileFormReading(
                post.report(),
                post.document(),
                document == null ? List.of() : document.statements(),
                document == null || document.gradeProfiles().isEmpty()
                        ? null
                        : document.gradeProfiles().getFirst());
    }

    private sealed interface FileBytes {
        record Read(byte[] bytes) implements FileBytes {}

        record Refused(ImportReport report) implements FileBytes {}
    }

    private FileBytes readFile(Path path) {
        String name = path.toString();
        try {
            if (Files.isDirectory(path)) {
                return new FileBytes.Refused(
                        ImportReport.unreadable(name, Problem.of("file", "is a folder, not a file")));
            }
            if (Files.size(path) > settings.maxFileBytes()) {
                return new FileBytes.Refused(ImportReport.unreadable(name, tooLarge(Files.size(path))));
            }
            try (InputStream in = Files.newInputStream(path)) {
                return new FileBytes.Read(in.readNBytes((int) settings.maxFileBytes() + 1));
            }
        } catch (NoSuchFileException e) {
            return new FileBytes.Refused(ImportReport.unreadable(name, Problem.of("file", "no such file")));
        } catch (IOException e) {
            return new FileBytes.Refused(
                    ImportReport.unreadable(name, Problem.of("file", "could not be read: " + e.getMessage())));
        }
    }

    private Problem tooLarge(long size) {
        return Problem.of(
                "file",
                "the file is %d bytes; the most Rolebook reads is %d bytes".formatted(size, settings.maxFileBytes()));
    }

    public ImportReport importBytes(String fileName, byte[] bytes, boolean dryRun) {
        return importBytes(fileName, bytes, dryRun ? ImportOptions.reportOnly() : ImportOptions.storeAll());
    }

    public ImportReport importBytes(String fileName, byte[] bytes, ImportOptions options) {
        if (bytes.length > settings.maxFileBytes()) {
            return ImportReport.unreadable(
                    fileName,
                    Problem.of(
                            "file",
                            "the file is %d bytes; the most Rolebook reads is %d bytes"
                                    .formatted(bytes.length, settings.maxFileBytes())));
        }
        DocumentText.Outcome read = DocxText.looksLikeDocx(bytes)
                ? DocxText.extract(bytes)
                : DocumentText.decode(bytes, settings.maxFileBytes());
        return switch (read) {
            case DocumentText.Refused refused -> ImportReport.unreadable(fileName, refused.problem());
            case DocumentText.Text text -> importText(fileName, text.text(), options);
        };
    }

    private ImportReport importText(String fileName, String text, ImportOptions options) {
        boolean dryRun = options.dryRun();
        if (ProfileCsvReader.recognises(text)) {
            return csv.importCsv(fileName, text, options);
        }
        if (FamilySummaryReader.recognises(text)) {
            Reading<org.rolebook.framework.FamilySummaryDocument> reading = FamilySummaryReader.read(fileName, text);
            return dryRun || reading.document() == null
                    ? reading.report()
                    : store(reading.report(), () -> catalogue.store(reading.document()));
        }
        if (GradeProfileFormReader.recognises(text)) {
            return posts.importForm(fileName, text, options);
        }
        return ImportReport.unreadable(
                fileName,
                Problem.of(
                        "file",
                        "not a document Rolebook reads: expected a job family profile summary (a title row with \"Job Family Profile Summary\"), a role profile form (\"Role Profile - Operational Context Form\") or a role profile CSV (header starting school_urn,post_title)"));
    }

    static ImportReport store(ImportReport report, java.util.function.Supplier<StoreOutcome> storing) {
        try {
            StoreOutcome outcome = storing.get();
            return report.withOutcome(outcome.summary(), outcome.notes());
        } catch (CatalogueConflict conflict) {
            return report.withError(Problem.of(conflict.field(), conflict.getMessage() + "; nothing was stored"));
        } catch (DataAccessException refused) {
            return report.withError(Problem.of(
                    "database",
                    "the database refused the document ("
                            + refused.getMostSpecificCause().getMessage() + "); nothing was stored"));
        }
    }
}
