package io.plancycle.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A reviewer's draft of the round under review (綜合意見, 建議事項, a comment per KPI), kept on the server per reviewer,
 * agency and round so that it survives leaving the page, another computer or a restart. Saved whatever it says (the
 * rules of a decision apply when the decision is taken), and gone once the round is decided.
 */
@Service
public class ReviewDrafts {

    /** A saved draft: the texts and when they were saved. */
    public record Draft(String overall, String suggestions, Map<Long, String> comments, Instant savedAt) {
    }

    private static final TypeReference<LinkedHashMap<Long, String>> COMMENTS = new TypeReference<>() {
    };

    private final PlanService plans;
    private final ReviewDraftRepository drafts;
    private final ObjectMapper json;

    ReviewDrafts(PlanService plans, ReviewDraftRepository drafts, ObjectMapper json) {
        this.plans = plans;
        this.drafts = drafts;
        this.json = json;
    }

    /** The signed-in reviewer's draft of the round now under review, if any. */
    @Transactional(readOnly = true)
    public Optional<Draft> mine(int year, String agencyCode) {
        CurrentUser.require(Role.REVIEWER);
        Plan plan = plans.planInCycle(year, agencyCode);
        if (plan.getStage() != SubmissionStage.REVIEW) {
            return Optional.empty();
        }
        return drafts.findByPlanIdAndRoundAndReviewer(plan.getId(), plan.getReviewRound(), CurrentUser.get().id())
                .map(d -> new Draft(d.getOverall(), d.getSuggestions(), read(d.getComments()), d.getSavedAt()));
    }

    /** Keeps the reviewer's draft of the round under review, replacing the one before; blank comments are left out. */
    @Transactional
    public void save(int year, String agencyCode, String overall, String suggestions, Map<Long, String> comments) {
        CurrentUser.require(Role.REVIEWER);
        Plan plan = plans.planInCycle(year, agencyCode);
        PlanService.requireStage(plan, SubmissionStage.REVIEW);
        String reviewer = CurrentUser.get().id();
        ReviewDraft draft = drafts.findByPlanIdAndRoundAndReviewer(plan.getId(), plan.getReviewRound(), reviewer)
                .orElseGet(() -> new ReviewDraft(plan.getId(), plan.getReviewRound(), reviewer));
        Map<Long, String> written = new LinkedHashMap<>();
        comments.forEach((kpi, text) -> {
            if (kpi != null && text != null && !text.isBlank()) {
                written.put(kpi, text);
            }
        });
        draft.write(overall, suggestions, write(written), Instant.now());
        drafts.save(draft);
    }

    /** The round is decided: its drafts are done with. */
    @Transactional
    public void discard(Long planId, int round) {
        drafts.deleteRound(planId, round);
    }

    private Map<Long, String> read(String comments) {
        try {
            return json.readValue(comments, COMMENTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a review draft's comments are not JSON", e);
        }
    }

    private String write(Map<Long, String> comments) {
        try {
            return json.writeValueAsString(comments);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
