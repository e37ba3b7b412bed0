package io.plancycle.report;

import io.plancycle.plan.PlanView;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReportController {

    private final ReportService reportService;

    ReportController(ReportService reportService) {
        this.reportService = reportService;
    }

    @PostMapping("/api/cycles/{year}/agencies/{code}/report")
    PlanView file(@PathVariable int year, @PathVariable String code, @Valid @RequestBody ReportRequest request) {
        return reportService.file(year, code, request);
    }
}
