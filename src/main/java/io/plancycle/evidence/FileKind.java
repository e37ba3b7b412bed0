package io.plancycle.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file evidence may be: each with its media type, the extensions its name may end in, and its name. */
public enum FileKind {
    PDF("application/pdf", "PDF", "pdf"),
    PNG("image/png", "PNG", "png"),
    JPEG("image/jpeg", "JPEG", "jpg", "jpeg"),
    ODT("application/vnd.oasis.opendocument.text", "ODT", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ODS", "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", "ODP", "odp"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX", "pptx");

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    FileKind(String mediaType, String label, String... extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    public String mediaType() { return mediaType; }
    public String label() { return label; }

    /** The kind of this media type, if evidence may be of it. */
    static Optional<FileKind> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(k -> k.mediaType.equals(mediaType)).findFirst();
    }

    /** Whether a file of this kind may carry this name: its extension is one of the kind's. */
    boolean fitsName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The kinds accepted, as the page's and the messages' list says them: PDF、PNG、JPEG、… */
    static String accepted() {
        return String.join("、", Arrays.stream(values()).map(FileKind::label).toList());
    }

    /** The extensions accepted, as a file input's accept attribute takes them. */
    static String acceptAttribute() {
        return String.join(",", Arrays.stream(values()).flatMap(k -> k.extensions.stream().map(e -> "." + e)).toList());
    }
}
