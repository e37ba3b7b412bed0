package io.plancycle.document;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.context.request.NativeWebRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives out documents: writes one in a format, and answers a download in the format the caller asked for, by
 * {@code ?format=ods} or by {@code Accept}, under the document's Chinese file name. A controller maps its download
 * with {@link GetDocument}.
 */
@Component
public class Documents {

    private final Map<DocumentFormat, DocumentWriter> writers = new EnumMap<>(DocumentFormat.class);
    private final ContentNegotiationManager negotiation;

    Documents(List<DocumentWriter> writers, ContentNegotiationManager mvcContentNegotiationManager) {
        writers.forEach(w -> this.writers.put(w.format(), w));
        this.negotiation = mvcContentNegotiationManager;
    }

    /** The document as a file in the format. */
    public byte[] write(Document document, DocumentFormat format) {
        if (!format.fits(document)) {
            throw new IllegalArgumentException(document.title() + " has no single table for " + format);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writers.get(format).write(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Where each row of each of the document's tables begins in its PDF: per table, in order, the printed number of the
     * page of each row ("P4-6"), for a table elsewhere that cites the pages (頁碼).
     */
    public List<List<String>> rowPages(Document document) {
        return ((PdfWriter) writers.get(DocumentFormat.PDF)).rowPages(document);
    }

    /**
     * The download of a document in the first format the caller asked for that fits it; 406 (a problem response)
     * when none does, such as CSV of a document with several tables.
     */
    public ResponseEntity<byte[]> download(Document document, NativeWebRequest request)
            throws HttpMediaTypeNotAcceptableException {
        List<MediaType> requested = negotiation.resolveMediaTypes(request);
        DocumentFormat format = requested.stream().map(DocumentFormat::of).flatMap(Optional::stream)
                .filter(f -> f.fits(document)).findFirst()
                .orElseThrow(() -> new HttpMediaTypeNotAcceptableException(offered(document)));
        MediaType type = format == DocumentFormat.CSV
                ? new MediaType(format.mediaType(), StandardCharsets.UTF_8) : format.mediaType();
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName() + "." + format.extension(), StandardCharsets.UTF_8)
                        .build().toString())
                .body(write(document, format));
    }

    private static List<MediaType> offered(Document document) {
        return Arrays.stream(DocumentFormat.values()).filter(f -> f.fits(document))
                .map(DocumentFormat::mediaType).toList();
    }
}
