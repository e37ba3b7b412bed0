package io.plancycle.review;

import io.plancycle.plan.Plan;
import io.plancycle.revision.CommentsToAnswer;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The comments of a round as the agency answers them, numbered as the review-response table numbers them. */
@Component
class RoundComments implements CommentsToAnswer {

    private final ReviewCommentRepository comments;
    private final KpiRefs kpiRefs;

    RoundComments(ReviewCommentRepository comments, KpiRefs kpiRefs) {
        this.comments = comments;
        this.kpiRefs = kpiRefs;
    }

    @Override
    public List<RoundComment> of(Plan plan, int round) {
        List<ReviewComment> ofRound = comments.findByPlanIdOrderByRoundAscIdAsc(plan.getId()).stream()
                .filter(c -> c.getRound() == round).toList();
        Map<Long, KpiRef> refs = kpiRefs.of(ofRound.stream().map(ReviewComment::getKpiId).toList());
        List<RoundComment> numbered = new ArrayList<>();
        ofRound.stream().sorted(Comparator.comparing(ReviewComment::getKpiId, KpiRefs.byPlace(refs))).forEach(c -> {
            KpiRef kpi = c.getKpiId() == null ? null : refs.get(c.getKpiId());
            numbered.add(new RoundComment(c.getId(), numbered.size() + 1, c.getKpiId(), kpi == null ? null : kpi.name(),
                    c.getText()));
        });
        return numbered;
    }
}
