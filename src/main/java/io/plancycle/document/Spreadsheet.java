package io.plancycle.document;

import java.util.List;

/**
 * A spreadsheet as a person uploads it back after editing it: its sheets in order, each with its name and the rows
 * that hold anything, each row with its number as the spreadsheet shows it (1 for the first) and the text of its
 * cells as shown, from column A to the last one that holds anything. Styles, formulas and merged cells are not kept:
 * this is what a reader needs to take values back from a sheet ({@link SpreadsheetReader}).
 */
public record Spreadsheet(List<Sheet> sheets) {

    public Spreadsheet {
        sheets = List.copyOf(sheets);
    }

    /** A sheet: its name and its rows that hold anything, in order. */
    public record Sheet(String name, List<Row> rows) {
        public Sheet {
            rows = List.copyOf(rows);
        }

        /** A cell of this sheet named as a spreadsheet names it: 民政處!B7, or 'Plan 2'!B7 for a name with a space. */
        public String cell(int rowNumber, int column) {
            String sheet = name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')
                    ? name : "'" + name + "'";
            return sheet + "!" + columnName(column) + rowNumber;
        }
    }

    /** A row: its number (1 for the first) and its cells' text from column A; a cell past the last is blank. */
    public record Row(int number, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The text of the cell in the column (0 for A), "" past the last cell. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /** A column's letters as a spreadsheet heads it: 0 is A, 25 Z, 26 AA. */
    public static String columnName(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
