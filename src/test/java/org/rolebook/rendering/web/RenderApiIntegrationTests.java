package org.rolebook.rendering.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rolebook.CleanDatabase;
import org.rolebook.SeedFiles;
import org.rolebook.roleprofile.Actor;
import org.rolebook.roleprofile.Fixtures;
import org.rolebook.roleprofile.NewSchool;
import org.rolebook.roleprofile.Phase;
import org.rolebook.roleprofile.RoleProfile;
import org.rolebook.roleprofile.RoleProfileData;
import org.rolebook.roleprofile.RoleProfiles;
import org.rolebook.roleprofile.Schools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Official documents over HTTP, on the seed framework: the render API and the matrix download. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CleanDatabase.class)
class RenderApiIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RoleProfiles profiles;

    @Autowired
    Schools schools;

    @Autowired
    JdbcClient jdbc;

    long oakfield;

    @BeforeEach
    void oakfield() {
        RoleProfileData.clear(jdbc);
        oakfield = schools.add(Fixtures.oakfieldPrimary()).id();
    }

    @Test
    void aStoredRoleProfileRendersWithTheCataloguesStatementsAndGradeProfile() throws IOException {
        RoleProfile profile =
                profiles.create(oakfield, Fixtures.pupilSupportWorkerGrade5(), new Actor("Head of Oakfield"));

        MvcTestResult pdf = mvc.get()
                .uri("/api/role-profiles/{id}/document?format=pdf", profile.id())
                .exchange();

        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Lancashire County Council", "Pupil Support Worker", "Grade 5", "28/02/23")
                    .contains("Facilitate nurture groups", "Skills Pledge")
                    .contains("Grade Profile - Level Five – Operative / Support (Grade 5)");
        }
        assertThat(mvc.get().uri("/api/role-profiles/{id}/document?format=docx", profile.id()))
                .hasStatusOk();
        assertThat(mvc.get().uri("/role-profiles/{id}", profile.id()))
                .hasStatusOk()
                .bodyText()
                .contains("/role-profiles/" + profile.id() + "/form.pdf", "Download as PDF")
                .contains("/role-profiles/" + profile.id() + "/form.docx");
        assertThat(mvc.get().uri("/role-profiles/{id}/form.pdf", profile.id()))
                .hasStatusOk()
                .hasContentType("application/pdf");
        assertThat(mvc.get().uri("/role-profiles/{id}/form.html", profile.id()))
                .hasStatusOk()
                .bodyText()
                .contains("Role Profile - Operational Context Form");
        assertThat(mvc.get().uri("/role-profiles/{id}/form.rtf", profile.id())).hasStatus(HttpStatus.BAD_REQUEST);
        // the problem page is a page, whatever the address ends with
        assertThat(mvc.get().uri("/role-profiles/{id}/form.txt", profile.id()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith("text/html")
                .bodyText()
                .contains("There is a problem", "format");
        assertThat(mvc.get().uri("/role-profiles/999999/form.pdf")).hasStatus(HttpStatus.NOT_FOUND);
        MvcTestResult unknown =
                mvc.get().uri("/api/role-profiles/999999/document").exchange();
        assertThat(unknown).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(unknown).bodyJson().extractingPath("$.field").isEqualTo("id");
    }

    @Test
    void anotherSchoolsDraftIsNotFoundForASchoolEditor() {
        long elsewhere = schools.add(new NewSchool("100001", "Elsewhere Academy", Phase.SECONDARY, 900))
                .id();
        RoleProfile draft =
                profiles.create(elsewhere, Fixtures.pupilSupportWorkerGrade5(), new Actor("Elsewhere head"));
        var oakfieldEditor =
                user("oakfield-editor").authorities(() -> "ROLE_SCHOOL_EDITOR", () -> "SCHOOL_" + oakfield);
        var elsewhereEditor =
                user("elsewhere-editor").authorities(() -> "ROLE_SCHOOL_EDITOR", () -> "SCHOOL_" + elsewhere);

        assertThat(mvc.get().uri("/role-profiles/{id}/form.pdf", draft.id()).with(oakfieldEditor))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/role-profiles/{id}/document", draft.id()).with(oakfieldEditor))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/role-profiles/{id}/form.pdf", draft.id()).with(elsewhereEditor))
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/role-profiles/{id}/document", draft.id()).with(anonymous()))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theSeedFormUploadedComesBackAsEachFormat() throws IOException {
        MvcTestResult pdf = render(seedForm(), "pdf");
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        assertThat(pdf.getResponse().getHeader("Content-Disposition"))
                .contains("attachment", "Pupil-Support-Worker.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Pupil Support Worker", "31/02/23", "Safeguarding Commitment");
        }

        assertThat(render(seedForm(), "docx"))
                .hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        MvcTestResult html = render(seedForm(), "html");
        assertThat(html).hasStatusOk();
        assertThat(html.getResponse().getContentType()).startsWith("text/html");
        assertThat(html.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Grade Profile - Level Five – Operative / Support (Grade 5)");
    }

    @Test
    void problemsNameTheField() {
        assertProblem(render(seedForm(), "rtf"), "format", "\"rtf\" is not a document format");
        assertProblem(
                render(
                        new MockMultipartFile(
                                "file",
                                "untitled.txt",
                                "text/plain",
                                "Role Profile - Operational Context Form\n\tGrade:\n\tGrade 5\n"
                                        .getBytes(StandardCharsets.UTF_8)),
                        "pdf"),
                "post title",
                "the form has no post title");
        assertProblem(
                render(new MockMultipartFile("file", "letter.txt", "text/plain", "Dear parent".getBytes()), "pdf"),
                "file",
                "not a role profile form");
        assertProblem(
                render(new MockMultipartFile("file", "bin.txt", "text/plain", new byte[] {'a', 0, 'b'}), "pdf"),
                "file",
                "binary");
        String endless = "Lancashire County Council\nRole Profile - Operational Context Form\n\tPost title: Clerk\n"
                + "\tGrade:\n\tGrade 3\n\tScope of role:\n" + "Filing and more filing. ".repeat(10_000) + "\n";
        assertProblem(
                render(new MockMultipartFile("file", "endless.txt", "text/plain", endless.getBytes()), "pdf"),
                "file",
                "a form renders at most 200000");
        assertProblem(
                mvc.post().uri("/api/render").multipart().param("format", "pdf").exchange(), "file", "is required");
    }

    @Test
    void theMatrixDownloadsAsALandscapePdfLinkedFromItsPage() throws IOException {
        MvcTestResult matrix =
                mvc.get().uri("/families/student-support-services/matrix.pdf").exchange();

        assertThat(matrix).hasStatusOk().hasContentType("application/pdf");
        try (PDDocument document = Loader.loadPDF(matrix.getResponse().getContentAsByteArray())) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isGreaterThan(page.getHeight());
            assertThat(new PDFTextStripper().getText(document)).contains("Grade 3", "Grade 11");
        }
        assertThat(mvc.get().uri("/families/student-support-services"))
                .hasStatusOk()
                .bodyText()
                .contains("/families/student-support-services/matrix.pdf", "Download as PDF");
        assertThat(mvc.get().uri("/families/no-such-family/matrix.pdf")).hasStatus(HttpStatus.NOT_FOUND);
    }

    private MvcTestResult render(MockMultipartFile file, String format) {
        return mvc.post()
                .uri("/api/render")
                .multipart()
                .file(file)
                .param("format", format)
                .exchange();
    }

    private static MockMultipartFile seedForm() {
        return new MockMultipartFile("file", "004.txt", "text/plain", SeedFiles.bytes(SeedFiles.ROLE_PROFILE_FORM));
    }

    private static void assertProblem(MvcTestResult result, String field, String message) {
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.field").isEqualTo(field);
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains(message);
    }
}
