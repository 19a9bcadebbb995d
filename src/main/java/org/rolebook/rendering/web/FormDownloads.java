package org.rolebook.rendering.web;

import org.rolebook.rendering.DocumentFormat;
import org.rolebook.rendering.OfficialDocuments;
import org.rolebook.rendering.OfficialForm;
import org.rolebook.rendering.OfficialForms;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /role-profiles/{id}/form.pdf|docx|html}: the official form of a role profile, linked
 * from its page; a problem shows as a friendly page.
 */
@Controller
class FormDownloads {

    private final OfficialForms forms;
    private final OfficialDocuments documents;

    FormDownloads(OfficialForms forms, OfficialDocuments documents) {
        this.forms = forms;
        this.documents = documents;
    }

    @GetMapping("/role-profiles/{id}/form.{format}")
    ResponseEntity<byte[]> form(@PathVariable long id, @PathVariable String format) {
        DocumentFormat wanted = DocumentFormat.of("format", format);
        OfficialForm form = forms.stored(id);
        return RenderApi.download(documents.form(form, wanted), wanted, form.postTitle());
    }
}
