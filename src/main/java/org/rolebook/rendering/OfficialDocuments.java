package org.rolebook.rendering;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.Framework;
import org.rolebook.framework.JobFamily;
import org.rolebook.rendering.internal.DocxLayout;
import org.rolebook.rendering.internal.PdfLayout;
import org.rolebook.rendering.internal.XhtmlLayouts;
import org.springframework.stereotype.Component;

/**
 * The official documents, each from one layout: the Operational Context Form of a role profile
 * as HTML, PDF or DOCX, and the matrix of a job family as a landscape PDF.
 */
@Component
public class OfficialDocuments {

    static final String FORM = "rendering/operational-context-form";
    static final String MATRIX = "rendering/family-matrix";

    private final XhtmlLayouts layouts = new XhtmlLayouts();
    private final PdfLayout pdf = new PdfLayout();

    /** The form in the format asked for, as bytes (HTML in UTF-8). */
    public byte[] form(OfficialForm form, DocumentFormat format) {
        String xhtml = layouts.html(FORM, Map.of("form", form));
        return switch (format) {
            case HTML -> xhtml.getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf.pdf(XhtmlLayouts.dom(xhtml));
            case DOCX -> DocxLayout.docx(XhtmlLayouts.dom(xhtml));
        };
    }

    /** The family matrix (grades as columns, dimensions as rows) as XHTML. */
    public String matrixHtml(JobFamily family, @Nullable Framework framework) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("family", family);
        variables.put("framework", framework);
        return layouts.html(MATRIX, variables);
    }

    /** The family matrix on landscape A3 pages. */
    public byte[] matrixPdf(JobFamily family, @Nullable Framework framework) {
        return pdf.pdf(XhtmlLayouts.dom(matrixHtml(family, framework)));
    }
}
