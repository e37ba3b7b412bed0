package io.plancycle.report;

import io.plancycle.document.Documents;
import io.plancycle.document.GetDocument;
import io.plancycle.plan.PlanBooks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * The plan book and the performance report as documents, from the API and from the pages alike: an agency's at the
 * address of its plan and of its report page, the whole city's at the cycle's.
 */
@Tag(name = "Reports")
@RestController
class BookAndReportDownloads {

    private final PlanBooks planBooks;
    private final PerformanceReports reports;
    private final Documents documents;

    BookAndReportDownloads(PlanBooks planBooks, PerformanceReports reports, Documents documents) {
        this.planBooks = planBooks;
        this.reports = reports;
        this.documents = documents;
    }

    @Operation(operationId = "downloadAgencyPlanBook",
            summary = "Download the agency's plan book (?format=odt|pdf|ods|xlsx|csv, or by Accept)")
    @GetDocument({"/api/cycles/{year}/agencies/{code}/plan", "/cycles/{year}/agencies/{code}/plan"})
    ResponseEntity<byte[]> agencyPlanBook(@PathVariable int year, @PathVariable String code, NativeWebRequest request)
            throws HttpMediaTypeNotAcceptableException {
        return documents.download(planBooks.agency(year, code), request);
    }

    @Operation(operationId = "downloadCityPlanBook",
            summary = "Download the whole city's plan book of a cycle (?format=odt|pdf|ods|xlsx, or by Accept)")
    @GetDocument({"/api/cycles/{year}/plan-book", "/cycles/{year}/plan-book"})
    ResponseEntity<byte[]> cityPlanBook(@PathVariable int year, NativeWebRequest request)
            throws HttpMediaTypeNotAcceptableException {
        return documents.download(planBooks.city(year), request);
    }

    @Operation(operationId = "downloadAgencyPerformanceReport",
            summary = "Download the agency's performance report of the year before the cycle (?format=odt|pdf|ods|xlsx|csv)")
    @GetDocument({"/api/cycles/{year}/agencies/{code}/performance-report", "/cycles/{year}/agencies/{code}/report"})
    ResponseEntity<byte[]> agencyReport(@PathVariable int year, @PathVariable String code, NativeWebRequest request)
            throws HttpMediaTypeNotAcceptableException {
        return documents.download(reports.agency(year, code), request);
    }

    @Operation(operationId = "downloadCityPerformanceReport",
            summary = "Download the whole city's performance report of the year before the cycle (?format=odt|pdf|ods|xlsx)")
    @GetDocument({"/api/cycles/{year}/performance-report", "/cycles/{year}/performance-report"})
    ResponseEntity<byte[]> cityReport(@PathVariable int year, NativeWebRequest request)
            throws HttpMediaTypeNotAcceptableException {
        return documents.download(reports.city(year), request);
    }
}
