package io.plancycle.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@Tag(name = "Plans", description = "An agency's plan in a cycle: goals, KPIs, measures, targets and actuals")
@RestController
class PlanController {

    private final PlanService planService;
    private final DraftChanges draftChanges;

    PlanController(PlanService planService, DraftChanges draftChanges) {
        this.planService = planService;
        this.draftChanges = draftChanges;
    }

    @Operation(operationId = "getPlan", summary = "Read the agency's plan in a cycle")
    @GetMapping("/api/cycles/{year}/agencies/{code}/plan")
    PlanView read(@PathVariable int year, @PathVariable String code) {
        return planService.read(year, code);
    }

    @Operation(operationId = "saveDraftPlan", summary = "Save the agency's draft plan with last year's actuals")
    @PutMapping("/api/cycles/{year}/agencies/{code}/plan")
    PlanView saveDraft(@PathVariable int year, @PathVariable String code, @Valid @RequestBody PlanDraft draft) {
        return planService.saveDraft(year, code, draft);
    }

    @Operation(operationId = "listDraftChanges", summary = "List every change of the agency's plan against the plan it "
            + "was started from, each with the reason given (null: still to be given before the submission)")
    @GetMapping("/api/cycles/{year}/agencies/{code}/plan/changes")
    List<DraftChange> changes(@PathVariable int year, @PathVariable String code) {
        return draftChanges.read(year, code).changes();
    }
}
