package org.rolebook.rendering.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.FieldProblem;
import org.rolebook.rendering.DocumentFormat;
import org.rolebook.rendering.OfficialDocuments;
import org.rolebook.rendering.OfficialForm;
import org.rolebook.rendering.OfficialForms;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Official documents over the API, as PDF, DOCX or HTML: {@code POST /api/render} takes a role
 * profile form file (tab-exported text) and stores nothing; {@code GET
 * /api/role-profiles/{id}/document} renders a stored role profile. Problems name the field at fault.
 */
@RestController
class RenderApi {

    private final OfficialForms forms;
    private final OfficialDocuments documents;

    RenderApi(OfficialForms forms, OfficialDocuments documents) {
        this.forms = forms;
        this.documents = documents;
    }

    @PostMapping(path = "/api/render", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<byte[]> render(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "format", defaultValue = "pdf") String format) {
        DocumentFormat wanted = DocumentFormat.of("format", format);
        if (file == null || file.isEmpty()) {
            throw new FieldProblem("file", "is required: a role profile form as a text file");
        }
        OfficialForm form = forms.read(fileName(file), bytes(file));
        return download(documents.form(form, wanted), wanted, form.postTitle());
    }

    @GetMapping("/api/role-profiles/{id}/document")
    ResponseEntity<byte[]> stored(
            @PathVariable long id, @RequestParam(name = "format", defaultValue = "pdf") String format) {
        DocumentFormat wanted = DocumentFormat.of("format", format);
        OfficialForm form = forms.stored(id);
        return download(documents.form(form, wanted), wanted, form.postTitle());
    }

    static ResponseEntity<byte[]> download(byte[] body, DocumentFormat format, String name) {
        String fileName = name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        ContentDisposition disposition = (format == DocumentFormat.HTML
                        ? ContentDisposition.inline()
                        : ContentDisposition.attachment())
                .filename((fileName.isEmpty() ? "document" : fileName) + "." + format.extension())
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "upload" : name;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
