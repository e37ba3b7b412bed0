package io.plancycle.report;

import io.plancycle.cycle.Publications;
import io.plancycle.document.Document;
import io.plancycle.document.Documents;
import io.plancycle.document.GetDocument;
import io.plancycle.plan.PlanBooks;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * The public page (公開資訊), open without sign-in: the years the planning office published, and for each the city's
 * performance report as a page with its chart, and the plan book and report to download. It shows what was approved
 * and nothing else: no comments, no names, no addresses; an unpublished year is not found.
 */
@Controller
class PublicPages {

    private final Publications publications;
    private final PerformanceReports reports;
    private final PlanBooks planBooks;
    private final Documents documents;

    PublicPages(Publications publications, PerformanceReports reports, PlanBooks planBooks, Documents documents) {
        this.publications = publications;
        this.reports = reports;
        this.planBooks = planBooks;
        this.documents = documents;
    }

    @GetMapping("/public")
    String index(Model model) {
        model.addAttribute("years", publications.years());
        return "pages/public/index";
    }

    @GetMapping("/public/{year}")
    String year(@PathVariable int year, Model model) {
        publications.requirePublished(year);
        Document report = reports.publishedCity(year);
        model.addAttribute("year", year);
        model.addAttribute("report", report);
        model.addAttribute("outcomes", report.tables().get(0));
        return "pages/public/year";
    }

    @GetDocument("/public/{year}/plan-book")
    ResponseEntity<byte[]> planBook(@PathVariable int year, NativeWebRequest request)
            throws HttpMediaTypeNotAcceptableException {
        publications.requirePublished(year);
        return documents.download(planBooks.publishedCity(year), request);
    }

    @GetDocument("/public/{year}/performance-report")
    ResponseEntity<byte[]> performanceReport(@PathVariable int year, NativeWebRequest request)
            throws HttpMediaTypeNotAcceptableException {
        publications.requirePublished(year);
        return documents.download(reports.publishedCity(year), request);
    }
}
