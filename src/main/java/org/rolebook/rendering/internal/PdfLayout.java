package org.rolebook.rendering.internal;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.w3c.dom.Document;

/**
 * XHTML with print CSS to PDF (openhtmltopdf on PDFBox). The Liberation Sans fonts, metric
 * compatible with Arial and shipped in a Maven artifact, are embedded so that every character
 * of the text (– ’ · and the rest) prints as written on any machine.
 */
public final class PdfLayout {

    static final String FONT_FAMILY = "Liberation Sans";

    static {
        XRLog.setLoggerImpl(new RendererLog());
    }

    private record Face(String resource, int weight, FontStyle style, byte[] bytes) {}

    private final List<Face> faces = List.of(
            face("liberation/LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
            face("liberation/LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            face("liberation/LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
            face("liberation/LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));

    /** Font metrics, read once per font rather than once per document. */
    private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

    /** The characters the embedded fonts can print, read once from the regular face's character map. */
    private final java.util.BitSet printable = printable(faces.getFirst());

    public byte[] pdf(Document xhtml) {
        noteWhatTheFontCannotPrint(xhtml);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
        for (Face face : faces) {
            builder.useFont(
                    () -> new ByteArrayInputStream(face.bytes()), FONT_FAMILY, face.weight(), face.style(), true);
        }
        builder.withW3cDocument(xhtml, "about:blank");
        builder.withProducer("Rolebook");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A character the fonts have no glyph for (Chinese, Arabic, an emoji) prints as "#": the
     * document then says so at its end, naming each such character, so that no text is changed
     * without a word. The HTML and Word forms show the text as written.
     */
    private void noteWhatTheFontCannotPrint(Document xhtml) {
        java.util.Set<Integer> missing = new java.util.TreeSet<>();
        collect(xhtml.getDocumentElement(), missing);
        org.w3c.dom.Node body = xhtml.getElementsByTagName("body").item(0);
        if (missing.isEmpty() || body == null) {
            return;
        }
        org.w3c.dom.Element note = xhtml.createElement("p");
        note.setAttribute("class", "rb-unprintable");
        note.setAttribute("style", "margin-top: 6mm; font-size: 8pt;");
        note.setTextContent("This PDF's font cannot print " + missing.size()
                + (missing.size() == 1 ? " character" : " different characters") + " of the text, shown as #: "
                + String.join(
                        ", ",
                        missing.stream()
                                .limit(20)
                                .map(c -> String.format(java.util.Locale.ROOT, "U+%04X", c))
                                .toList())
                + (missing.size() > 20 ? " and others" : "")
                + ". The HTML and Word (DOCX) forms show the text as written.");
        body.appendChild(note);
    }

    private void collect(org.w3c.dom.Node node, java.util.Set<Integer> missing) {
        if (node.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
            node.getNodeValue().codePoints().forEach(c -> {
                if (!Character.isWhitespace(c)
                        && !Character.isISOControl(c)
                        && Character.getType(c) != Character.FORMAT
                        && c != 0xA0
                        && !printable.get(c)) {
                    missing.add(c);
                }
            });
        }
        for (org.w3c.dom.Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, missing);
        }
    }

    /** The code points the face has a glyph for, from its Unicode character map. */
    private static java.util.BitSet printable(Face face) {
        try (var font = new org.apache.fontbox.ttf.TTFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(face.bytes()))) {
            var lookup = font.getUnicodeCmapLookup();
            java.util.BitSet printable = new java.util.BitSet(0x30000);
            for (int c = 0; c < 0x30000; c++) {
                if (lookup.getGlyphId(c) != 0) {
                    printable.set(c);
                }
            }
            return printable;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Face face(String resource, int weight, FontStyle style) {
        try (InputStream in = PdfLayout.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the font " + resource + " is not on the class path");
            }
            return new Face(resource, weight, style, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
