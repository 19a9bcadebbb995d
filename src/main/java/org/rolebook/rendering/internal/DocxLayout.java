package org.rolebook.rendering.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The same XHTML layout as the PDF, walked into a Word document: headings, paragraphs, the
 * bordered field tables with shaded labels, numbered and bulleted lists, page breaks where the
 * layout breaks pages, and its running footer with page numbers. The DOCX has no layout of its own.
 */
public final class DocxLayout {

    private static final String FONT = "Arial";
    private static final double BODY_SIZE = 10.5;
    private static final String LABEL_SHADE = "E8E8E8";
    private static final int MM_2 = twips(2);
    private static final int MM_3 = twips(3);
    private static final int MM_5 = twips(5);
    private static final int MM_7 = twips(7);

    /** Where paragraphs and tables go: the document's body or a table cell. */
    private interface Container {
        XWPFParagraph paragraph();

        @Nullable
        XWPFTable table();
    }

    private final XWPFDocument docx = new XWPFDocument();
    private boolean breakBeforeNext;

    private DocxLayout() {}

    public static byte[] docx(Document xhtml) {
        DocxLayout layout = new DocxLayout();
        try (XWPFDocument docx = layout.docx) {
            layout.pageSetup();
            Element body = child(xhtml.getDocumentElement(), "body");
            if (body != null) {
                layout.blocks(layout.bodyContainer(), body);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Container bodyContainer() {
        return new Container() {
            @Override
            public XWPFParagraph paragraph() {
                return docx.createParagraph();
            }

            @Override
            public XWPFTable table() {
                XWPFTable table = docx.createTable();
                return table;
            }
        };
    }

    private static Container cellContainer(XWPFTableCell cell) {
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

    private void pageSetup() {
        CTSectPr section = docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(twips(210)));
        size.setH(BigInteger.valueOf(twips(297)));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(twips(18)));
        margins.setBottom(BigInteger.valueOf(twips(20)));
        margins.setLeft(BigInteger.valueOf(twips(18)));
        margins.setRight(BigInteger.valueOf(twips(18)));
        margins.setFooter(BigInteger.valueOf(twips(8)));
    }

    private void blocks(Container into, Element parent) {
        for (Element element : children(parent)) {
            block(into, element);
        }
    }

    private void block(Container into, Element element) {
        switch (element.getLocalName()) {
            case "div" -> division(into, element);
            case "h1" -> heading(into.paragraph(), element, 14, true);
            case "h2" -> heading(into.paragraph(), element, 11.5, false);
            case "h3" -> heading(into.paragraph(), element, BODY_SIZE, false);
            case "p" -> paragraph(into.paragraph(), element);
            case "ol", "ul" -> list(into, element);
            case "table" -> table(into, element);
            default -> paragraph(into.paragraph(), element);
        }
    }

    private void division(Container into, Element division) {
        if (hasClass(division, "running-footer")) {
            footer(division);
            return;
        }
        if (hasClass(division, "grade-profile")) {
            breakBeforeNext = true;
        }
        blocks(into, division);
    }

    private XWPFParagraph started(XWPFParagraph paragraph) {
        if (breakBeforeNext) {
            paragraph.setPageBreak(true);
            breakBeforeNext = false;
        }
        paragraph.setSpacingAfter(MM_2);
        return paragraph;
    }

    private void heading(XWPFParagraph paragraph, Element heading, double size, boolean ruled) {
        started(paragraph);
        paragraph.setKeepNext(true);
        paragraph.setSpacingBefore(ruled ? 0 : MM_3);
        if (ruled) {
            paragraph.setBorderBottom(Borders.SINGLE);
            paragraph.setSpacingAfter(MM_5);
        }
        inline(paragraph, heading, new Style(true, false, size));
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
            paragraph.setSpacingBefore(MM_5);
            paragraph.setSpacingAfter(MM_5);
        }
        inline(paragraph, element, new Style(employer, disclaimer, employer ? 15 : BODY_SIZE));
    }

    private void list(Container into, Element list) {
        boolean numbered = list.getLocalName().equals("ol");
        int number = 1;
        for (Element item : children(list)) {
            XWPFParagraph paragraph = started(into.paragraph());
            paragraph.setIndentationLeft(MM_7);
            paragraph.setIndentationHanging(MM_7);
            paragraph.setSpacingAfter(twips(1.2));
            Style style = new Style(false, false, BODY_SIZE);
            run(paragraph, style).setText(numbered ? number++ + "." : "•");
            run(paragraph, style).addTab();
            inline(paragraph, item, style);
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
        int border = 6; // eighths of a point: the layout's 0.75pt rules
        word.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, border, 0, "000000");
        word.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, border, 0, "000000");
        word.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, border, 0, "000000");
        word.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, border, 0, "000000");
        word.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, border, 0, "000000");
        word.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, border, 0, "000000");
        word.setCellMargins(twips(1.8), twips(2.5), twips(1.8), twips(2.5));
        List<Element> rows = descendants(table, "tr");
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
        cell.setWidth(label ? (cellsInRow > 2 ? "18%" : "30%") : (cellsInRow > 2 ? "32%" : "70%"));
        Container container = cellContainer(cell);
        if (children(source).isEmpty()) {
            XWPFParagraph paragraph = container.paragraph();
            paragraph.setSpacingAfter(0);
            inline(paragraph, source, new Style(label, false, BODY_SIZE));
        } else {
            blocks(container, source);
        }
    }

    private void footer(Element footer) {
        XWPFFooter word = docx.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = word.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.LEFT);
        paragraph.setBorderTop(Borders.SINGLE);
        Style style = new Style(false, false, 8);
        for (Element part : children(footer)) {
            if (hasClass(part, "page-count")) {
                run(paragraph, style).addTab();
                run(paragraph, style).setText("Page ");
                field(paragraph, "PAGE", style);
                run(paragraph, style).setText(" of ");
                field(paragraph, "NUMPAGES", style);
            } else {
                inline(paragraph, part, style);
            }
        }
        var properties = paragraph.getCTP().isSetPPr()
                ? paragraph.getCTP().getPPr()
                : paragraph.getCTP().addNewPPr();
        var tab = (properties.isSetTabs() ? properties.getTabs() : properties.addNewTabs()).addNewTab();
        tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(twips(174)));
    }

    private static void field(XWPFParagraph paragraph, String instruction, Style style) {
        var field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        XWPFRun placeholder = new XWPFRun(field.addNewR(), paragraph);
        style.apply(placeholder);
        placeholder.setText("1");
    }

    /** Text and inline elements, whitespace collapsed as a browser does. */
    private void inline(XWPFParagraph paragraph, Node parent, Style style) {
        List<Node> nodes = new ArrayList<>();
        collectInline(parent, nodes);
        StringBuilder pending = new StringBuilder();
        Style pendingStyle = style;
        for (Node node : nodes) {
            Style nodeStyle = styleOf(node.getParentNode(), parent, style);
            if (!nodeStyle.equals(pendingStyle) && !pending.isEmpty()) {
                run(paragraph, pendingStyle).setText(pending.toString());
                pending.setLength(0);
            }
            pendingStyle = nodeStyle;
            pending.append(node.getTextContent().replaceAll("\\s+", " "));
        }
        String text = pending.toString();
        if (!text.isBlank() || paragraph.getRuns().isEmpty()) {
            run(paragraph, pendingStyle).setText(text.strip());
        }
        List<XWPFRun> runs = paragraph.getRuns();
        if (!runs.isEmpty() && runs.getFirst().text() != null) {
            runs.getFirst().setText(runs.getFirst().text().stripLeading(), 0);
        }
    }

    private static void collectInline(Node parent, List<Node> texts) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE) {
                texts.add(node);
            } else if (node.getNodeType() == Node.ELEMENT_NODE) {
                collectInline(node, texts);
            }
        }
    }

    private static Style styleOf(Node node, Node stop, Style base) {
        Style style = base;
        for (Node at = node; at != null && at != stop; at = at.getParentNode()) {
            String name = at.getLocalName();
            if ("strong".equals(name) || "b".equals(name)) {
                style = style.bold();
            } else if ("em".equals(name) || "i".equals(name)) {
                style = style.italic();
            }
        }
        return style;
    }

    private static XWPFRun run(XWPFParagraph paragraph, Style style) {
        XWPFRun run = paragraph.createRun();
        style.apply(run);
        return run;
    }

    private record Style(boolean isBold, boolean isItalic, double size) {
        Style bold() {
            return new Style(true, isItalic, size);
        }

        Style italic() {
            return new Style(isBold, true, size);
        }

        void apply(XWPFRun run) {
            run.setFontFamily(FONT);
            run.setFontSize(size);
            run.setBold(isBold);
            run.setItalic(isItalic);
        }
    }

    private static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    private static boolean hasClass(Element element, String name) {
        return Arrays.asList(element.getAttribute("class").split("\\s+")).contains(name);
    }

    private static @Nullable Element child(Element parent, String name) {
        return children(parent).stream()
                .filter(e -> e.getLocalName().equals(name))
                .findFirst()
                .orElse(null);
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static List<Element> descendants(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        var nodes = parent.getElementsByTagNameNS("*", name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
