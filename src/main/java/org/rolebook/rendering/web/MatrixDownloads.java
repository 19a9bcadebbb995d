package org.rolebook.rendering.web;

import org.rolebook.framework.FrameworkCatalogue;
import org.rolebook.framework.JobFamily;
import org.rolebook.framework.UnknownInCatalogue;
import org.rolebook.rendering.DocumentFormat;
import org.rolebook.rendering.OfficialDocuments;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code GET /families/{slug}/matrix.pdf}: the family matrix as a landscape PDF to print or send. */
@Controller
class MatrixDownloads {

    private final FrameworkCatalogue catalogue;
    private final OfficialDocuments documents;

    MatrixDownloads(FrameworkCatalogue catalogue, OfficialDocuments documents) {
        this.catalogue = catalogue;
        this.documents = documents;
    }

    @GetMapping("/families/{slug}/matrix.pdf")
    ResponseEntity<byte[]> matrix(@PathVariable String slug) {
        JobFamily family = catalogue
                .family(slug)
                .orElseThrow(() -> new UnknownInCatalogue("family", "no job family \"" + slug + "\""));
        byte[] pdf = documents.matrixPdf(family, catalogue.framework().orElse(null));
        return RenderApi.download(pdf, DocumentFormat.PDF, family.name() + " matrix");
    }
}
