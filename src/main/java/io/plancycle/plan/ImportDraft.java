package io.plancycle.plan;

import io.plancycle.problem.InvalidInputException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The draft an import saves: the plan as it is, through the plan editor's own form (so that whatever the import does
 * not change is saved as a save from the editor keeps it), with the changed cells written in. It knows the cell each
 * changed field of the draft came from, so that a refusal of the draft names the cell, not the draft's field.
 */
final class ImportDraft {

    private final PlanDraft draft;
    /** The cell of each changed field, by the field's name in a refusal of the draft. */
    private final Map<String, String> cells = new HashMap<>();

    ImportDraft(PlanView plan, List<ImportReading.ChangedCell> changes) {
        AgencyPlanForm form = AgencyPlanForm.of(plan);
        for (ImportReading.ChangedCell change : changes) {
            AgencyPlanForm.KpiForm kpi = form.goals.get(change.goalIndex()).kpis.get(change.kpiIndex());
            String field = "goals[" + change.goalIndex() + "].kpis[" + change.kpiIndex() + "]";
            int year = change.column().year();
            switch (change.column().kind()) {
                case MEASURE -> {
                    kpi.measure = change.after();
                    cells.put(field + ".measure", change.cell());
                }
                case TARGET -> {
                    kpi.targets.put(year, change.after());
                    cells.put(field + ".targets." + year, change.cell());
                }
                case ACTUAL -> {
                    kpi.actual(year).value = change.after();
                    cells.put(field + ".actuals[" + year + "].value", change.cell());
                }
                case EXPLANATION -> {
                    kpi.actual(year).explanation = change.after();
                    cells.put(field + ".actuals[" + year + "].explanation", change.cell());
                }
                case GOAL, KPI -> throw new IllegalArgumentException("a name is not imported: " + change.cell());
            }
        }
        draft = form.toDraft();
    }

    /** The draft, with the version of the plan it was made from. */
    PlanDraft draft() {
        return draft;
    }

    /** Refusals of the draft, each named by the cell its field came from. */
    List<InvalidInputException.FieldError> byCell(List<InvalidInputException.FieldError> errors) {
        return errors.stream().map(e -> new InvalidInputException.FieldError(cells.getOrDefault(e.field(), e.field()),
                e.code(), e.args())).toList();
    }
}
