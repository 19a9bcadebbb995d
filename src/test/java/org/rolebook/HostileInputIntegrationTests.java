package org.rolebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rolebook.roleprofile.Fixtures;
import org.rolebook.roleprofile.ProfileQuery;
import org.rolebook.roleprofile.ProfileSort;
import org.rolebook.roleprofile.RoleProfile;
import org.rolebook.roleprofile.RoleProfileData;
import org.rolebook.roleprofile.RoleProfiles;
import org.rolebook.roleprofile.School;
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

/**
 * Hostile text, typed into the form or brought in by import, is only ever text: escaped in every
 * page, plain text in the PDF and the DOCX (no scripts, links or fields), and inert in CSV exports;
 * requests without a CSRF token are refused; uploads are judged by their content, not their name,
 * and by their size.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CleanDatabase.class)
class HostileInputIntegrationTests {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMAGE = "<img src=x onerror=alert(2)>";
    static final String FORMULA = "=cmd|' /C calc'!A0";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RoleProfiles profiles;

    @Autowired
    Schools schools;

    @Autowired
    JdbcClient jdbc;

    School school;

    @BeforeEach
    void school() {
        RoleProfileData.clear(jdbc);
        school = schools.add(Fixtures.oakfieldPrimary());
    }

    @Test
    void hostileTextTypedIntoTheFormIsTextEverywhere() throws Exception {
        MvcTestResult saved = mvc.post()
                .uri("/role-profiles")
                .param("schoolId", String.valueOf(school.id()))
                .param("postTitle", SCRIPT + " Worker")
                .param("familySlug", "student-support-services")
                .param("grade", "5")
                .param("staffResponsibility", "No")
                .param("essentialCarUser", "No")
                .param("scope", IMAGE + " mentor pupils")
                .param("accountabilities[0]", FORMULA)
                .param("accountabilities[1]", "Support pupils one to one")
                .param("preparedBy", "Head")
                .param("date", "01/02/23")
                .exchange();
        assertThat(saved).hasStatus(HttpStatus.FOUND);
        everyOutputIsInert(only());
    }

    @Test
    void listItemsPostedWithGapsOrIndexesNoFormHasAreHandledNeverA500() {
        MvcTestResult gap = postForm(
                "accountabilities[0]", "Support pupils one to one", "accountabilities[2]", "Run nurture groups");
        assertThat(gap).hasStatus(HttpStatus.FOUND);
        assertThat(only().content().accountabilities())
                .containsExactly("Support pupils one to one", "Run nurture groups");

        // an index within what the form binds is a gap of empty items, which are not kept
        assertThat(postForm("accountabilities[255]", "Support pupils", "accountabilities[0]", "x"))
                .hasStatus(HttpStatus.FOUND);
        for (String index : List.of("256", "99999", "-1", "abc")) {
            MvcTestResult odd =
                    postForm("accountabilities[" + index + "]", "Support pupils", "accountabilities[0]", "x");
            assertThat(odd).as(index).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(odd).bodyText().as(index).contains("accountabilities[" + index + "]");
        }
        for (String index : List.of("-1", "abc")) {
            assertThat(mvc.post()
                            .uri("/role-profiles/suggestion")
                            .param("postTitle", "Pupil Support Worker")
                            .param("accountabilities[" + index + "]", "Support pupils")
                            .exchange())
                    .as("live panel " + index)
                    .hasStatus(HttpStatus.BAD_REQUEST);
        }
        MvcTestResult notANumber = mvc.post()
                .uri("/role-profiles")
                .param("schoolId", String.valueOf(school.id()))
                .param("postTitle", "Pupil Support Worker")
                .param("familySlug", "student-support-services")
                .param("grade", "five")
                .param("accountabilities[0]", "Support pupils")
                .exchange();
        assertThat(notANumber).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(notANumber)
                .bodyText()
                .contains("grade")
                .contains("grade: &quot;five&quot; is not a valid value; nothing was saved");
        assertThat(profiles.list(ProfileQuery.all()).total()).isEqualTo(2);
    }

    @Test
    void aFieldAFormDoesNotHaveOrOneGivenTwiceIsNamedAndNothingIsSaved() {
        MvcTestResult twice = postForm("postTitle", "Senior Pupil Support Worker", "accountabilities[0]", "x");
        assertThat(twice).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(twice).bodyText().contains("postTitle: is given 2 times; this form takes one; nothing was saved");
        MvcTestResult itemTwice = postForm("accountabilities[0]", "Support pupils", "accountabilities[0]", "x");
        assertThat(itemTwice).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(itemTwice).bodyText().contains("accountabilities[0]: is given 2 times");
        MvcTestResult misspelt = postForm("postTitel", "Pupil Support Worker", "accountabilities[0]", "x");
        assertThat(misspelt).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(misspelt)
                .bodyText()
                .contains("postTitel: is not a field of this form; it has accountabilities, additionalInformation,")
                .contains("postTitle")
                .contains("nothing was saved");
        assertThat(profiles.list(ProfileQuery.all()).total()).isZero();

        // a list posted without numbers is one item per value, as the form's own list of items is
        assertThat(postForm("accountabilities", "Support pupils", "accountabilities", "Run nurture groups"))
                .hasStatus(HttpStatus.FOUND);
        RoleProfile saved = only();
        assertThat(saved.content().accountabilities()).containsExactly("Run nurture groups", "Support pupils");

        MvcTestResult comments = mvc.post()
                .uri("/role-profiles/" + saved.id() + "/workflow")
                .param("action", "submit")
                .param("lockVersion", String.valueOf(saved.lockVersion()))
                .param("comment", "Ready")
                .param("comment", "for the panel")
                .exchange();
        assertThat(comments).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(comments).bodyText().contains("comment: is given 2 times; this form takes one; nothing was saved");
        MvcTestResult unknownStep = mvc.post()
                .uri("/role-profiles/" + saved.id() + "/workflow")
                .param("action", "submit")
                .param("lockVersion", String.valueOf(saved.lockVersion()))
                .param("coment", "Ready")
                .exchange();
        assertThat(unknownStep).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(unknownStep)
                .bodyText()
                .contains("coment: is not a field of this form; it has action, comment, grade, lockVersion, rationale");
        assertThat(profiles.get(saved.id())).isEqualTo(saved);

        MvcTestResult school = mvc.post()
                .uri("/schools/" + this.school.id())
                .with(user("hr").roles("HR_ADMIN"))
                .param("urn", this.school.urn())
                .param("name", "Oakfield Primary")
                .param("name", "Oakfield Junior")
                .param("phase", this.school.phase().name())
                .exchange();
        assertThat(school).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(school).bodyText().contains("name: is given 2 times");
        assertThat(schools.get(this.school.id())).isEqualTo(this.school);

        // the live panel reads whatever the form holds while someone types, the form's buttons too
        assertThat(mvc.post()
                        .uri("/role-profiles/suggestion")
                        .param("postTitle", "Pupil Support Worker")
                        .param("lockVersion", "3")
                        .param("list", "add:accountabilities")
                        .param("accountabilities[0]", "Support pupils")
                        .exchange())
                .hasStatusOk();
    }

    @Test
    void aControlCharacterThatIsRefusedIsShownAgainAsAReplacementCharacterNeverPutBack() throws Exception {
        MvcTestResult form = mvc.post()
                .uri("/role-profiles")
                .param("schoolId", String.valueOf(school.id()))
                .param("postTitle", "Pupil\u0007 Support Worker")
                .param("familySlug", "student-support-services")
                .param("grade", "5")
                .param("accountabilities[0]", "Sup\u001Bport pupils")
                .exchange();
        assertThat(form).hasStatusOk();
        String page = form.getResponse().getContentAsString();
        assertThat(page)
                .doesNotContain("\u0007", "\u001B")
                .contains("value=\"Pupil\uFFFD Support Worker\"")
                .contains("Sup\uFFFDport pupils")
                .contains("Remove the control character (U+0007 at character 6) from the post title; it is no part of"
                        + " any text (it is shown as \uFFFD in the field)");
        assertThat(profiles.list(ProfileQuery.all()).total()).isZero();

        MvcTestResult school = mvc.post()
                .uri("/schools")
                .with(user("hr").roles("HR_ADMIN"))
                .param("urn", "12\u00073456")
                .param("name", "Oak\u001Bfield")
                .param("phase", this.school.phase().name())
                .exchange();
        assertThat(school).hasStatusOk();
        assertThat(school.getResponse().getContentAsString())
                .doesNotContain("\u0007", "\u001B")
                .contains("not &quot;12\uFFFD3456&quot;")
                .contains("value=\"Oak\uFFFDfield\"");
        assertThat(schools.all()).containsExactly(this.school);

        MvcTestResult problem = mvc.post()
                .uri("/role-profiles")
                .param("schoolId", String.valueOf(this.school.id()))
                .param("postTitle", "Pupil Support Worker")
                .param("grade", "5\u0007")
                .exchange();
        assertThat(problem).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(problem.getResponse().getContentAsString())
                .doesNotContain("\u0007")
                .contains("grade: &quot;5\uFFFD&quot; is not a valid value; nothing was saved");
    }

    private MvcTestResult postForm(String item, String value, String otherItem, String otherValue) {
        return mvc.post()
                .uri("/role-profiles")
                .param("schoolId", String.valueOf(school.id()))
                .param("postTitle", "Pupil Support Worker")
                .param("familySlug", "student-support-services")
                .param("grade", "5")
                .param("staffResponsibility", "No")
                .param("essentialCarUser", "No")
                .param("scope", "Mentor pupils")
                .param(otherItem, otherValue)
                .param(item, value)
                .param("preparedBy", "Head")
                .param("date", "01/02/23")
                .exchange();
    }

    @Test
    void hostileTextInAnImportedFormIsTextEverywhere() throws Exception {
        String form = new String(SeedFiles.bytes(SeedFiles.ROLE_PROFILE_FORM), StandardCharsets.UTF_8)
                .replace("Post title: Pupil Support Worker", "Post title: " + SCRIPT + " Worker")
                .replace("In liaison with teaching staff, mentor", IMAGE + " mentor")
                .replace("1. Liaise with teaching staff", "1. " + FORMULA + " Liaise with teaching staff");
        MvcTestResult imported = mvc.post()
                .uri("/api/imports")
                .multipart()
                .file(new MockMultipartFile(
                        "files", "hostile.txt", "text/plain", form.getBytes(StandardCharsets.UTF_8)))
                .param("dryRun", "false")
                .param("school", school.urn())
                .exchange();
        assertThat(imported).hasStatusOk();
        // the import is recorded as by whoever uploaded it
        assertThat(profiles.history(only().id())).extracting(e -> e.actor()).containsOnly(CleanDatabase.HR_ADMIN);
        everyOutputIsInert(only());
    }

    private RoleProfile only() {
        List<RoleProfile> all = profiles.list(new ProfileQuery(
                        school.id(), null, null, null, null, ProfileSort.TITLE, 0, ProfileQuery.MAX_SIZE))
                .profiles();
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    private void everyOutputIsInert(RoleProfile profile) throws Exception {
        for (String page : List.of(
                "/role-profiles/" + profile.id(),
                "/role-profiles?q=Worker",
                "/role-profiles/" + profile.id() + "/form.html",
                "/schools/" + school.id(),
                "/audit")) {
            String html = mvc.get().uri(page).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html)
                    .as(page)
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                    .doesNotContain(SCRIPT)
                    .doesNotContain("<img src=x");
        }

        byte[] pdf = mvc.get()
                .uri("/role-profiles/" + profile.id() + "/form.pdf")
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(SCRIPT).contains(IMAGE).contains(FORMULA);
            assertThat(document.getDocumentCatalog().getOpenAction()).isNull();
            assertThat(document.getDocumentCatalog().getNames() == null
                            || document.getDocumentCatalog().getNames().getJavaScript() == null)
                    .isTrue();
            assertThat(document.getDocumentCatalog().getAcroForm()).isNull();
            for (PDPage page : document.getPages()) {
                assertThat(page.getAnnotations())
                        .as("links or other annotations")
                        .isEmpty();
            }
        }

        byte[] docx = mvc.get()
                .uri("/role-profiles/" + profile.id() + "/form.docx")
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains(SCRIPT).contains(IMAGE).contains(FORMULA);
            String xml = document.getDocument().xmlText();
            assertThat(xml)
                    .doesNotContain("instrText")
                    .doesNotContain("fldSimple")
                    .doesNotContain("hyperlink");
        }

        String csv = mvc.get()
                .uri("/api/role-profiles/export.csv?school=" + school.id())
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("'" + FORMULA)
                .doesNotContainPattern("(^|,|\\n|\")" + java.util.regex.Pattern.quote(FORMULA));
    }

    @Test
    void postsWithoutACsrfTokenAreRefused() {
        assertThat(mvc.post()
                        .uri("/schools")
                        .with(user("hr").roles("HR_ADMIN"))
                        .with(csrf().useInvalidToken())
                        .param("urn", "100001")
                        .param("name", "Forged School")
                        .param("phase", "PRIMARY")
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/sign-in")
                        .with(anonymous())
                        .with(csrf().useInvalidToken())
                        .param("username", "admin")
                        .param("password", "browser-test-admin-password")
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(schools.all()).extracting(School::name).doesNotContain("Forged School");
    }

    @Test
    void uploadsAreJudgedByTheirContentNotTheirName() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        MvcTestResult image = mvc.post()
                .uri("/api/imports")
                .multipart()
                .file(new MockMultipartFile("files", "form.txt", "text/plain", png))
                .exchange();
        assertThat(image.getResponse().getContentAsString())
                .contains("\"field\"")
                .contains("form.txt");
        assertThat(image.getResponse().getContentAsString()).containsIgnoringCase("not");

        MvcTestResult textCalledDocx = mvc.post()
                .uri("/api/imports")
                .multipart()
                .file(new MockMultipartFile(
                        "files",
                        "looks-like-word.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        SeedFiles.bytes(SeedFiles.ROLE_PROFILE_FORM)))
                .exchange();
        assertThat(textCalledDocx).hasStatusOk();
        assertThat(textCalledDocx.getResponse().getContentAsString()).contains("Pupil Support Worker");

        for (String route : List.of("/api/render", "/api/suggestions")) {
            MvcTestResult renderImage = mvc.post()
                    .uri(route)
                    .multipart()
                    .file(new MockMultipartFile("file", "form.txt", "text/plain", png))
                    .exchange();
            assertThat(renderImage.getResponse().getStatus()).as(route).isEqualTo(400);
            assertThat(renderImage.getResponse().getContentAsString()).as(route).contains("\"field\"");
        }

        byte[] tooBig = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(tooBig, (byte) 'a');
        MvcTestResult big = mvc.post()
                .uri("/api/imports")
                .multipart()
                .file(new MockMultipartFile("files", "big.txt", "text/plain", tooBig))
                .exchange();
        assertThat(big.getResponse().getStatus())
                .as("a report with the problem, or a refusal")
                .isIn(200, 400, 413);
        assertThat(big.getResponse().getContentAsString())
                .contains("big.txt")
                .contains("the most Rolebook reads is 10485760 bytes");
        assertThat(profiles.list(new ProfileQuery(null, null, null, null, null, ProfileSort.TITLE, 0, 10))
                        .total())
                .isZero();
    }
}
