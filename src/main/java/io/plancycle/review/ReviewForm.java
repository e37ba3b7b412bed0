package io.plancycle.review;

import io.plancycle.cycle.Decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the reviewer typed on the review page: a comment per KPI (by the KPI's id), the overall comment (綜合意見),
 * suggestions (建議事項, a comment about no KPI in particular) and the button pressed. It is shown again as typed when
 * the decision is refused.
 */
public class ReviewForm {

    /** The longest text a comment may have (the database keeps 20000 characters). */
    static final int MAX_TEXT = 20000;

    private Decision decision;
    private String overall;
    private String suggestions;
    private Map<Long, String> comments = new LinkedHashMap<>();
    /** Per KPI that stayed too easy, why the reviewer approves it as it stands. */
    private Map<Long, String> reasons = new LinkedHashMap<>();

    /**
     * The request for ReviewService: the comments not left blank, KPIs first in the page's order, then suggestions;
     * and the reasons for KPIs that stayed too easy.
     */
    ReviewRequest toRequest() {
        Map<Long, ReviewRequest.ThresholdReasonRequest> given = new LinkedHashMap<>();
        reasons.forEach((kpi, text) -> {
            if (hasText(text)) {
                given.put(kpi, new ReviewRequest.ThresholdReasonRequest(text.strip()));
            }
        });
        return new ReviewRequest(decision, blankToNull(overall), commentRequests(), given);
    }

    /** The KPI each comment of {@link #toRequest()} is about, in the same order (null for the suggestions). */
    List<Long> commentKpis() {
        List<Long> kpis = new ArrayList<>();
        comments.forEach((kpi, text) -> {
            if (hasText(text)) {
                kpis.add(kpi);
            }
        });
        if (hasText(suggestions)) {
            kpis.add(null);
        }
        return kpis;
    }

    private List<ReviewRequest.CommentRequest> commentRequests() {
        List<ReviewRequest.CommentRequest> requests = new ArrayList<>();
        comments.forEach((kpi, text) -> {
            if (hasText(text)) {
                requests.add(new ReviewRequest.CommentRequest(kpi, text.strip()));
            }
        });
        if (hasText(suggestions)) {
            requests.add(new ReviewRequest.CommentRequest(null, suggestions.strip()));
        }
        return requests;
    }

    /** What is wrong before the service is asked, by field name on the page (overall, suggestions, comment-{id}, decision). */
    Map<String, String> check() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (decision == null) {
            errors.put("decision", "review.error.decision");
        }
        if (tooLong(overall)) {
            errors.put("overall", "review.error.tooLong");
        }
        if (tooLong(suggestions)) {
            errors.put("suggestions", "review.error.tooLong");
        }
        comments.forEach((kpi, text) -> {
            if (tooLong(text)) {
                errors.put("comment-" + kpi, "review.error.tooLong");
            }
        });
        reasons.forEach((kpi, text) -> {
            if (text != null && text.length() > ThresholdReason.MAX_LENGTH) {
                errors.put("reason-" + kpi, "review.error.tooLong");
            }
        });
        return errors;
    }

    private static boolean tooLong(String text) {
        return text != null && text.length() > MAX_TEXT;
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static String blankToNull(String text) {
        return hasText(text) ? text.strip() : null;
    }

    public Decision getDecision() { return decision; }
    public void setDecision(Decision decision) { this.decision = decision; }
    public String getOverall() { return overall; }
    public void setOverall(String overall) { this.overall = overall; }
    public String getSuggestions() { return suggestions; }
    public void setSuggestions(String suggestions) { this.suggestions = suggestions; }
    public Map<Long, String> getComments() { return comments; }
    public void setComments(Map<Long, String> comments) { this.comments = comments; }
    public Map<Long, String> getReasons() { return reasons; }
    public void setReasons(Map<Long, String> reasons) { this.reasons = reasons; }

    /** The reason typed for a KPI that stayed too easy, for the page to show again ("" when none). */
    public String reason(Long kpiId) {
        String text = reasons.get(kpiId);
        return text == null ? "" : text;
    }

    /** Fills the form with a saved draft. */
    void draft(io.plancycle.review.ReviewDrafts.Draft draft) {
        overall = draft.overall();
        suggestions = draft.suggestions();
        comments = new LinkedHashMap<>(draft.comments());
    }

    /** The comment typed for a KPI, for the page to show again ("" when none). */
    public String comment(Long kpiId) {
        String text = comments.get(kpiId);
        return text == null ? "" : text;
    }
}
