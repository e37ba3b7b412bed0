package io.plancycle.evidence;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.tika.detect.Detector;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a file is, told from its bytes alone: never from its name or the type the browser sent.
 * <p>
 * Apache Tika's core (its magic numbers, no parsers) tells PDF, PNG, JPEG and the ODF documents apart (an ODF package
 * starts with its uncompressed {@code mimetype} entry); an OOXML package it knows only as such
 * ({@code application/x-tika-ooxml}), so its main part's content type, read with Apache POI, says whether it is a
 * Word, Excel or PowerPoint file (as Tika's own OOXML detector does, without its parsers' dependencies).
 */
final class FileKinds {

    private static final MediaType OOXML = MediaType.application("x-tika-ooxml");
    private static final Map<String, FileKind> OOXML_MAIN_PARTS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", FileKind.DOCX,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", FileKind.XLSX,
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", FileKind.PPTX);
    private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();

    private FileKinds() {
    }

    /** The kind of evidence these bytes are, or empty when they are none of them (whatever the file is named). */
    static Optional<FileKind> of(byte[] bytes) {
        MediaType detected;
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            detected = DETECTOR.detect(in, new Metadata());
        } catch (IOException unreadable) {
            return Optional.empty();
        }
        if (OOXML.equals(detected)) {
            return ooxml(bytes);
        }
        return FileKind.ofMediaType(detected.getBaseType().toString());
    }

    /** The kind of an OOXML package by its main part: a document, a workbook or a presentation (no macros). */
    private static Optional<FileKind> ooxml(byte[] bytes) {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (Exception notAPackage) {
            return Optional.empty();
        }
        try {
            List<PackagePart> main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
            return main.size() == 1 ? Optional.ofNullable(OOXML_MAIN_PARTS.get(main.get(0).getContentType()))
                    : Optional.empty();
        } catch (RuntimeException broken) {
            return Optional.empty();
        } finally {
            pkg.revert();
        }
    }
}
