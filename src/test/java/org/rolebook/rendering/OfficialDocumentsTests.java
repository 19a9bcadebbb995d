package org.rolebook.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rolebook.rendering.FormFixtures.pupilSupportWorkerGrade5;
import static org.rolebook.rendering.FormFixtures.studentSupportServices;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.rolebook.framework.Dimension;
import org.rolebook.framework.StandardStatement;

/** The official documents read back as a recipient's software reads them: PDFBox for PDF, POI for DOCX. */
class OfficialDocumentsTests {

    static final OfficialDocuments DOCUMENTS = new OfficialDocuments();

    static final List<String> STATEMENT_HEADINGS = List.of(
            "Equal opportunities",
            "Health and safety",
            "Safeguarding Commitment",
            "Customer Focus",
            "Skills Pledge",
            "Attendance");

    @Test
    void thePdfOfTheSeedFormIsAnA4FormWithEveryPartOfTheSeed() throws IOException {
        OfficialForm form = pupilSupportWorkerGrade5();
        byte[] pdf = DOCUMENTS.form(form, DocumentFormat.PDF);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            assertThat(document.getDocumentInformation().getTitle()).contains("Pupil Support Worker");
            String text = flat(new PDFTextStripper().getText(document));
            assertEveryPartOfTheSeed(form, text);
            assertThat(text).contains("Page 1 of " + document.getNumberOfPages());
        }
    }

    @Test
    void theDocxOfTheSeedFormHasTheSameParts() throws IOException {
        OfficialForm form = pupilSupportWorkerGrade5();
        byte[] docx = DOCUMENTS.form(form, DocumentFormat.DOCX);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = flat(extractor.getText());
            assertEveryPartOfTheSeed(form, text);
            assertThat(text).contains("1. Liaise with teaching staff", "13. To take care of their own");
            assertThat(document.getTables())
                    .as("fields, sign-off, grade profile")
                    .hasSize(3);
            assertThat(document.getTables().getFirst().getRow(0).getCell(0).getText())
                    .isEqualTo("Post title:");
            assertThat(document.getFooterList())
                    .singleElement()
                    .satisfies(footer ->
                            assertThat(footer.getText()).contains("Role Profile - Operational Context Form", "Page"));
        }
    }

    @Test
    void theHtmlIsTheSameLayoutToReadAndPrint() {
        OfficialForm form = pupilSupportWorkerGrade5();
        String html = new String(DOCUMENTS.form(form, DocumentFormat.HTML), StandardCharsets.UTF_8);

        assertThat(html)
                .contains("<h1>Role Profile - Operational Context Form</h1>")
                .contains("@page")
                .contains("size: A4 portrait")
                .contains(
                        "<th class=\"label\" scope=\"row\">Post title:</th><td class=\"value\">Pupil Support Worker</td>")
                .contains("<td class=\"value\">31/02/23</td>");
        assertEveryPartOfTheSeed(form, flat(html.replace("&#39;", "'")));
    }

    @Test
    void aCharacterThePdfFontCannotPrintIsNamedOnTheDocumentNeverChangedWithoutAWord() throws IOException {
        OfficialForm form = FormFixtures.withTitle("Zoë Pupil Support Worker 中文 😀");
        try (PDDocument pdf = Loader.loadPDF(DOCUMENTS.form(form, DocumentFormat.PDF))) {
            assertThat(flat(new PDFTextStripper().getText(pdf)))
                    .contains("Zoë Pupil Support Worker")
                    .contains("This PDF's font cannot print 3 different characters of the text, shown as #:"
                            + " U+4E2D, U+6587, U+1F600. The HTML and Word (DOCX) forms show the text as written.");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(DOCUMENTS.form(form, DocumentFormat.DOCX)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(flat(extractor.getText())).contains("Zoë Pupil Support Worker 中文 😀");
        }
        try (PDDocument seed = Loader.loadPDF(DOCUMENTS.form(pupilSupportWorkerGrade5(), DocumentFormat.PDF))) {
            assertThat(new PDFTextStripper().getText(seed)).doesNotContain("cannot print");
        }
    }

    @Test
    void markupTypedIntoAFieldStaysTextInEveryFormat() throws IOException {
        OfficialForm form = FormFixtures.withMarkupInFields();

        String html = new String(DOCUMENTS.form(form, DocumentFormat.HTML), StandardCharsets.UTF_8);
        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain("<img")
                .doesNotContain("<b>teaching")
                .contains("Pupil Support Worker &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt; &amp; mentor pupils");

        String typed = "Pupil Support Worker <script>alert('x')</script>";
        String image = "<img src=x onerror=alert(1)> & mentor pupils";
        try (PDDocument pdf = Loader.loadPDF(DOCUMENTS.form(form, DocumentFormat.PDF))) {
            assertThat(flat(new PDFTextStripper().getText(pdf)))
                    .contains(typed, image, "Liaise with <b>teaching</b> staff", "<script>steal()</script>");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(DOCUMENTS.form(form, DocumentFormat.DOCX)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(flat(extractor.getText())).contains(typed, image, "Liaise with <b>teaching</b> staff");
        }
    }

    @Test
    void controlCharactersOfAWordExportShowAsSpaces() throws IOException {
        OfficialForm seed = pupilSupportWorkerGrade5();
        OfficialForm exported = new OfficialForm(
                seed.employer(),
                "Pupil\u000BSupport\u0007Worker",
                seed.gradeLabel(),
                seed.staffResponsibility(),
                seed.essentialCarUser(),
                seed.scope(),
                seed.accountabilities(),
                seed.optionalDuties(),
                seed.additionalInformation(),
                seed.preparedBy(),
                seed.dateAsWritten(),
                seed.disclaimer(),
                seed.statements(),
                seed.gradeProfile());

        assertThat(new String(DOCUMENTS.form(exported, DocumentFormat.HTML), StandardCharsets.UTF_8))
                .contains("Pupil Support Worker");
        try (PDDocument pdf = Loader.loadPDF(DOCUMENTS.form(exported, DocumentFormat.PDF))) {
            assertThat(flat(new PDFTextStripper().getText(pdf))).contains("Pupil Support Worker");
        }
        assertThat(DOCUMENTS.form(exported, DocumentFormat.DOCX)).isNotEmpty();
    }

    @Test
    void aFormWithoutGradeProfileOrStatementsStillRenders() throws IOException {
        OfficialForm seed = pupilSupportWorkerGrade5();
        OfficialForm bare = new OfficialForm(
                null,
                seed.postTitle(),
                seed.gradeLabel(),
                "",
                "",
                "",
                List.of(),
                List.of(),
                List.of(),
                "",
                "",
                "",
                List.of(),
                null);

        try (PDDocument pdf = Loader.loadPDF(DOCUMENTS.form(bare, DocumentFormat.PDF))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(flat(new PDFTextStripper().getText(pdf)))
                    .contains("Pupil Support Worker")
                    .doesNotContain("Grade Profile");
        }
        assertThat(DOCUMENTS.form(bare, DocumentFormat.DOCX)).isNotEmpty();
    }

    @Test
    void theMatrixIsALandscapePdfWithEveryGradeAndDimension() throws IOException {
        byte[] pdf = DOCUMENTS.matrixPdf(studentSupportServices(), FormFixtures.singleStatus2014());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).as("landscape").isGreaterThan(page.getHeight());
            String text = flat(new PDFTextStripper().getText(document));
            for (int grade = 3; grade <= 11; grade++) {
                assertThat(text).contains("Grade " + grade);
            }
            for (Dimension dimension : Dimension.values()) {
                assertThat(text).contains(dimension.label());
            }
            assertThat(text)
                    .contains("Student Support Services", "Implementation of Single Status in Schools – 2014")
                    .contains("ICT Technician", "Covering Frist Aid Room")
                    .doesNotContain("<p>");
        }
    }

    private static void assertEveryPartOfTheSeed(OfficialForm form, String text) {
        assertThat(text)
                .contains("Lancashire County Council")
                .contains("Role Profile - Operational Context Form")
                .contains("Post title:", "Pupil Support Worker", "Grade 5", "Staff responsibility:")
                .contains("Essential Car user:", "Scope of role:")
                .contains(
                        "In liaison with teaching staff, mentor or support pupils directly to overcome barriers to learning")
                .contains("Individuals in this role may also:", "Facilitate nurture groups")
                .contains("Prepared by:", "Schools HR Team", "Date:", "31/02/23")
                .contains("PLEASE NOTE that this is for guidance only.")
                .contains("Grade Profile - Level Five – Operative / Support (Grade 5)")
                .contains("Level Five Purpose", "Performance Measures")
                .contains("Instructing and checking the work of others; or");
        assertThat(form.accountabilities()).hasSize(13);
        form.accountabilities().forEach(accountability -> assertThat(text).contains(flat(accountability)));
        assertThat(form.statements())
                .extracting(StandardStatement::title)
                .containsExactlyElementsOf(STATEMENT_HEADINGS);
        STATEMENT_HEADINGS.forEach(heading -> assertThat(text).contains(heading));
        assertThat(text.indexOf("Attendance")).isLessThan(text.indexOf("Grade Profile - Level Five"));
    }

    /** Text with line breaks and runs of spaces as single spaces, as wrapped lines read. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
