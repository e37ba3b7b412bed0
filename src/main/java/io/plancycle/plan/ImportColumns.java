package io.plancycle.plan;

import io.plancycle.document.Spreadsheet;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of a sheet an agency sends back, known by their headers as the plan book and the performance report
 * write them ({@link PlanTables}): which KPI a row is about (關鍵策略目標, 關鍵績效指標) and what it may change — the
 * measure, a year's target as written, the report year's actual and its explanation. The achievement rate and
 * 達成情形 are worked out from those and not read; a column of the agency's own (備註) is not read either.
 */
final class ImportColumns {

    /** What a column holds. */
    enum Kind { GOAL, KPI, MEASURE, TARGET, ACTUAL, EXPLANATION }

    /** A column the import reads: its index (0 for A), what it holds, the year of a target or an actual, its header. */
    record Column(int index, Kind kind, int year, String header) {
    }

    private static final Pattern YEARLY = Pattern.compile("(\\d{2,3})(" + PlanTables.TARGET_HEADER + "|"
            + PlanTables.ACTUAL_HEADER + ")");

    private final Map<Kind, Column> named = new HashMap<>();
    private final List<Column> values = new ArrayList<>();

    private ImportColumns() {
    }

    /** The header row of a sheet of the plan's: the first with both 關鍵策略目標 and 關鍵績效指標. */
    static Optional<Spreadsheet.Row> headerRow(Spreadsheet.Sheet sheet) {
        return sheet.rows().stream().filter(row -> row.cells().stream().map(ImportColumns::withoutSpace).toList()
                .containsAll(List.of(PlanTables.GOAL_HEADER, PlanTables.KPI_HEADER))).findFirst();
    }

    /**
     * The columns of the header row; a column of a year outside {@code firstYear}–{@code lastYear}, an actual of
     * another year than the report year, a column twice are problems named by their header cell.
     */
    static ImportColumns of(Spreadsheet.Sheet sheet, Spreadsheet.Row header, int firstYear, int lastYear,
                            int reportYear, Problems problems) {
        ImportColumns columns = new ImportColumns();
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < header.cells().size(); c++) {
            String text = withoutSpace(header.cell(c));
            Column column = column(c, text, reportYear);
            if (column == null) {
                continue;
            }
            String cell = sheet.cell(header.number(), c);
            Integer first = seen.putIfAbsent(text, c);
            if (first != null) {
                problems.add(cell, MessageCode.IMPORT_COLUMN_TWICE, text, sheet.cell(header.number(), first));
            } else if (column.kind() == Kind.TARGET && (column.year() < firstYear || column.year() > lastYear)) {
                problems.add(cell, MessageCode.IMPORT_YEAR_OUTSIDE, text, firstYear, lastYear);
            } else if (column.kind() == Kind.ACTUAL && column.year() != reportYear) {
                problems.add(cell, MessageCode.IMPORT_ACTUAL_YEAR, text, reportYear);
            } else {
                columns.add(column);
            }
        }
        return columns;
    }

    /** The column of the goal or of the KPI. */
    Column get(Kind kind) {
        return named.get(kind);
    }

    /** The columns that change the plan: the measure, targets, the actual and its explanation, left to right. */
    List<Column> values() {
        return values;
    }

    private void add(Column column) {
        if (column.kind() == Kind.GOAL || column.kind() == Kind.KPI) {
            named.put(column.kind(), column);
        } else {
            values.add(column);
        }
    }

    /** The column of a header the import reads, or null; the explanation is of the report year's actual. */
    private static Column column(int index, String header, int reportYear) {
        Matcher yearly = YEARLY.matcher(header);
        if (yearly.matches()) {
            Kind kind = yearly.group(2).equals(PlanTables.TARGET_HEADER) ? Kind.TARGET : Kind.ACTUAL;
            return new Column(index, kind, Integer.parseInt(yearly.group(1)), header);
        }
        Kind kind = switch (header) {
            case PlanTables.GOAL_HEADER -> Kind.GOAL;
            case PlanTables.KPI_HEADER -> Kind.KPI;
            case PlanTables.MEASURE_HEADER -> Kind.MEASURE;
            case PlanTables.EXPLANATION_HEADER -> Kind.EXPLANATION;
            default -> null;
        };
        return kind == null ? null : new Column(index, kind, kind == Kind.EXPLANATION ? reportYear : 0, header);
    }

    /**
     * Text without the line breaks or spaces a person or a spreadsheet program put in or took out (a header wrapped
     * to fit its column, a name written back on one line): how the import compares what it reads.
     */
    static String withoutSpace(String text) {
        return text.replaceAll("\\s+", "");
    }
}
