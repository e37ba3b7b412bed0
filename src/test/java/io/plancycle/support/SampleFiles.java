package io.plancycle.support;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.odftoolkit.odfdom.doc.OdfPresentationDocument;
import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.doc.OdfTextDocument;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Small real files of every kind evidence may be, written by the libraries that write such files (OpenPDF, ImageIO,
 * the ODF Toolkit, Apache POI), and one that is none of them: a Windows program's first bytes.
 */
public final class SampleFiles {

    private SampleFiles() {
    }

    public static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpeg");
    }

    public static byte[] odt() {
        return write(out -> OdfTextDocument.newTextDocument().save(out));
    }

    public static byte[] ods() {
        return write(out -> OdfSpreadsheetDocument.newSpreadsheetDocument().save(out));
    }

    public static byte[] odp() {
        return write(out -> OdfPresentationDocument.newPresentationDocument().save(out));
    }

    public static byte[] docx() {
        return write(out -> {
            try (XWPFDocument document = new XWPFDocument()) {
                document.createParagraph().createRun().setText("佐證");
                document.write(out);
            }
        });
    }

    public static byte[] xlsx() {
        return write(out -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                workbook.createSheet("統計").createRow(0).createCell(0).setCellValue(605);
                workbook.write(out);
            }
        });
    }

    public static byte[] pptx() {
        return write(out -> {
            try (XMLSlideShow slides = new XMLSlideShow()) {
                slides.createSlide();
                slides.write(out);
            }
        });
    }

    /** The start of a Windows program (MZ, then the DOS stub's words), as a renamed .exe would begin. */
    public static byte[] exe() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, bytes, 78, stub.length);
        return bytes;
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        return write(out -> ImageIO.write(image, format, out));
    }

    private interface Writing {
        void to(ByteArrayOutputStream out) throws Exception;
    }

    private static byte[] write(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
