package io.plancycle.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.plancycle.plan.PlanView;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Reports", description = "The performance report (施政績效報告): actuals of the reported year")
@RestController
class ReportController {

    private final ReportService reportService;

    ReportController(ReportService reportService) {
        this.reportService = reportService;
    }

    @Operation(operationId = "filePerformanceReport", summary = "File the agency's performance report with its actuals")
    @PostMapping("/api/cycles/{year}/agencies/{code}/report")
    PlanView file(@PathVariable int year, @PathVariable String code, @Valid @RequestBody ReportRequest request) {
        return reportService.file(year, code, request);
    }
}
