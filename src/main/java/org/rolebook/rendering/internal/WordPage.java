package org.rolebook.rendering.internal;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.rolebook.rendering.internal.WordRuns.Style;
import org.w3c.dom.Element;

/** The Word page of the form: A4 portrait with the layout's margins, and its running footer with page numbers. */
final class WordPage {

    private WordPage() {}

    static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    static void a4(XWPFDocument docx) {
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

    /** The layout's running footer: its text on the left, "Page n of m" (its page-count part) on the right. */
    static void footer(XWPFDocument docx, Element footer) {
        XWPFParagraph paragraph = docx.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        paragraph.setBorderTop(Borders.SINGLE);
        Style style = new Style(false, false, 8);
        for (Element part : DocxLayout.children(footer)) {
            if (DocxLayout.hasClass(part, "page-count")) {
                WordRuns.run(paragraph, style).addTab();
                WordRuns.run(paragraph, style).setText("Page ");
                WordRuns.field(paragraph, "PAGE", style);
                WordRuns.run(paragraph, style).setText(" of ");
                WordRuns.field(paragraph, "NUMPAGES", style);
            } else {
                WordRuns.append(paragraph, part, style);
            }
        }
        CTPPr properties = paragraph.getCTP().isSetPPr()
                ? paragraph.getCTP().getPPr()
                : paragraph.getCTP().addNewPPr();
        CTTabStop tab = (properties.isSetTabs() ? properties.getTabs() : properties.addNewTabs()).addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(twips(174)));
    }
}
