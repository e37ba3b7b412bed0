package io.plancycle.plan;

import java.util.List;

/**
 * What importing a spreadsheet changes in an agency's draft: every cell that differs from the plan, read against the
 * plan at {@code version}, the version that applying the import names (so that a plan saved meanwhile is not
 * overwritten). Applied, the version is the plan's new one. No change at all: the file says what the plan says.
 */
public record ImportPreview(long version, List<Change> changes) {

    public ImportPreview {
        changes = List.copyOf(changes);
    }

    /**
     * A changed cell: where it is (民政處!D3); its KPI by id, place in the plan (三-1, goal 3, KPI 1) and name; the
     * header of its column (110年度目標值); the value before and after ("" for nothing).
     */
    public record Change(String cell, long kpiId, String kpi, int goalNo, int kpiNo, String kpiName, String column,
                         String before, String after) {
    }
}
