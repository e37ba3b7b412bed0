package io.plancycle.plan;

import io.plancycle.document.Spreadsheet;
import io.plancycle.plan.ImportColumns.Column;
import io.plancycle.plan.ImportColumns.Kind;
import io.plancycle.plan.Numbering.Numbered;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a spreadsheet an agency sends back against its plan in the cycle: which cells differ from the plan, and every
 * problem, each named by its cell as a spreadsheet names it (民政處!B7). A sheet is the plan's when it has the columns
 * 關鍵策略目標 and 關鍵績效指標 ({@link ImportColumns}); each row names its KPI by the goal's numeral and the KPI's
 * number (三、… and 1. …) as the plan book writes them, and a row without a goal of its own is under the goal above
 * it (a goal's cells merged down the rows). Nothing is taken that the agency did not change: a cell as the download
 * wrote it is no change, and neither is one a spreadsheet program wrote back in its own way — a figure shown as it
 * shows numbers (95.50 as 95.5), text whose line breaks or spaces it moved (LibreOffice saves a cell of several lines
 * from an ODS into an XLSX as one line).
 */
final class ImportReading {

    /** A cell that changes the plan: where it is, the KPI it is about (and its place in the plan), its column, before and after. */
    record ChangedCell(String cell, int goalIndex, int kpiIndex, PlanView.GoalView goal, PlanView.KpiView kpi,
                       Column column, String before, String after) {
    }

    /** A KPI of the plan with its goal, and their indexes in the plan as the draft lists them. */
    private record Placed(int goalIndex, int kpiIndex, PlanView.GoalView goal, PlanView.KpiView kpi) {
    }

    private final PlanView plan;
    private final Set<String> otherAgencies;
    private final Problems problems = new Problems();
    private final List<ChangedCell> changes = new ArrayList<>();
    /** Where each KPI was read first. */
    private final Map<Long, String> listed = new HashMap<>();
    private boolean planSheetFound;

    private ImportReading(PlanView plan, Collection<String> otherAgencies) {
        this.plan = plan;
        this.otherAgencies = Set.copyOf(otherAgencies);
    }

    /** Reads every sheet of the file against the plan; {@code otherAgencies} are the names of the city's other agencies. */
    static ImportReading of(Spreadsheet file, PlanView plan, Collection<String> otherAgencies) {
        ImportReading reading = new ImportReading(plan, otherAgencies);
        file.sheets().forEach(reading::sheet);
        if (!reading.planSheetFound) {
            reading.problems.add("file", MessageCode.IMPORT_NO_PLAN_SHEET);
        }
        return reading;
    }

    List<ChangedCell> changes() {
        return changes;
    }

    Problems problems() {
        return problems;
    }

    /**
     * A target that cannot be what the agency meant: it has a figure, yet PlanCycle cannot read it as any kind of
     * target and would leave it to a person to judge ("5O0件", a letter O typed for a zero). Free text without a
     * figure (依限完成) is a target of its own kind, and none of the city's published targets is caught by this. A
     * slip that still reads as a target is not caught either: "5OO件" reads as 5 of the unit "OO件", as the editor
     * shows beside it.
     */
    static boolean unreadable(String target) {
        return target.chars().anyMatch(Character::isDigit) && TargetParser.parse(target).kind() == TargetKind.COMPLETION;
    }

    private void sheet(Spreadsheet.Sheet sheet) {
        Optional<Spreadsheet.Row> header = ImportColumns.headerRow(sheet);
        if (header.isEmpty()) {
            return;
        }
        planSheetFound = true;
        if (otherAgencies.contains(sheet.name().strip())) {
            problems.add(sheet.cell(1, 0), MessageCode.IMPORT_OTHER_AGENCY, sheet.name().strip(), plan.agencyName());
            return;
        }
        ImportColumns columns = ImportColumns.of(sheet, header.get(), plan.firstYear(), plan.lastYearInCycle(),
                plan.cycleYear() - 1, problems);
        int goalNo = 0;
        for (Spreadsheet.Row row : sheet.rows()) {
            if (row.number() > header.get().number()) {
                goalNo = row(sheet, row, columns, goalNo);
            }
        }
    }

    /** Reads a row; answers the number of the goal it is under, which the rows below without a goal of their own are under too. */
    private int row(Spreadsheet.Sheet sheet, Spreadsheet.Row row, ImportColumns columns, int goalAbove) {
        Column goalColumn = columns.get(Kind.GOAL);
        Column kpiColumn = columns.get(Kind.KPI);
        String goalText = text(row.cell(goalColumn.index()));
        Optional<Numbered> goalTitle = Numbering.readGoalTitle(goalText);
        int goalNo = goalText.isEmpty() ? goalAbove : goalTitle.map(Numbered::no).orElse(0);
        String kpiText = text(row.cell(kpiColumn.index()));
        if (kpiText.isEmpty() && columns.values().stream().allMatch(c -> text(row.cell(c.index())).isEmpty())) {
            return goalNo; // a goal's own row, or an empty one
        }
        Optional<Numbered> kpiTitle = Numbering.readKpiTitle(kpiText);
        if (goalNo == 0 || kpiTitle.isEmpty()) {
            Column unnumbered = goalNo == 0 ? goalColumn : kpiColumn;
            problems.add(sheet.cell(row.number(), unnumbered.index()), MessageCode.IMPORT_KPI_UNNUMBERED);
            return goalNo;
        }
        String kpiCell = sheet.cell(row.number(), kpiColumn.index());
        String place = Numbering.kpi(goalNo, kpiTitle.get().no(), Locale.TAIWAN);
        Optional<Placed> placed = find(goalNo, kpiTitle.get().no());
        if (placed.isEmpty()) {
            problems.add(kpiCell, MessageCode.IMPORT_KPI_UNKNOWN, place);
            return goalNo;
        }
        String first = listed.putIfAbsent(placed.get().kpi().id(), kpiCell);
        if (first != null) {
            problems.add(kpiCell, MessageCode.IMPORT_KPI_TWICE, place, first);
            return goalNo;
        }
        PlanView.GoalView goal = placed.get().goal();
        if (goalTitle.isPresent() && !sameName(goalTitle.get().text(), goal.title())) {
            problems.add(sheet.cell(row.number(), goalColumn.index()), MessageCode.IMPORT_RENAMED,
                    Numbering.goal(goalNo), goal.title());
        }
        if (!sameName(kpiTitle.get().text(), placed.get().kpi().name())) {
            problems.add(kpiCell, MessageCode.IMPORT_RENAMED, place, placed.get().kpi().name());
        }
        columns.values().forEach(column -> value(sheet.cell(row.number(), column.index()),
                text(row.cell(column.index())), column, placed.get()));
        return goalNo;
    }

    /** A cell of the measure, a target, the actual or its explanation: a change where it differs from the plan. */
    private void value(String cell, String after, Column column, Placed placed) {
        String before = before(placed.kpi(), column);
        if (same(before, after, column.kind())) {
            return;
        }
        if (column.kind() == Kind.TARGET && unreadable(after)) {
            problems.add(cell, MessageCode.IMPORT_TARGET_UNREADABLE, after);
        } else if (column.kind() == Kind.TARGET && after.length() > Target.MAX_LENGTH) {
            problems.add(cell, MessageCode.FIELD_TOO_LONG, Target.MAX_LENGTH);
        } else {
            changes.add(new ChangedCell(cell, placed.goalIndex(), placed.kpiIndex(), placed.goal(), placed.kpi(), column,
                    before, after));
        }
    }

    /** What the plan holds where the column writes: "" for nothing. */
    private static String before(PlanView.KpiView kpi, Column column) {
        PlanView.ActualView actual = kpi.actuals().get(column.year());
        String value = switch (column.kind()) {
            case MEASURE -> kpi.measure();
            case TARGET -> kpi.targets().containsKey(column.year()) ? kpi.targets().get(column.year()).raw() : null;
            case ACTUAL -> actual == null ? null : actual.value();
            case EXPLANATION -> actual == null ? null : actual.explanation();
            case GOAL, KPI -> throw new IllegalArgumentException("not a value: " + column);
        };
        return text(value);
    }

    /** The same text but for white space, or for a target the same plain number as a spreadsheet shows it (95.50 as 95.5). */
    private static boolean same(String before, String after, Kind kind) {
        if (ImportColumns.withoutSpace(before).equals(ImportColumns.withoutSpace(after))) {
            return true;
        }
        return kind == Kind.TARGET && PlanTables.isPlainNumber(before) && PlanTables.isPlainNumber(after)
                && new BigDecimal(before).compareTo(new BigDecimal(after)) == 0;
    }

    /** A name as the plan has it, whatever line breaks or spaces a spreadsheet program put in or took out. */
    private static boolean sameName(String read, String planned) {
        return ImportColumns.withoutSpace(read).equals(ImportColumns.withoutSpace(text(planned)));
    }

    private Optional<Placed> find(int goalNo, int kpiNo) {
        for (int g = 0; g < plan.goals().size(); g++) {
            PlanView.GoalView goal = plan.goals().get(g);
            for (int k = 0; goal.no() == goalNo && k < goal.kpis().size(); k++) {
                if (goal.kpis().get(k).no() == kpiNo) {
                    return Optional.of(new Placed(g, k, goal, goal.kpis().get(k)));
                }
            }
        }
        return Optional.empty();
    }

    /** A cell's text as the editor keeps text: line breaks as "\n", outer blanks removed, "" for nothing. */
    static String text(String cell) {
        return Objects.requireNonNullElse(AgencyPlanForm.text(cell), "");
    }
}
