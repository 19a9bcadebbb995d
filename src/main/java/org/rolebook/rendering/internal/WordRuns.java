package org.rolebook.rendering.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.w3c.dom.Node;

/**
 * The inline content of an XHTML element as Word runs: whitespace collapsed as a browser does,
 * bold for {@code strong}/{@code b}, italic for {@code em}/{@code i}, one run per change of style.
 */
final class WordRuns {

    static final String FONT = "Arial";

    /** How a run looks: the layout's fonts are Arial-metric Liberation Sans, Word's is Arial. */
    record Style(boolean bold, boolean italic, double size) {

        Style withBold() {
            return new Style(true, italic, size);
        }

        Style withItalic() {
            return new Style(bold, true, size);
        }

        void apply(XWPFRun run) {
            run.setFontFamily(FONT);
            run.setFontSize(size);
            run.setBold(bold);
            run.setItalic(italic);
        }
    }

    private record Piece(String text, Style style) {}

    private WordRuns() {}

    /** Appends the text of the element, in its styles, to the paragraph. */
    static void append(XWPFParagraph paragraph, Node element, Style style) {
        List<Piece> pieces = new ArrayList<>();
        collect(element, style, pieces);
        if (pieces.isEmpty()) {
            run(paragraph, style).setText("");
            return;
        }
        pieces.set(
                0,
                new Piece(
                        pieces.getFirst().text().stripLeading(),
                        pieces.getFirst().style()));
        pieces.set(
                pieces.size() - 1,
                new Piece(
                        pieces.getLast().text().stripTrailing(),
                        pieces.getLast().style()));
        StringBuilder text = new StringBuilder();
        Style current = pieces.getFirst().style();
        for (Piece piece : pieces) {
            if (!piece.style().equals(current)) {
                flush(paragraph, text, current);
                current = piece.style();
            }
            text.append(piece.text());
        }
        flush(paragraph, text, current);
    }

    static XWPFRun run(XWPFParagraph paragraph, Style style) {
        XWPFRun run = paragraph.createRun();
        style.apply(run);
        return run;
    }

    /** A field Word fills in, such as PAGE or NUMPAGES, showing "1" until it does. */
    static void field(XWPFParagraph paragraph, String instruction, Style style) {
        var field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        XWPFRun placeholder = new XWPFRun(field.addNewR(), paragraph);
        style.apply(placeholder);
        placeholder.setText("1");
    }

    private static void flush(XWPFParagraph paragraph, StringBuilder text, Style style) {
        if (!text.isEmpty()) {
            run(paragraph, style).setText(text.toString());
            text.setLength(0);
        }
    }

    private static void collect(Node parent, Style style, List<Piece> pieces) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE) {
                pieces.add(new Piece(node.getTextContent().replaceAll("\\s+", " "), style));
            } else if (node.getNodeType() == Node.ELEMENT_NODE) {
                collect(node, styleOf(node, style), pieces);
            }
        }
    }

    private static Style styleOf(Node element, Style style) {
        return switch (element.getLocalName()) {
            case "strong", "b" -> style.withBold();
            case "em", "i" -> style.withItalic();
            default -> style;
        };
    }
}
