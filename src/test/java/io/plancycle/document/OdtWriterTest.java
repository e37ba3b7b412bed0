package io.plancycle.document;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.odftoolkit.odfdom.dom.OdfDocumentNamespace;
import org.odftoolkit.odfdom.dom.element.style.StyleMasterPageElement;
import org.odftoolkit.odfdom.dom.element.text.TextHElement;
import org.odftoolkit.odfdom.dom.element.text.TextPElement;
import org.odftoolkit.odfdom.dom.element.text.TextParagraphElementBase;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.dom.style.props.OdfParagraphProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTableProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTextProperties;
import org.odftoolkit.odfdom.incubator.doc.style.OdfStyle;
import org.odftoolkit.odfdom.incubator.doc.text.OdfWhitespaceProcessor;
import org.odftoolkit.odfdom.pkg.OdfElement;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The plan book as an ODT, read back with the ODF Toolkit as a person opening it would check it. */
class OdtWriterTest {

    private static final Document PLAN = DemoPlanDocument.of(3);
    private static final JsonNode AGENCIES = DemoPlanDocument.plan().get("agencies");
    private static OdfTextDocument odt;

    @BeforeAll
    static void writeThePlanBook() throws Exception {
        byte[] file = SavedDocuments.write(new OdtWriter(), PLAN, "plan-book.odt");
        odt = OdfTextDocument.loadDocument(new ByteArrayInputStream(file));
    }

    @Test
    void theTitleOpensTheTextAndNamesTheFile() throws Exception {
        TextPElement first = OdfElement.findFirstChildNode(TextPElement.class, odt.getContentRoot());
        assertThat(text(first)).isEqualTo("嘉義市政府中程(108至111年度)施政計畫");
        assertThat(style(first).getStyleParentStyleNameAttribute()).isEqualTo("Title");
        assertThat(odt.getOfficeMetadata().getTitle()).isEqualTo("嘉義市政府中程(108至111年度)施政計畫");
        assertThat(odt.getOfficeMetadata().getCreator()).as("odfdom's blank document's author").isNull();
    }

    @Test
    void theHeadingsAreRealHeadingsInChinese() throws Exception {
        List<TextHElement> headings = elements("h", TextHElement.class);
        assertThat(headings).extracting(OdtWriterTest::text).startsWith(
                "嘉義市政府" + AGENCIES.get(0).get("name").asText() + "中程(108至111年度)施政計畫",
                "壹、使命與願景", "肆、關鍵策略目標及關鍵績效指標",
                "嘉義市政府" + AGENCIES.get(1).get("name").asText() + "中程(108至111年度)施政計畫");
        assertThat(headings).extracting(TextHElement::getTextOutlineLevelAttribute).startsWith(1, 2, 2, 1);
        assertThat(headings.get(1).getTextStyleNameAttribute()).isEqualTo("Heading_20_2");
        assertThat(style(headings.get(3)).getStyleParentStyleNameAttribute()).isEqualTo("Heading_20_1");
    }

    @Test
    void paragraphsKeepTheirLineBreaks() throws Exception {
        String mission = AGENCIES.get(1).get("mission").asText();
        assertThat(mission).contains("\n");
        TextPElement paragraph = elements("p", TextPElement.class).stream()
                .filter(p -> text(p).equals(mission)).findFirst().orElseThrow();
        assertThat(paragraph.getElementsByTagNameNS(OdfDocumentNamespace.TEXT.getUri(), "line-break").getLength())
                .isEqualTo(mission.split("\n").length - 1);
    }

    @Test
    void theKpiTableHasItsHeaderOnEveryPageAndTheRealKpis() {
        OdfTable table = odt.getTableList().get(0);
        assertThat(table.getHeaderRowCount()).isOne();
        assertThat(IntStream.range(0, 7).mapToObj(c -> table.getCellByPosition(c, 0).getDisplayText()).toList())
                .containsExactly("關鍵策略目標", "關鍵績效指標", "衡量標準", "108年度目標值", "109年度目標值", "110年度目標值",
                        "111年度目標值");
        JsonNode goal = AGENCIES.get(0).get("goals").get(0);
        JsonNode kpi = goal.get("kpis").get(0);
        assertThat(IntStream.range(0, 4).mapToObj(c -> table.getCellByPosition(c, 1).getDisplayText()).toList())
                .containsExactly(goal.get("title").asText(), kpi.get("name").asText(), kpi.get("measure").asText(),
                        kpi.get("targets").get("108").get("raw").asText());
        assertThat(table.getCellByPosition(3, 1).getValueType()).isEqualTo("float");
        assertThat(table.getCellByPosition(3, 1).getDoubleValue())
                .isEqualTo(DemoPlanDocument.firstNumber(PLAN).doubleValue());
        assertThat(table.getCellByPosition(1, 1).getValueType()).isEqualTo("string");
    }

