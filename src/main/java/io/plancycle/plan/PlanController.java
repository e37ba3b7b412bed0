package io.plancycle.plan;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PlanController {

    private final PlanService planService;

    PlanController(PlanService planService) {
        this.planService = planService;
    }

    @GetMapping("/api/cycles/{year}/agencies/{code}/plan")
    PlanView read(@PathVariable int year, @PathVariable String code) {
        return planService.read(year, code);
    }

    @PutMapping("/api/cycles/{year}/agencies/{code}/plan")
    PlanView saveDraft(@PathVariable int year, @PathVariable String code, @Valid @RequestBody PlanDraft draft) {
        return planService.saveDraft(year, code, draft);
    }
}
