package io.plancycle.document;

import org.springframework.http.MediaType;

import java.util.Arrays;
import java.util.Optional;

/** The file formats a document is given out in: ODF first (the national standard, CNS 15251), then XLSX, PDF, CSV. */
public enum DocumentFormat {
    ODT("odt", "application/vnd.oasis.opendocument.text"),
    ODS("ods", "application/vnd.oasis.opendocument.spreadsheet"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("pdf", "application/pdf"),
    CSV("csv", "text/csv");

    private final String extension;
    private final MediaType mediaType;

    DocumentFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = MediaType.parseMediaType(mediaType);
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** Whether the document can be written in this format: CSV holds a single table, the others anything. */
    public boolean fits(Document document) {
        return this != CSV || document.tables().size() == 1;
    }

    /** The format of a media type a caller asked for, if it is one of these. */
    public static Optional<DocumentFormat> of(MediaType requested) {
        return Arrays.stream(values()).filter(f -> f.mediaType.isCompatibleWith(requested) && !requested.isWildcardType()
                && !requested.isWildcardSubtype()).findFirst();
    }
}