    @Test
    void theColumnsAreAsWideAsTheirShareOfThePage() {
        OdfTable table = odt.getTableList().get(0);
        List<Document.Column> columns = PLAN.tables().get(0).columns();
        double total = columns.stream().mapToInt(Document.Column::width).sum();
        for (int c = 0; c < columns.size(); c++) {
            assertThat((double) table.getColumnByIndex(c).getWidth())
                    .isCloseTo(OdtPages.TEXT_WIDTH_CM * 10 * columns.get(c).width() / total, within(1.0));
        }
    }

    @Test
    void eachLabelledSectionHasAMasterPageNumberingItsPages() throws Exception {
        List<String> footers = new ArrayList<>();
        for (StyleMasterPageElement master : odt.getOfficeMasterStyles().getMasterPages().values()) {
            NodeList footer = master.getElementsByTagNameNS(OdfDocumentNamespace.STYLE.getUri(), "footer");
            if (footer.getLength() > 0) {
                Element paragraph = (Element) footer.item(0).getFirstChild();
                assertThat(paragraph.getElementsByTagNameNS(OdfDocumentNamespace.TEXT.getUri(), "page-number")
                        .getLength()).isOne();
                footers.add(text(paragraph));
            }
        }
        assertThat(footers).hasSize(PLAN.sections().size()).containsExactlyInAnyOrder("P1-1", "P2-1", "P3-1");
    }

    @Test
    void eachSectionStartsANewPageNumberedFromOne() throws Exception {
        OdfStyle second = style(elements("h", TextHElement.class).get(3));
        assertThat(second.getProperty(OdfParagraphProperties.BreakBefore)).isEqualTo("page");
        assertThat(second.getProperty(OdfParagraphProperties.PageNumber)).isEqualTo("1");
        assertThat(footer(second.getStyleMasterPageNameAttribute())).startsWith("P2-");
        OdfStyle title = style(OdfElement.findFirstChildNode(TextPElement.class, odt.getContentRoot()));
        assertThat(title.getProperty(OdfParagraphProperties.PageNumber)).isEqualTo("1");
        assertThat(footer(title.getStyleMasterPageNameAttribute())).startsWith("P1-");
    }

    @Test
    void aSectionWithoutALabelNumbersPlainlyAndMayOpenWithATable() throws Exception {
        Document.Table kpis = PLAN.tables().get(0);
        Document document = new Document("修正對照表", "修正對照表", List.of(
                new Document.Section("P1", List.of(new Document.Heading(1, "說明"))),
                new Document.Section(null, List.of(kpis))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new OdtWriter().write(document, out);
        OdfTextDocument written = OdfTextDocument.loadDocument(new ByteArrayInputStream(out.toByteArray()));
        OdfStyle table = written.getContentDom().getAutomaticStyles().getStyle(
                written.getTableList().get(0).getOdfElement().getTableStyleNameAttribute(), OdfStyleFamily.Table);
        assertThat(table.getProperty(OdfTableProperties.BreakBefore)).isEqualTo("page");
        assertThat(table.getProperty(OdfTableProperties.PageNumber)).isEqualTo("1");
        assertThat(text(written.getOfficeMasterStyles().getMasterPage(table.getStyleMasterPageNameAttribute())))
                .isEqualTo("1");
    }

    @Test
    void theChineseTextIsSetInNotoSansTc() throws Exception {
        assertThat(odt.getDocumentStyles().getDefaultStyle(OdfStyleFamily.Paragraph)
                .getProperty(OdfTextProperties.FontNameAsian)).isEqualTo("Noto Sans TC");
        assertThat(odt.getDocumentStyles().getStyle("Heading", OdfStyleFamily.Paragraph)
                .hasProperty(OdfTextProperties.FontNameAsian)).isFalse();
    }

    private static String footer(String masterPage) throws Exception {
        return text(odt.getOfficeMasterStyles().getMasterPage(masterPage));
    }

    private static OdfStyle style(TextParagraphElementBase paragraph) {
        try {
            return odt.getContentDom().getAutomaticStyles()
                    .getStyle(paragraph.getTextStyleNameAttribute(), OdfStyleFamily.Paragraph);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T extends Element> List<T> elements(String name, Class<T> type) throws Exception {
        NodeList nodes = odt.getContentRoot().getElementsByTagNameNS(OdfDocumentNamespace.TEXT.getUri(), name);
        return IntStream.range(0, nodes.getLength()).mapToObj(nodes::item).map(type::cast).toList();
    }

    private static String text(Element paragraph) {
        return new OdfWhitespaceProcessor().getText(paragraph);
    }
}
