package io.plancycle.document;

import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.dom.style.props.OdfStyleProperty;
import org.odftoolkit.odfdom.dom.style.props.OdfTextProperties;
import org.odftoolkit.odfdom.incubator.doc.office.OdfOfficeStyles;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A document as an OpenDocument text (ODT, the format of the national standard CNS 15251) through the ODF Toolkit:
 * the title, then every section from a new page whose footer numbers it P4-1, P4-2 ... ({@link OdtPages}), with real
 * headings, paragraphs that keep their line breaks, and tables whose header row repeats on every page ({@link
 * OdtBody}). The text is in Noto Sans TC ({@link OdfFiles}).
 */
@Component
class OdtWriter implements DocumentWriter {

    /**
     * What the blank document's heading styles set that Chinese text must not have: a font of their own (Arial, and
     * Lucida Sans Unicode, which has no Chinese), where headings should keep the text's font; and italics, which
     * Chinese type has none of, so that an office suite would merely slant the characters.
     */
    private static final List<OdfStyleProperty> NOT_FOR_CHINESE = List.of(OdfTextProperties.FontName,
            OdfTextProperties.FontNameAsian, OdfTextProperties.FontNameComplex, OdfTextProperties.FontStyle,
            OdfTextProperties.FontStyleAsian, OdfTextProperties.FontStyleComplex);

    @Override
    public DocumentFormat format() {
        return DocumentFormat.ODT;
    }

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        OdfFiles.write(OdfTextDocument::newTextDocument, odt -> {
            OdfFiles.prepare(odt, document.title(), OdfStyleFamily.Paragraph);
            headingsInTheTextFont(odt.getDocumentStyles());
            new OdtBody(odt, new OdtPages(odt, document.sections())).write(document);
        }, out);
    }

    private static void headingsInTheTextFont(OdfOfficeStyles styles) {
        for (String heading : List.of("Heading", "Heading_20_1", "Heading_20_2")) {
            NOT_FOR_CHINESE.forEach(styles.getStyle(heading, OdfStyleFamily.Paragraph)::removeProperty);
        }
    }
}
