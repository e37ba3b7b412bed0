package io.plancycle.plan;

import io.plancycle.document.Spreadsheet;
import io.plancycle.document.SpreadsheetReader;
import io.plancycle.plan.ImportColumns.Column;
import io.plancycle.plan.ImportColumns.Kind;
import io.plancycle.plan.Numbering.Numbered;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads a whole-city plan book spreadsheet (the city's plan book as PlanCycle exports it, XLSX or ODS, edited) as the
 * goals and KPIs of a new medium-term plan: each sheet with the columns 關鍵策略目標 and 關鍵績效指標 is the plan of the
 * agency it is named after (its name in the new plan, or the name a renamed agency had), each row a KPI numbered as the
 * book numbers it (三、… and 1. …), with its measure and a target per year of the new plan (110年度目標值). Anything
 * wrong refuses the whole file, every problem named by its cell (民政處!B7) or {@code file}.
 */
final class CityPlanBookReading {

    private final Problems problems = new Problems();
    private final Map<String, NewBaselines.Sheet> sheets = new LinkedHashMap<>();
    private final Map<String, String> sheetOf = new HashMap<>();

    private CityPlanBookReading() {
    }

    /** Per agency code, the goals and KPIs of its sheet; refused as a whole when anything is wrong. */
    static Map<String, NewBaselines.Sheet> read(byte[] file, List<CityReorganisation.Successor> agencies, int firstYear,
                                                int lastYear) {
        Spreadsheet spreadsheet = SpreadsheetReader.read(file);
        CityPlanBookReading reading = new CityPlanBookReading();
        Map<String, String> codeByName = new HashMap<>();
        for (CityReorganisation.Successor successor : agencies) {
            if (successor.kind() == AgencyChangeKind.RENAMED) {
                successor.predecessors().forEach(p -> codeByName.put(ImportColumns.withoutSpace(p.getName()),
                        successor.agency().getCode()));
            }
        }
        agencies.forEach(s -> codeByName.put(ImportColumns.withoutSpace(s.name()), s.agency().getCode()));
        boolean found = false;
        for (Spreadsheet.Sheet sheet : spreadsheet.sheets()) {
            Optional<Spreadsheet.Row> header = ImportColumns.headerRow(sheet);
            if (header.isPresent()) {
                found = true;
                reading.sheet(sheet, header.get(), codeByName, firstYear, lastYear);
            }
        }
        if (!found) {
            reading.problems.add("file", MessageCode.IMPORT_NO_PLAN_SHEET);
        }
        reading.problems.throwIfAny();
        return reading.sheets;
    }

    private void sheet(Spreadsheet.Sheet sheet, Spreadsheet.Row header, Map<String, String> codeByName, int firstYear,
                       int lastYear) {
        String code = codeByName.get(ImportColumns.withoutSpace(sheet.name()));
        if (code == null) {
            problems.add(sheet.cell(1, 0), MessageCode.MEDIUM_IMPORT_SHEET_UNKNOWN, sheet.name().strip());
            return;
        }
        String first = sheetOf.putIfAbsent(code, sheet.name());
        if (first != null) {
            problems.add(sheet.cell(1, 0), MessageCode.MEDIUM_IMPORT_SHEET_TWICE, sheet.name().strip(), first);
            return;
        }
        ImportColumns columns = ImportColumns.of(sheet, header, firstYear, lastYear, firstYear - 1, problems);
        Map<Integer, GoalRows> goals = new LinkedHashMap<>();
        Map<String, String> listed = new HashMap<>();
        int goalNo = 0;
        for (Spreadsheet.Row row : sheet.rows()) {
            if (row.number() > header.number()) {
                goalNo = row(sheet, row, columns, goalNo, goals, listed);
            }
        }
        sheets.put(code, new NewBaselines.Sheet(sheet.name(), goals.values().stream().map(g -> new NewBaselines.SheetGoal(
                g.no, g.title, g.kpis)).toList()));
    }

    /** A goal read, with its KPIs in the order of their rows. */
    private static final class GoalRows {
        final int no;
        final String title;
        final List<NewBaselines.SheetKpi> kpis = new ArrayList<>();

        GoalRows(int no, String title) {
            this.no = no;
            this.title = title;
        }
    }

    /** Reads a row; answers the number of the goal it is under, which the rows below without a goal cell are under too. */
    private int row(Spreadsheet.Sheet sheet, Spreadsheet.Row row, ImportColumns columns, int goalAbove,
                    Map<Integer, GoalRows> goals, Map<String, String> listed) {
        Column goalColumn = columns.get(Kind.GOAL);
        Column kpiColumn = columns.get(Kind.KPI);
        String goalText = ImportReading.text(row.cell(goalColumn.index()));
        Optional<Numbered> goalTitle = Numbering.readGoalTitle(goalText);
        int goalNo = goalText.isEmpty() ? goalAbove : goalTitle.map(Numbered::no).orElse(0);
        if (goalTitle.isPresent()) {
            checkLength(sheet.cell(row.number(), goalColumn.index()), goalTitle.get().text(), Goal.MAX_TITLE_LENGTH);
            goals.putIfAbsent(goalNo, new GoalRows(goalNo, goalTitle.get().text()));
        }
        String kpiText = ImportReading.text(row.cell(kpiColumn.index()));
        if (kpiText.isEmpty() && columns.values().stream().allMatch(c -> ImportReading.text(row.cell(c.index())).isEmpty())) {
            return goalNo;
        }
        Optional<Numbered> kpiTitle = Numbering.readKpiTitle(kpiText);
        if (goalNo == 0 || kpiTitle.isEmpty() || !goals.containsKey(goalNo)) {
            Column unnumbered = goalNo == 0 || !goals.containsKey(goalNo) ? goalColumn : kpiColumn;
            problems.add(sheet.cell(row.number(), unnumbered.index()), MessageCode.IMPORT_KPI_UNNUMBERED);
            return goalNo;
        }
        String kpiCell = sheet.cell(row.number(), kpiColumn.index());
        String place = Numbering.kpi(goalNo, kpiTitle.get().no(), Locale.TAIWAN);
        String first = listed.putIfAbsent(place, kpiCell);
        if (first != null) {
            problems.add(kpiCell, MessageCode.IMPORT_KPI_TWICE, place, first);
            return goalNo;
        }
        checkLength(kpiCell, kpiTitle.get().text(), Goal.MAX_TITLE_LENGTH);
        String measure = null;
        Map<Integer, String> targets = new TreeMap<>();
        for (Column column : columns.values()) {
            String cell = sheet.cell(row.number(), column.index());
            String value = ImportReading.text(row.cell(column.index()));
            if (column.kind() == Kind.MEASURE) {
                measure = value.isEmpty() ? null : value;
                checkLength(cell, value, 2000);
            } else if (column.kind() == Kind.TARGET && !value.isEmpty()) {
                if (ImportReading.unreadable(value)) {
                    problems.add(cell, MessageCode.IMPORT_TARGET_UNREADABLE, value);
                } else if (checkLength(cell, value, Target.MAX_LENGTH)) {
                    targets.put(column.year(), value);
                }
            }
        }
        goals.get(goalNo).kpis.add(new NewBaselines.SheetKpi(kpiTitle.get().no(), kpiTitle.get().text(), measure, targets));
        return goalNo;
    }

    private boolean checkLength(String cell, String value, int max) {
        if (value.length() > max) {
            problems.add(cell, MessageCode.FIELD_TOO_LONG, max);
            return false;
        }
        return true;
    }
}
