package io.plancycle.document;

import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.MessageCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a spreadsheet a person uploads, whatever its file is called: an OpenDocument spreadsheet (its
 * {@code mimetype} entry says so) or an Excel workbook (an Office Open XML package with a workbook). Anything else
 * — a PDF, a CSV, a text document, an old .xls, random bytes — is refused naming the field {@code file}, and so is a
 * file past the limits of an upload: {@value SheetRows#MAX_SHEETS} sheets, {@value SheetRows#MAX_ROWS} rows that
 * hold anything per sheet, {@value #MAX_UNPACKED_MIB} MiB unpacked (a zip bomb is refused before it is unpacked).
 */
public final class SpreadsheetReader {

    static final int MAX_UNPACKED_MIB = 64;
    private static final long MAX_UNPACKED = MAX_UNPACKED_MIB * 1024L * 1024L;
    private static final String FILE = "file";
    private static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

    private SpreadsheetReader() {
    }

    /** The spreadsheet in the file; refused ({@link InvalidInputException} on {@code file}) when it is none. */
    public static Spreadsheet read(byte[] file) {
        Package content = unpack(file);
        try {
            if (content.mimetype != null && content.mimetype.equals(ODS) && content.odsContent != null) {
                return OdsReader.read(content.odsContent);
            }
            if (content.mimetype == null && content.workbook) {
                return XlsxReader.read(file);
            }
        } catch (InvalidInputException pastALimit) {
            throw pastALimit;
        } catch (IOException | RuntimeException notReadable) {
            // a package that says it is a spreadsheet but cannot be read as one: refused below
        }
        throw new InvalidInputException(FILE, MessageCode.IMPORT_NOT_SPREADSHEET);
    }

    /** What a zip package says it is: its ODF mimetype, the content of an ODS, whether it has an Excel workbook. */
    private record Package(String mimetype, byte[] odsContent, boolean workbook) {
    }

    /** Goes through the zip's entries once, unpacking no more than {@link #MAX_UNPACKED} bytes in all. */
    private static Package unpack(byte[] file) {
        String mimetype = null;
        byte[] content = null;
        boolean contentTypes = false;
        boolean workbook = false;
        long unpacked = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] bytes = readAtMost(zip, MAX_UNPACKED - unpacked);
                unpacked += bytes.length;
                switch (entry.getName()) {
                    case "mimetype" -> mimetype = new String(bytes, StandardCharsets.US_ASCII).strip();
                    case "content.xml" -> content = bytes;
                    case "[Content_Types].xml" -> contentTypes = true;
                    case "xl/workbook.xml" -> workbook = true;
                    default -> {
                        // styles, pictures, settings: not read
                    }
                }
            }
        } catch (IOException notAZip) {
            throw new InvalidInputException(FILE, MessageCode.IMPORT_NOT_SPREADSHEET);
        }
        return new Package(mimetype, content, contentTypes && workbook);
    }

    /** The entry's bytes; refused as too large when they are more than {@code most}. */
    private static byte[] readAtMost(InputStream in, long most) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > most) {
                throw new InvalidInputException(FILE, MessageCode.IMPORT_TOO_LARGE, MAX_UNPACKED_MIB);
            }
        }
        return out.toByteArray();
    }
}
