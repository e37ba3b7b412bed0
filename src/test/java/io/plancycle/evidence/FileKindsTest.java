package io.plancycle.evidence;

import io.plancycle.support.SampleFiles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of evidence told from its bytes alone; anything else (a program, text, a bare zip, nothing) is none. */
class FileKindsTest {

    @Test
    void everyKindOfEvidenceIsToldByItsContent() {
        Map<FileKind, byte[]> samples = Map.of(FileKind.PDF, SampleFiles.pdf("109年統計"), FileKind.PNG, SampleFiles.png(),
                FileKind.JPEG, SampleFiles.jpeg(), FileKind.ODT, SampleFiles.odt(), FileKind.ODS, SampleFiles.ods(),
                FileKind.ODP, SampleFiles.odp(), FileKind.DOCX, SampleFiles.docx(), FileKind.XLSX, SampleFiles.xlsx(),
                FileKind.PPTX, SampleFiles.pptx());
        samples.forEach((kind, bytes) -> assertThat(FileKinds.of(bytes)).as(kind.name()).contains(kind));
    }

    @Test
    void aProgramTextABareZipAndNothingAreNoEvidence() throws Exception {
        assertThat(FileKinds.of(SampleFiles.exe())).isEmpty();
        assertThat(FileKinds.of("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileKinds.of("實際值,605\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileKinds.of(new byte[0])).isEmpty();
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write("<Types/>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(FileKinds.of(zip.toByteArray())).isEmpty();
    }

    @Test
    void aNameFitsItsKindByItsExtension() {
        assertThat(FileKind.PDF.fitsName("109年原住民祭儀參與人數.PDF")).isTrue();
        assertThat(FileKind.JPEG.fitsName("現場.jpg")).isTrue();
        assertThat(FileKind.PDF.fitsName("統計.docx")).isFalse();
        assertThat(FileKind.PDF.fitsName("統計")).isFalse();
    }
}
