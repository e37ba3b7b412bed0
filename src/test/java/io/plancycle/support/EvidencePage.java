package io.plancycle.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The agency attaches evidence to an actual on its evidence page, as a person does: opens the page, chooses the file
 * under the KPI's actual, types its source, as-of date and who checked it, and uploads it. For any story that needs
 * evidence behind a figure.
 */
public final class EvidencePage {

    private EvidencePage() {
    }

    /** The page of an agency's evidence in a year's cycle. */
    public static String path(int year, String agency) {
        return "/cycles/" + year + "/agencies/" + agency + "/evidence";
    }

    /**
     * Signed in as the agency in {@code b}, attaches the file to the actual of the KPI and answers once the page is
     * back (with the file listed, or with the problem under its field).
     */
    public static void attach(Browser b, int year, String agency, long kpiId, Path file, String source, LocalDate asOf,
                              String verifiedBy) {
        if (!b.path().startsWith(path(year, agency))) {
            b.open(path(year, agency));
        }
        String k = "-" + kpiId;
        b.find("#f-file" + k).sendKeys(file.toAbsolutePath().toString());
        b.type("#f-source" + k, source);
        b.setDate("f-asOf" + k, asOf);
        b.type("#f-verifiedBy" + k, verifiedBy);
        b.follow("#pc-evidence-form" + k + " .pc-evidence-add");
    }

    /** Writes a file to upload under {@code target/uploads}, named as the user would have it. */
    public static Path file(String name, byte[] bytes) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "uploads"));
            return Files.write(folder.resolve(name), bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
