package org.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolebook.SeedFiles;

/**
 * {@code rolebook render} as a user runs it: the seed form, whose date 31/02/23 does not exist,
 * rendered to real files on an empty database, so the statements and grade profile come from the
 * form file itself.
 */
class RenderCommandIntegrationTests {

    @TempDir
    static Path folder;

    @BeforeAll
    static void ownDatabase() {
        System.setProperty("spring.datasource.url", "jdbc:h2:file:" + folder.resolve("db/rolebook"));
    }

    @AfterAll
    static void forgetDatabase() {
        System.clearProperty("spring.datasource.url");
    }

    @Test
    void theSeedFormRendersAsPdfDocxAndHtml() throws IOException {
        String seed = SeedFiles.path(SeedFiles.ROLE_PROFILE_FORM).toString();
        Path pdf = folder.resolve("form.pdf");
        Path docx = folder.resolve("form.docx");
        Path html = folder.resolve("form.html");

        Cli toPdf = Cli.run("render", seed, "--format", "pdf", "--out", pdf.toString());
        Cli toDocx = Cli.run("render", seed, "--format", "docx", "--out", docx.toString());
        Cli toHtml = Cli.run("render", seed, "--format", "HTML", "--out", html.toString());

        assertThat(toPdf.code()).as(toPdf.err()).isZero();
        assertThat(toPdf.out()).contains("Pupil Support Worker, Grade 5, 13 accountabilities -> " + pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains(
                            "31/02/23", "Skills Pledge", "Grade Profile - Level Five – Operative / Support (Grade 5)");
        }
        assertThat(toDocx.code()).as(toDocx.err()).isZero();
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("13.", "To take care of their own", "Attendance");
        }
        assertThat(toHtml.code()).as(toHtml.err()).isZero();
        assertThat(Files.readString(html, StandardCharsets.UTF_8))
                .startsWith("<!DOCTYPE html>")
                .contains("Role Profile - Operational Context Form");
    }

    @Test
    void whatCannotBeRenderedIsNamed() throws IOException {
        Path noTitle = Files.writeString(
                folder.resolve("no-title.txt"),
                "Lancashire County Council\nRole Profile - Operational Context Form\n\n\tGrade:\n\tGrade 5\n",
                StandardCharsets.UTF_8);

        Cli untitled = Cli.run(
                "render", noTitle.toString(), "--out", folder.resolve("x.pdf").toString());
        assertThat(untitled.code()).isEqualTo(1);
        assertThat(untitled.err()).contains("post title: the form has no post title; nothing to render");
        assertThat(folder.resolve("x.pdf")).doesNotExist();

        Cli format = Cli.run("render", noTitle.toString(), "--format", "rtf");
        assertThat(format.code()).isEqualTo(1);
        assertThat(format.err()).contains("format: \"rtf\" is not a document format; use pdf, docx or html");

        Cli missing = Cli.run("render", folder.resolve("missing.txt").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("file: no such file");

        Cli unknownId =
                Cli.run("render", "424242", "--out", folder.resolve("y.pdf").toString());
        assertThat(unknownId.code()).isEqualTo(1);
        assertThat(unknownId.err()).contains("424242: id: no role profile with id 424242");
    }

    @Test
    void helpListsRender() {
        assertThat(Cli.run("--help").out()).contains("render");
    }
}
