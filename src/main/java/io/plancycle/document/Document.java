package io.plancycle.document;

import java.math.BigDecimal;
import java.util.List;

/**
 * A document PlanCycle gives out (the plan book, the performance report, the revision summary table, the
 * review-response table), independent of its file format: a title and the file's name (both in Chinese, as the city
 * names them), then sections. Each section starts on a new page and numbers its pages after its own label, so that
 * the pages of agency 4 read P4-1, P4-2, ...; a section without a label numbers plainly.
 *
 * <p>The text formats (ODT, PDF) show every block; the spreadsheet formats (ODS, XLSX, CSV) show the tables, one
 * sheet each.
 */
public record Document(String title, String fileName, List<Section> sections) {

    public Document {
        sections = List.copyOf(sections);
    }

    /** A document of one section without page labels. */
    public static Document of(String title, String fileName, List<Block> blocks) {
        return new Document(title, fileName, List.of(new Section(null, blocks)));
    }

    /** Every table of the document, in order: the sheets of a spreadsheet. */
    public List<Table> tables() {
        return sections.stream().flatMap(s -> s.blocks().stream())
                .filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    /** A part that starts on a new page; {@code pageLabel} ("P4") prefixes its page numbers, or is null. */
    public record Section(String pageLabel, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }

        /** The page number as printed on page {@code n} of this section: "P4-6", or "6". */
        public String pageNumber(int n) {
            return pageLabel == null ? String.valueOf(n) : pageLabel + "-" + n;
        }
    }

    /** What a section holds. */
    public sealed interface Block permits Heading, Paragraph, Table {
    }

    /** A heading; level 1 is a chapter (壹、貳 ...), level 2 a part of it. */
    public record Heading(int level, String text) implements Block {
    }

    /** A paragraph; line breaks in the text are kept. */
    public record Paragraph(String text) implements Block {
    }

    /** A table with a header row; {@code name} names its sheet in a spreadsheet (at most 31 characters there). */
    public record Table(String name, List<Column> columns, List<List<Cell>> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<Cell> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("a row of " + name + " has " + row.size() + " cells for "
                            + columns.size() + " columns");
                }
            }
        }
    }

    /** A column: its header and its width in characters of Chinese text, which every format scales to its own unit. */
    public record Column(String header, int width) {
    }

    /**
     * A cell: the text as shown, and for a figure its number, which spreadsheets keep as a number so that it can be
     * summed and sorted; text cells have no number. A percentage keeps its fraction (1.1 for 110%) and shows as a
     * percentage in a spreadsheet.
     */
    public record Cell(String text, BigDecimal number, boolean percent) {

        public static Cell text(String text) {
            return new Cell(text == null ? "" : text, null, false);
        }

        public static Cell number(BigDecimal number, String shown) {
            return number == null ? text(shown) : new Cell(shown, number, false);
        }

        /** A rate in percent (110 for 110%), kept as its fraction. */
        public static Cell percent(BigDecimal percent, String shown) {
            return percent == null ? text(shown) : new Cell(shown, percent.movePointLeft(2), true);
        }

        /** The decimals a percentage shows (110% none, 95.74% two). */
        public int percentDecimals() {
            return Math.max(0, number.movePointRight(2).stripTrailingZeros().scale());
        }

        public boolean isNumber() {
            return number != null;
        }
    }
}
