package io.plancycle.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@Tag(name = "Reviews", description = "Written review (書面審查) by the evaluation team: comments per KPI, approve or return")
@RestController
class ReviewController {

    private final ReviewService reviewService;
    private final ReviewSheets sheets;

    ReviewController(ReviewService reviewService, ReviewSheets sheets) {
        this.reviewService = reviewService;
        this.sheets = sheets;
    }

    @Operation(operationId = "getReviewSheet", summary = "Read the review sheet of the agency's submission: per KPI beside "
            + "the previous year and the round before, with the too easy targets that need a reason to approve and the "
            + "lowered targets with their cause and countermeasure (evaluation team only)")
    @GetMapping("/api/cycles/{year}/agencies/{code}/review-sheet")
    ReviewSheet sheet(@PathVariable int year, @PathVariable String code) {
        return sheets.sheet(year, code);
    }

    @Operation(operationId = "reviewSubmission", summary = "Approve or return the agency's submission, with comments per KPI")
    @PostMapping("/api/cycles/{year}/agencies/{code}/review")
    ReviewView review(@PathVariable int year, @PathVariable String code, @Valid @RequestBody ReviewRequest request) {
        return reviewService.review(year, code, request);
    }

    @Operation(operationId = "listReviews", summary = "List the review rounds of the agency's plan in a cycle")
    @GetMapping("/api/cycles/{year}/agencies/{code}/reviews")
    List<ReviewView> rounds(@PathVariable int year, @PathVariable String code) {
        return reviewService.rounds(year, code);
    }
}
