package io.plancycle.review;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** What a reviewer has written so far on one round of a submission, not yet a decision. */
@Entity
class ReviewDraft {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    private int round;
    private String reviewer;
    private String overall;
    private String suggestions;
    /** The comment per KPI, as JSON. */
    private String comments;
    private Instant savedAt;

    protected ReviewDraft() {
    }

    ReviewDraft(Long planId, int round, String reviewer) {
        this.planId = planId;
        this.round = round;
        this.reviewer = reviewer;
    }

    void write(String overall, String suggestions, String comments, Instant savedAt) {
        this.overall = overall;
        this.suggestions = suggestions;
        this.comments = comments;
        this.savedAt = savedAt;
    }

    String getOverall() { return overall; }
    String getSuggestions() { return suggestions; }
    String getComments() { return comments; }
    Instant getSavedAt() { return savedAt; }
}
