package io.plancycle.review;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class ReviewController {

    private final ReviewService reviewService;

    ReviewController(ReviewService reviewService) {
        this.reviewService = reviewService;
    }

    @PostMapping("/api/cycles/{year}/agencies/{code}/review")
    ReviewView review(@PathVariable int year, @PathVariable String code, @Valid @RequestBody ReviewRequest request) {
        return reviewService.review(year, code, request);
    }

    @GetMapping("/api/cycles/{year}/agencies/{code}/reviews")
    List<ReviewView> rounds(@PathVariable int year, @PathVariable String code) {
        return reviewService.rounds(year, code);
    }
}
