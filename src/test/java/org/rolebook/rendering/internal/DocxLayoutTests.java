package org.rolebook.rendering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/** How the walker reads the layout's elements into Word. */
class DocxLayoutTests {

    private static XWPFDocument walked(String body) throws IOException {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + body + "</body></html>";
        return new XWPFDocument(new ByteArrayInputStream(DocxLayout.docx(XhtmlLayouts.dom(xhtml))));
    }

    @Test
    void inlineStylesBecomeRunsAndKeepTheSpacesBetweenWords() throws IOException {
        try (XWPFDocument docx = walked("<p>\n  Liaise with <strong>teaching</strong> staff <em>daily</em>\n</p>")) {
            XWPFParagraph paragraph = docx.getParagraphs().getFirst();
            assertThat(paragraph.getText()).isEqualTo("Liaise with teaching staff daily");
            assertThat(paragraph.getRuns())
                    .filteredOn(XWPFRun::isBold)
                    .extracting(XWPFRun::text)
                    .containsExactly("teaching");
            assertThat(paragraph.getRuns())
                    .filteredOn(XWPFRun::isItalic)
                    .extracting(XWPFRun::text)
                    .containsExactly("daily");
        }
    }

    @Test
    void listsAreNumberedOrBulletedAndTablesKeepTheirCells() throws IOException {
        try (XWPFDocument docx = walked("<ol><li>First</li><li>Second</li></ol><ul><li>Also</li></ul>"
                + "<table><tr><th>Grade:</th><td>Grade 5</td></tr><tr><th>Date:</th><td>31/02/23</td></tr></table>")) {
            assertThat(docx.getParagraphs())
                    .extracting(XWPFParagraph::getText)
                    .startsWith("1.\tFirst", "2.\tSecond", "•\tAlso");
            assertThat(docx.getTables()).singleElement().satisfies(table -> {
                assertThat(table.getRows()).hasSize(2);
                assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("31/02/23");
                assertThat(table.getRow(0).getCell(0).getColor()).isEqualTo("E8E8E8");
            });
        }
    }

    @Test
    void theGradeProfileStartsOnANewPage() throws IOException {
        try (XWPFDocument docx = walked("<p>Attendance</p><div class=\"grade-profile\"><h1>Grade Profile</h1></div>")) {
            assertThat(docx.getParagraphs().get(1).isPageBreak()).isTrue();
            assertThat(docx.getParagraphs().get(0).isPageBreak()).isFalse();
        }
    }
}
