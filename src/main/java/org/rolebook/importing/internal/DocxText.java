package org.rolebook.importing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.rolebook.importing.Problem;

/**
 * The text of a Word document (DOCX) laid out the way the text readers expect a Word export: one
 * line per paragraph, table rows as cells split by TAB (a cell's paragraphs on lines of their
 * own), Word's automatic numbering and bullets written out ("1.", "•"), so that label/value forms
 * read like the tab-exported seeds.
 */
public final class DocxText {

    private DocxText() {}

    /** Whether the bytes are a ZIP container, as every DOCX is. */
    public static boolean looksLikeDocx(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    public static DocumentText.Outcome extract(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder text = new StringBuilder();
            Map<BigInteger, Integer> counters = new HashMap<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(paragraph(paragraph, counters)).append('\n');
                } else if (element instanceof XWPFTable table) {
                    table(table, counters, text);
                }
            }
            if (text.toString().isBlank()) {
                return new DocumentText.Refused(Problem.of("file", "the Word document holds no text"));
            }
            return new DocumentText.Text(text.toString());
        } catch (IOException | RuntimeException e) {
            return new DocumentText.Refused(Problem.of(
                    "file",
                    "not a Word document (DOCX) that can be read: "
                            + e.getClass().getSimpleName()
                            + (e.getMessage() == null
                                    ? ""
                                    : ": " + e.getMessage().lines().findFirst().orElse(""))));
        }
    }

    private static void table(XWPFTable table, Map<BigInteger, Integer> counters, StringBuilder text) {
        for (XWPFTableRow row : table.getRows()) {
            List<XWPFTableCell> cells = row.getTableCells();
            for (int c = 0; c < cells.size(); c++) {
                text.append(c == 0 ? "" : "\t");
                List<XWPFParagraph> paragraphs = cells.get(c).getParagraphs();
                for (int p = 0; p < paragraphs.size(); p++) {
                    text.append(p == 0 ? "" : "\n").append(paragraph(paragraphs.get(p), counters));
                }
            }
            text.append('\n');
        }
        text.append('\n');
    }

    private static String paragraph(XWPFParagraph paragraph, Map<BigInteger, Integer> counters) {
        String words = paragraph.getText();
        BigInteger list = paragraph.getNumID();
        if (list == null || words.isBlank()) {
            return words;
        }
        if ("bullet".equals(paragraph.getNumFmt())) {
            return "• " + words;
        }
        int number = counters.merge(list, 1, Integer::sum);
        return number + ". " + words;
    }
}
