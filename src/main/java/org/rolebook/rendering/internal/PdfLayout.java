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

    public byte[] pdf(Document xhtml) {
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
