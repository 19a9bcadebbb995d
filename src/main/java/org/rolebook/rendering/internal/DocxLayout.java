package org.rolebook.rendering.internal;

import static org.rolebook.rendering.internal.WordPage.twips;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.rolebook.rendering.internal.WordRuns.Style;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The same XHTML layout as the PDF, walked into a Word document: headings, paragraphs, the
 * bordered field tables with shaded labels, numbered and bulleted lists, the page break before the
 * grade profile, and the running footer with page numbers. The DOCX has no layout of its own.
 */
public final class DocxLayout {

    private static final double BODY = 10.5;
    private static final String LABEL_SHADE = "E8E8E8";
    private static final int RULE = 6; // eighths of a point: the layout's 0.75pt rules
    private static final int TEXT_WIDTH = twips(210 - 18 - 18);

    /** Where paragraphs go: the document's body, or a table cell (whose first paragraph exists already). */
    private interface Container {
        XWPFParagraph paragraph();

        /** A new table, or null where Word tables cannot go (inside a cell: the rows become paragraphs). */
        @Nullable
        XWPFTable table();
    }

    private final XWPFDocument docx;
    private boolean breakBeforeNext;

    private DocxLayout(XWPFDocument docx) {
        this.docx = docx;
    }

    public static byte[] docx(Document xhtml) {
        try (XWPFDocument docx = new XWPFDocument()) {
            WordPage.a4(docx);
            DocxLayout layout = new DocxLayout(docx);
            for (Element body : children(xhtml.getDocumentElement())) {
                if (body.getLocalName().equals("body")) {
                    layout.blocks(layout.body(), body);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Container body() {
        return new Container() {
            @Override
            public XWPFParagraph paragraph() {
                return docx.createParagraph();
            }

            @Override
            public XWPFTable table() {
                return docx.createTable();
            }
        };
    }

    private static Container cell(XWPFTableCell cell) {
        return new Container() {
            private boolean first = true;

            @Override
            public XWPFParagraph paragraph() {
                if (first) {
                    first = false;
                    return cell.getParagraphs().getFirst();
                }
                return cell.addParagraph();
            }

            @Override
            public @Nullable XWPFTable table() {
                return null;
            }
        };
    }

    private void blocks(Container into, Element parent) {
        for (Element element : children(parent)) {
            switch (element.getLocalName()) {
                case "div" -> division(into, element);
                case "h1" -> heading(into.paragraph(), element, 14, true);
                case "h2" -> heading(into.paragraph(), element, 11.5, false);
                case "h3" -> heading(into.paragraph(), element, BODY, false);
                case "ol", "ul" -> list(into, element);
                case "table" -> table(into, element);
                default -> paragraph(into.paragraph(), element);
            }
        }
    }

    private void division(Container into, Element division) {
        if (hasClass(division, "running-footer")) {
            WordPage.footer(docx, division);
            return;
        }
        breakBeforeNext |= hasClass(division, "grade-profile");
        blocks(into, division);
    }

    private XWPFParagraph started(XWPFParagraph paragraph) {
        if (breakBeforeNext) {
            paragraph.setPageBreak(true);
            breakBeforeNext = false;
        }
        paragraph.setSpacingAfter(twips(2));
        return paragraph;
    }

    private void heading(XWPFParagraph paragraph, Element heading, double size, boolean ruled) {
        started(paragraph).setKeepNext(true);
        paragraph.setSpacingBefore(ruled ? 0 : twips(3));
        if (ruled) {
            paragraph.setBorderBottom(Borders.SINGLE);
            paragraph.setSpacingAfter(twips(5));
        }
        WordRuns.append(paragraph, heading, new Style(true, false, size));
    }

    private void paragraph(XWPFParagraph paragraph, Element element) {
        started(paragraph);
        boolean employer = hasClass(element, "employer");
        boolean disclaimer = hasClass(element, "disclaimer");
        if (disclaimer) {
            paragraph.setBorderTop(Borders.SINGLE);
            paragraph.setBorderBottom(Borders.SINGLE);
            paragraph.setBorderLeft(Borders.SINGLE);
            paragraph.setBorderRight(Borders.SINGLE);
            var borders = paragraph.getCTP().getPPr().getPBdr();
            for (var side : List.of(borders.getTop(), borders.getBottom(), borders.getLeft(), borders.getRight())) {
                side.setSpace(java.math.BigInteger.valueOf(6)); // points between the box and the text
                side.setSz(java.math.BigInteger.valueOf(RULE));
            }
            paragraph.setIndentationLeft(twips(2.5));
            paragraph.setIndentationRight(twips(2.5));
            paragraph.setSpacingBefore(twips(5));
            paragraph.setSpacingAfter(twips(5));
        }
        WordRuns.append(paragraph, element, new Style(employer, disclaimer, employer ? 15 : BODY));
    }

    private void list(Container into, Element list) {
        boolean numbered = list.getLocalName().equals("ol");
        Style style = new Style(false, false, BODY);
        int number = 1;
        for (Element item : children(list)) {
            XWPFParagraph paragraph = started(into.paragraph());
            paragraph.setIndentationLeft(twips(7));
            paragraph.setIndentationHanging(twips(7));
            paragraph.setSpacingAfter(twips(1.2));
            WordRuns.run(paragraph, style).setText(numbered ? number++ + "." : "•");
            WordRuns.run(paragraph, style).addTab();
            WordRuns.append(paragraph, item, style);
        }
    }

    private void table(Container into, Element table) {
        XWPFTable word = into.table();
        if (word == null) {
            blocks(into, table);
            return;
        }
        word.setWidth("100%");
        word.setWidthType(TableWidthType.PCT);
        word.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, RULE, 0, "000000");
        word.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, RULE, 0, "000000");
        word.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, RULE, 0, "000000");
        word.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, RULE, 0, "000000");
        word.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, RULE, 0, "000000");
        word.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, RULE, 0, "000000");
        word.setCellMargins(twips(1.8), twips(2.5), twips(1.8), twips(2.5));
        List<Element> rows = rows(table);
        grid(word, rows.isEmpty() ? List.of() : children(rows.getFirst()));
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = r == 0 ? word.getRow(0) : word.createRow();
            row.setCantSplitRow(true);
            List<Element> cells = children(rows.get(r));
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = c < row.getTableCells().size() ? row.getCell(c) : row.addNewTableCell();
                cell(cell, cells.get(c), cells.size());
            }
        }
    }

    private void cell(XWPFTableCell cell, Element source, int cellsInRow) {
        boolean label = source.getLocalName().equals("th");
        if (label) {
            cell.setColor(LABEL_SHADE);
        }
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(String.valueOf(width(label, cellsInRow)));
        Container container = cell(cell);
        if (children(source).isEmpty()) {
            XWPFParagraph paragraph = container.paragraph();
            paragraph.setSpacingAfter(0);
            WordRuns.append(paragraph, source, new Style(label, false, BODY));
        } else {
            blocks(container, source);
        }
    }

    /** Label columns take 30% of the text width beside one value, 18% beside two; values share the rest. */
    private static int width(boolean label, int cellsInRow) {
        int labels = Math.max(1, cellsInRow / 2);
        double share =
                label ? (cellsInRow <= 2 ? 0.30 : 0.18) : (cellsInRow <= 2 ? 0.70 : (1 - 0.18 * labels) / labels);
        return (int) Math.round(TEXT_WIDTH * share);
    }

    /** Word and LibreOffice size columns by the table grid, so it follows the layout's widths. */
    private static void grid(XWPFTable word, List<Element> firstRow) {
        var ctTable = word.getCTTbl();
        var grid = ctTable.getTblGrid() != null ? ctTable.getTblGrid() : ctTable.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (Element cell : firstRow) {
            grid.addNewGridCol()
                    .setW(java.math.BigInteger.valueOf(width(cell.getLocalName().equals("th"), firstRow.size())));
        }
    }

    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        var found = table.getElementsByTagNameNS("*", "tr");
        for (int i = 0; i < found.getLength(); i++) {
            rows.add((Element) found.item(i));
        }
        return rows;
    }

    static boolean hasClass(Element element, String name) {
        return Arrays.asList(element.getAttribute("class").split("\\s+")).contains(name);
    }

    static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
