package io.plancycle.document;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.odftoolkit.odfdom.doc.table.OdfTableCell;
import org.odftoolkit.odfdom.dom.OdfDocumentNamespace;
import org.odftoolkit.odfdom.dom.element.style.StyleMasterPageElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableCellElement;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.dom.style.props.OdfPageLayoutProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTextProperties;
import org.odftoolkit.odfdom.incubator.doc.text.OdfWhitespaceProcessor;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The plan's KPI tables as an ODS, read back with the ODF Toolkit as a person opening it would check it. */
class OdsWriterTest {

    private static final Document PLAN = DemoPlanDocument.of(3);
    private static final JsonNode AGENCIES = DemoPlanDocument.plan().get("agencies");
    private static final String CONFIG = OdfDocumentNamespace.CONFIG.getUri();
    private static OdfSpreadsheetDocument ods;

    @BeforeAll
    static void writeTheKpiTables() throws Exception {
        byte[] file = SavedDocuments.write(new OdsWriter(), PLAN, "plan-book.ods");
        ods = OdfSpreadsheetDocument.loadDocument(new ByteArrayInputStream(file));
    }

    @Test
    void eachAgencyHasItsOwnSheetAndThereIsNoOther() {
        assertThat(ods.getTableList()).extracting(OdfTable::getTableName).containsExactly(
                AGENCIES.get(0).get("name").asText(), AGENCIES.get(1).get("name").asText(),
                AGENCIES.get(2).get("name").asText());
        assertThat(ods.getOfficeMetadata().getTitle()).isEqualTo("嘉義市政府中程(108至111年度)施政計畫");
    }

    @Test
    void theTitleRunsAcrossTheFirstRowAndTheHeadersFollow() {
        OdfTable sheet = ods.getTableList().get(1);
        assertThat(cell(sheet, 0, 0).getDisplayText()).isEqualTo("嘉義市政府中程(108至111年度)施政計畫");
        assertThat(((TableTableCellElement) cell(sheet, 0, 0).getOdfElement())
                .getTableNumberColumnsSpannedAttribute()).isEqualTo(7);
        assertThat(IntStream.range(0, 7).mapToObj(c -> cell(sheet, c, 1).getDisplayText()).toList())
                .containsExactly("關鍵策略目標", "關鍵績效指標", "衡量標準", "108年度目標值", "109年度目標值", "110年度目標值",
                        "111年度目標值");
        assertThat(sheet.getHeaderRowCount()).as("the headers print on every page").isOne();
    }

    @Test
    void theRowsAreTheRealKpisWithTheirTargetsAsNumbers() {
        OdfTable sheet = ods.getTableList().get(0);
        JsonNode goal = AGENCIES.get(0).get("goals").get(0);
        JsonNode kpi = goal.get("kpis").get(0);
        List<String> expected = List.of(goal.get("title").asText(), kpi.get("name").asText(),
                kpi.get("measure").asText(), kpi.get("targets").get("108").get("raw").asText(),
                kpi.get("targets").get("111").get("raw").asText());
        assertThat(IntStream.of(0, 1, 2, 3, 6).mapToObj(c -> cell(sheet, c, 2).getDisplayText()).toList())
                .isEqualTo(expected);
        assertThat(cell(sheet, 3, 2).getValueType()).isEqualTo("float");
        assertThat(cell(sheet, 3, 2).getDoubleValue())
                .isEqualTo(DemoPlanDocument.firstNumber(PLAN).doubleValue());
        assertThat(cell(sheet, 1, 2).getValueType()).isEqualTo("string");
        assertThat(sheet.getRowCount()).isEqualTo(2 + PLAN.tables().get(0).rows().size());
    }

    @Test
    void eachColumnIsAsWideAsItsCharacters() {
        OdfTable sheet = ods.getTableList().get(0);
        List<Document.Column> columns = PLAN.tables().get(0).columns();
        double perCharacter = (double) sheet.getColumnByIndex(0).getWidth() / (columns.get(0).width() + 1);
        for (int c = 0; c < columns.size(); c++) {
            assertThat((double) sheet.getColumnByIndex(c).getWidth())
                    .isCloseTo(perCharacter * (columns.get(c).width() + 1), within(1.0));
        }
        assertThat(sheet.getColumnByIndex(1).getWidth()).isGreaterThan(sheet.getColumnByIndex(3).getWidth());
    }

    @Test
    void theTitleAndHeadersStayInSightAndPagesPrintLandscapeNumberedInChinese() throws Exception {
        NodeList entries = ods.getSettingsDom().getElementsByTagNameNS(CONFIG, "config-item-map-entry");
        Map<String, String> frozenRows = new HashMap<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            NodeList items = entry.getElementsByTagNameNS(CONFIG, "config-item");
            for (int j = 0; j < items.getLength(); j++) {
                Element item = (Element) items.item(j);
                if (item.getAttributeNS(CONFIG, "name").equals("VerticalSplitPosition")) {
                    frozenRows.put(entry.getAttributeNS(CONFIG, "name"), item.getTextContent());
                }
            }
        }
        ods.getTableList().forEach(sheet -> assertThat(frozenRows).containsEntry(sheet.getTableName(), "2"));
        StyleMasterPageElement page = ods.getOfficeMasterStyles().getMasterPage("Default");
        assertThat(ods.getStylesDom().getOrCreateAutomaticStyles().getPageLayout(page.getStylePageLayoutNameAttribute())
                .getProperty(OdfPageLayoutProperties.PrintOrientation)).isEqualTo("landscape");
        Element footer = (Element) page.getElementsByTagNameNS(OdfDocumentNamespace.STYLE.getUri(), "footer").item(0);
        assertThat(new OdfWhitespaceProcessor().getText(footer)).isEqualTo("第 1 頁");
        assertThat(footer.getElementsByTagNameNS(OdfDocumentNamespace.TEXT.getUri(), "page-number").getLength()).isOne();
    }

    @Test
    void theChineseTextIsSetInNotoSansTc() {
        assertThat(ods.getDocumentStyles().getDefaultStyle(OdfStyleFamily.TableCell)
                .getProperty(OdfTextProperties.FontNameAsian)).isEqualTo("Noto Sans TC");
    }

    /**
     * The cell of a sheet by column and row, through the row list: odfdom's getCellByPosition loses count of the rows
     * when a row (the title) comes before the header rows, as ODF allows.
     */
    private static OdfTableCell cell(OdfTable sheet, int column, int row) {
        return sheet.getRowList().get(row).getCellByIndex(column);
    }
}
