package io.plancycle.document;

import org.odftoolkit.odfdom.doc.OdfDocument;
import org.odftoolkit.odfdom.dom.element.office.OfficeFontFaceDeclsElement;
import org.odftoolkit.odfdom.dom.element.style.StyleFontFaceElement;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.dom.style.props.OdfPageLayoutProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTextProperties;
import org.odftoolkit.odfdom.incubator.doc.style.OdfDefaultStyle;
import org.odftoolkit.odfdom.incubator.doc.style.OdfStylePageLayout;
import org.odftoolkit.odfdom.incubator.meta.OdfOfficeMeta;
import org.odftoolkit.odfdom.pkg.OdfElement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * What the ODT and ODS writers share about an ODF file: how one is made and saved, its title, and its Chinese text.
 *
 * <p>An ODF file carries no font, so the text is set in Noto Sans TC (the font the PDF ships) with the generic
 * sans-serif family as the fallback, and in the language zh-TW, so that an office suite without Noto Sans TC falls
 * back to a Traditional Chinese font rather than a Simplified Chinese or Japanese one.
 */
final class OdfFiles {

    private static final String FONT = "Noto Sans TC";
    static final double A4_LONG_CM = 29.7;
    static final double A4_SHORT_CM = 21.0;

    private OdfFiles() {
    }

    /** What fills a new ODF document; odfdom's calls throw plain {@link Exception}. */
    interface Content<D extends OdfDocument> {
        void write(D document) throws Exception;
    }

    /**
     * Makes a document from odfdom's blank one, fills it and saves it to {@code out}, which stays open (odfdom closes
     * the stream it saves to, so the file is saved to a buffer first).
     */
    static <D extends OdfDocument> void write(Callable<D> blank, Content<D> content, OutputStream out)
            throws IOException {
        try (D document = blank.call()) {
            content.write(document);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            document.save(buffer);
            buffer.writeTo(out);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("the ODF file could not be written", e);
        }
    }

    /**
     * Gives the document its title (dc:title, which file managers and the office suite's title bar show) in place of
     * what odfdom's blank document says of itself (its author's name as the creator, its license as a custom
     * property), and sets the default style of {@code family} (paragraphs in a text, cells in a spreadsheet) in Noto
     * Sans TC, Traditional Chinese.
     */
    static void prepare(OdfDocument document, String title, OdfStyleFamily family) throws Exception {
        OdfOfficeMeta metadata = document.getOfficeMetadata();
        metadata.setTitle(title);
        metadata.setCreator(null);
        metadata.setInitialCreator(null);
        metadata.removeUserDefinedDataByName("License");
        document.setLocale(Locale.TAIWAN);
        OfficeFontFaceDeclsElement fonts = OdfElement.findFirstChildNode(OfficeFontFaceDeclsElement.class,
                document.getStylesDom().getRootElement());
        StyleFontFaceElement font = fonts.newStyleFontFaceElement(FONT);
        font.setSvgFontFamilyAttribute("'" + FONT + "'");
        font.setStyleFontFamilyGenericAttribute("swiss");
        font.setStyleFontPitchAttribute("variable");
        OdfDefaultStyle defaults = document.getStylesDom().getOrCreateOfficeStyles().getOrCreateDefaultStyle(family);
        defaults.setProperty(OdfTextProperties.FontName, FONT);
        defaults.setProperty(OdfTextProperties.FontNameAsian, FONT);
    }

    /** Makes a page layout A4 landscape: the KPI tables are wide. */
    static void landscapeA4(OdfStylePageLayout layout) {
        layout.setProperty(OdfPageLayoutProperties.PageWidth, OdfTables.cm(A4_LONG_CM));
        layout.setProperty(OdfPageLayoutProperties.PageHeight, OdfTables.cm(A4_SHORT_CM));
        layout.setProperty(OdfPageLayoutProperties.PrintOrientation, "landscape");
    }
}
