package io.plancycle.document;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.support.DocumentFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan book of the first three agencies as a PDF, read back as a user's reader would: the Chinese is text that
 * can be searched, each agency's pages are numbered on their own, the font travels inside the file as a small subset,
 * and page 1 is rendered to target/screenshots for a look.
 */
class PdfWriterTest {

    private static final Document PLAN = DemoPlanDocument.of(3);
    private static byte[] bytes;
    private static PDDocument pdf;
    /** The text of every page, as a reader's search or copy finds it. */
    private static String wholeText;

    @BeforeAll
    static void write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(PLAN, out);
        bytes = out.toByteArray();
        pdf = Loader.loadPDF(bytes);
        wholeText = text(1, pdf.getNumberOfPages());
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void theTitleAndTheChineseHeadingsAreText() {
        List<String> headings = PLAN.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(Document.Heading.class::isInstance).map(b -> ((Document.Heading) b).text()).toList();
        assertThat(headings).isNotEmpty();
        assertThat(wholeText).contains(PLAN.title()).contains(headings);
    }

    @Test
    void aKpiIsInTheTableWithIts108Target() {
        JsonNode kpi = DemoPlanDocument.plan().get("agencies").get(0).get("goals").get(0).get("kpis").get(0);
        String row = kpi.get("name").asText() + kpi.get("measure").asText()
                + kpi.get("targets").get("108").get("raw").asText();
        assertThat(compact(wholeText)).contains(compact(row));
    }

    @Test
    void longChineseTextWrapsInsideItsCellAndIsNotCut() {
        String longest = PLAN.tables().stream().flatMap(t -> t.rows().stream()).flatMap(List::stream)
                .map(Document.Cell::text).max(Comparator.comparingInt(String::length)).orElseThrow();
        assertThat(wholeText).as("broken into lines").doesNotContain(longest);
        assertThat(compact(wholeText)).as("whole").contains(compact(longest));
    }

    @Test
    void noLineStartsWithAClosingPunctuationMark() {
        assertThat(wholeText.lines().map(String::strip))
                .noneMatch(line -> !line.isEmpty() && "，。、；：？！」』）)".indexOf(line.charAt(0)) >= 0);
    }

    @Test
    void aCharacterTheFontLacksShowsAsAMarkInsteadOfVanishing() {
        String vision = DemoPlanDocument.plan().get("agencies").get(0).get("vision").get(3).asText();
        assertThat(vision).as("a rare variant of 達 that Noto Sans TC lacks").contains("逹");
        assertThat(compact(wholeText)).contains(compact(vision.replace("逹", "〓")));
    }

    @Test
    void eachSectionNumbersItsOwnPages() throws IOException {
        String heading2 = ((Document.Heading) PLAN.sections().get(1).blocks().get(0)).text();
        List<String> footers = new ArrayList<>();
        int section2 = 0;
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            String text = text(page, page);
            footers.add(text.strip().lines().reduce((first, last) -> last).orElse(""));
            if (section2 == 0 && text.contains(heading2)) {
                section2 = page;
            }
        }
        assertThat(section2).as("the first agency runs over several pages").isGreaterThan(2);
        assertThat(footers.subList(0, 2)).containsExactly("P1-1", "P1-2");
        assertThat(footers.get(section2 - 1)).isEqualTo("P2-1");
        assertThat(footers).last().asString().startsWith("P3-");
    }

    @Test
    void eachTableRowIsFoundOnThePageItIsSaidToBeginOn() throws IOException {
        List<List<String>> rowPages = new PdfWriter().rowPages(PLAN);
        List<Document.Table> tables = PLAN.tables();
        assertThat(rowPages).hasSameSizeAs(tables);
        Map<String, String> pages = DocumentFiles.pdfPages(bytes);
        for (int t = 0; t < tables.size(); t++) {
            assertThat(rowPages.get(t)).as("table %d", t).hasSameSizeAs(tables.get(t).rows());
            for (int r = 0; r < tables.get(t).rows().size(); r++) {
                String page = rowPages.get(t).get(r);
                // The KPI's own cell (一-1 …): the goal's cell repeats on the rows of its other KPIs.
                String kpi = compact(tables.get(t).rows().get(r).get(1).text());
                assertThat(pages.get(page)).as("table %d row %d on %s", t, r, page).contains(kpi);
            }
        }
        assertThat(rowPages.get(0).stream().distinct()).as("the first agency's table runs over pages").hasSizeGreaterThan(1);
    }

    @Test
    void theFontIsEmbeddedAsASubset() throws IOException {
        PDResources resources = pdf.getPage(0).getResources();
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansTC.*");
        });
    }

    @Test
    void theFileStaysSmallWithTheFontSubset() {
        assertThat(bytes.length).as("the whole font is 7 MB").isLessThan(1_000_000);
    }

    @Test
    void theTitleAndLanguageAreInTheMetadata() {
        assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(PLAN.title());
        assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("zh-TW");
    }

    @Test
    void pageOneRendersForALook() throws IOException {
        BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 110);
        Path png = Path.of("target", "screenshots", "plan-book-p1.png");
        Files.createDirectories(png.getParent());
        ImageIO.write(image, "png", png.toFile());
        assertThat(image.getWidth()).as("landscape").isGreaterThan(image.getHeight());
    }

    private static String text(int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(pdf);
    }

    private static String compact(String text) {
        return text.replaceAll("\\s", "");
    }
}
