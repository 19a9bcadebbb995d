package org.rolebook.importing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.FieldProblem;
import org.rolebook.importing.FrameworkImporter;
import org.rolebook.importing.ImportOptions;
import org.rolebook.importing.ImportReport;
import org.rolebook.importing.Problem;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Upload of legacy documents: a report per file; with dryRun=false each file without errors is stored whole. */
@RestController
@Tag(name = "Imports", description = "Family profile summaries and role profile forms, dry run first")
class ImportApi {

    private final FrameworkImporter importer;

    ImportApi(FrameworkImporter importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/api/imports", consumes = "multipart/form-data", produces = "application/json")
    @Operation(
            summary = "Import files (multipart field 'files'); dryRun (default true) reports without storing; "
                    + "school (URN) stores the posts of role profile forms as role profiles of that school")
    List<ImportReport> importFiles(
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(required = false) @Nullable String school,
            @RequestParam(required = false) @Nullable String family,
            java.security.Principal uploader) {
        if (files == null || files.isEmpty()) {
            throw new FieldProblem("files", "upload at least one file in the multipart field 'files'");
        }
        ImportOptions options = new ImportOptions(dryRun, school, family, uploader.getName());
        List<ImportReport> reports = new ArrayList<>();
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
            try {
                reports.add(importer.importBytes(name, file.getBytes(), options));
            } catch (IOException e) {
                reports.add(
                        ImportReport.unreadable(name, Problem.of("file", "could not be received: " + e.getMessage())));
            }
        }
        return reports;
    }
}
