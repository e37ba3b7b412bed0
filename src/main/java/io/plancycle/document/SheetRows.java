package io.plancycle.document;

import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.MessageCode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects a sheet's rows as a reader finds them, within the limits of an upload: at most {@link #MAX_ROWS} rows
 * that hold anything (a sheet past them is refused, naming the first row too many) and {@link #MAX_COLUMNS} columns.
 * Empty rows and cells are only counted, never kept, so a sheet that a spreadsheet program ends with a million empty
 * rows, or a row with thousands of empty columns, costs nothing.
 */
final class SheetRows {

    static final int MAX_SHEETS = 50;
    static final int MAX_ROWS = 5000;
    /** Columns past this one (XFD is the 16384th) are not read: no sheet of the city's has more than a dozen. */
    static final int MAX_COLUMNS = 1024;

    private final String name;
    private final List<Spreadsheet.Row> rows = new ArrayList<>();

    SheetRows(String name) {
        this.name = name;
    }

    /** Refuses a spreadsheet of more than {@link #MAX_SHEETS} sheets. */
    static void requireAtMostMaxSheets(int sheets) {
        if (sheets > MAX_SHEETS) {
            throw new InvalidInputException("file", MessageCode.IMPORT_TOO_MANY_SHEETS, MAX_SHEETS);
        }
    }

    /** Adds a row, {@code repeated} times over (rows numbered from {@code number} on), unless it holds nothing. */
    void add(int number, Cells cells, int repeated) {
        if (cells.texts.isEmpty()) {
            return;
        }
        for (int i = 0; i < repeated; i++) {
            if (rows.size() == MAX_ROWS) {
                Spreadsheet.Sheet sheet = new Spreadsheet.Sheet(name, List.of());
                throw new InvalidInputException(sheet.cell(number + i, 0), MessageCode.IMPORT_TOO_MANY_ROWS, MAX_ROWS);
            }
            rows.add(new Spreadsheet.Row(number + i, cells.texts));
        }
    }

    Spreadsheet.Sheet sheet() {
        return new Spreadsheet.Sheet(name, rows);
    }

    /**
     * The cells of one row as a reader finds them from column A: a blank is only counted until something follows it,
     * so blanks at the end of a row are never kept.
     */
    static final class Cells {
        private final List<String> texts = new ArrayList<>();
        private int blanks;

        /** The cell's text, {@code repeated} times over. */
        void add(String text, int repeated) {
            if (text.isBlank()) {
                blanks = Math.min(blanks + repeated, MAX_COLUMNS);
                return;
            }
            int room = MAX_COLUMNS - texts.size() - blanks;
            if (room <= 0) {
                return;
            }
            texts.addAll(Collections.nCopies(blanks, ""));
            blanks = 0;
            texts.addAll(Collections.nCopies(Math.min(repeated, room), text));
        }

        /** Leaves the columns before {@code column} (0 for A) blank, where a reader skips cells that do not exist. */
        void skipTo(int column) {
            blanks += Math.max(0, column - texts.size() - blanks);
        }
    }
}
