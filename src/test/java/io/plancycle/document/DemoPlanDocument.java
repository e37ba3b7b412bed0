package io.plancycle.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The city's real 108–111 plan (PlanCycle's demo data) as a document, for the writers' tests: a section per agency
 * paged P1-, P2- ..., with its mission, vision and KPI table, where each KPI's 108 target is also a number.
 */
final class DemoPlanDocument {

    static final List<String> YEARS = List.of("108", "109", "110", "111");

    private DemoPlanDocument() {
    }

    static JsonNode plan() {
        try (InputStream in = DemoPlanDocument.class.getResourceAsStream("/demo/chiayi-108-111-plan.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code agencies} agencies of the plan. */
    static Document of(int agencies) {
        JsonNode plan = plan();
        List<Document.Section> sections = new ArrayList<>();
        for (int i = 0; i < agencies; i++) {
            JsonNode agency = plan.get("agencies").get(i);
            List<Document.Block> blocks = new ArrayList<>();
            blocks.add(new Document.Heading(1, "嘉義市政府" + agency.get("name").asText() + "中程(108至111年度)施政計畫"));
            blocks.add(new Document.Heading(2, "壹、使命與願景"));
            blocks.add(new Document.Paragraph(agency.get("mission").asText()));
            agency.get("vision").forEach(v -> blocks.add(new Document.Paragraph(v.asText())));
            blocks.add(new Document.Heading(2, "肆、關鍵策略目標及關鍵績效指標"));
            blocks.add(kpiTable(agency));
            sections.add(new Document.Section("P" + (i + 1), blocks));
        }
        return new Document("嘉義市政府中程(108至111年度)施政計畫", "嘉義市政府中程(108至111年度)施政計畫", sections);
    }

    static Document.Table kpiTable(JsonNode agency) {
        List<Document.Column> columns = new ArrayList<>(List.of(new Document.Column("關鍵策略目標", 14),
                new Document.Column("關鍵績效指標", 16), new Document.Column("衡量標準", 16)));
        YEARS.forEach(y -> columns.add(new Document.Column(y + "年度目標值", 8)));
        List<List<Document.Cell>> rows = new ArrayList<>();
        for (JsonNode goal : agency.get("goals")) {
            for (JsonNode kpi : goal.get("kpis")) {
                List<Document.Cell> row = new ArrayList<>(List.of(Document.Cell.text(goal.get("title").asText()),
                        Document.Cell.text(kpi.get("name").asText()), Document.Cell.text(kpi.path("measure").asText())));
                for (String year : YEARS) {
                    JsonNode target = kpi.path("targets").path(year);
                    String raw = target.path("raw").asText("");
                    row.add(target.path("value").isNumber() && target.path("op").asText().equals("=")
                            ? Document.Cell.number(target.get("value").decimalValue(), raw)
                            : Document.Cell.text(raw));
                }
                rows.add(row);
            }
        }
        return new Document.Table(agency.get("name").asText(), columns, rows);
    }

    static BigDecimal firstNumber(Document document) {
        return document.tables().get(0).rows().stream().flatMap(List::stream).filter(Document.Cell::isNumber)
                .findFirst().orElseThrow().number();
    }
}
