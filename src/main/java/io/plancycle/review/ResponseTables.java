package io.plancycle.review;

import io.plancycle.cycle.Decision;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.revision.ReplyView;
import io.plancycle.revision.RevisionService;
import io.plancycle.revision.RevisionView;
import io.plancycle.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The response-to-review table (審查意見回覆表): each comment of every round beside the agency's reply and the changes that
 * answered it, and the panel members' opinions the comments consolidated, named by member.
 */
@Service
public class ResponseTables {

    private final PlanService planService;
    private final ReviewService reviewService;
    private final RevisionService revisionService;
    private final KpiRefs kpiRefs;
    private final PanelOpinions panelOpinions;

    ResponseTables(PlanService planService, ReviewService reviewService, RevisionService revisionService,
                   KpiRefs kpiRefs, PanelOpinions panelOpinions) {
        this.planService = planService;
        this.reviewService = reviewService;
        this.revisionService = revisionService;
        this.kpiRefs = kpiRefs;
        this.panelOpinions = panelOpinions;
    }

    /**
     * Each comment of every round beside the agency's reply and its changes of that KPI that followed it, numbered as
     * the agency is asked for its replies; an agency reads its own.
     */
    @Transactional(readOnly = true)
    public ResponseTable responses(int year, String agencyCode) {
        CurrentUser.requireRead(agencyCode);
        Plan plan = planService.planInCycle(year, agencyCode);
        PlanView view = planService.view(plan, year);
        List<ReviewView> reviews = reviewService.rounds(year, agencyCode);
        List<RevisionView> history = revisionService.history(year, agencyCode);
        Map<Long, ReplyView> replies = revisionService.replies(year, agencyCode).stream()
                .collect(Collectors.toMap(ReplyView::commentId, Function.identity()));
        List<Long> ids = new ArrayList<>();
        reviews.forEach(r -> r.comments().forEach(c -> ids.add(c.kpiId())));
        reviews.forEach(r -> r.overThresholdReasons().forEach(reason -> ids.add(reason.kpiId())));
        history.forEach(r -> ids.add(r.kpiId()));
        Map<Integer, PanelOpinions.RoundOpinions> opinions = panelOpinions.byRound(plan);
        opinions.values().forEach(o -> o.opinions().forEach(opinion -> ids.add(opinion.kpiId())));
        Map<Long, KpiRef> refs = kpiRefs.of(ids, view);
        List<ResponseTable.Round> rounds = new ArrayList<>();
        for (ReviewView review : reviews) {
            // A change recorded after round n was returned carries round n: it answers round n's comments.
            List<RevisionLine> answers = history.stream().filter(r -> r.round() == review.round())
                    .map(r -> new RevisionLine(r, r.kpiId() == null ? null : refs.get(r.kpiId()))).toList();
            Set<Long> commented = review.comments().stream().map(ReviewView.CommentView::kpiId).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            List<PanelOpinions.Opinion> said = opinions.containsKey(review.round())
                    ? opinions.get(review.round()).opinions() : List.of();
            List<ResponseTable.Row> rows = review.comments().stream()
                    .sorted(Comparator.comparing(ReviewView.CommentView::kpiId, KpiRefs.byPlace(refs)))
                    .map(c -> new ResponseTable.Row(c.id(), c.kpiId() == null ? null : refs.get(c.kpiId()), c.text(),
                            c.author(), replies.get(c.id()), c.kpiId() == null ? List.of() : answers.stream()
                                    .filter(a -> c.kpiId().equals(a.change().kpiId())).toList(),
                            c.kpiId() == null ? List.of() : said.stream().filter(o -> c.kpiId().equals(o.kpiId())).toList()))
                    .toList();
            List<RevisionLine> unpaired = answers.stream()
                    .filter(a -> a.change().kpiId() == null || !commented.contains(a.change().kpiId())).toList();
            boolean pending = review.decision() == Decision.RETURN && review.round() == plan.getReviewRound()
                    && plan.getStage() == SubmissionStage.REVISION;
            rounds.add(new ResponseTable.Round(review.round(), review.decision(), review.overall(), review.reviewer(),
                    review.decidedAt(), pending, rows, unpaired, review.overThresholdReasons().stream()
                    .map(r -> new ResponseTable.ThresholdReasonRow(refs.get(r.kpiId()), r.verdict(), r.reason(), r.reviewer()))
                    .toList(), said.stream().filter(o -> o.kpiId() == null).toList(), said.stream()
                    .filter(o -> o.kpiId() != null && !commented.contains(o.kpiId()))
                    .sorted(Comparator.comparing(PanelOpinions.Opinion::kpiId, KpiRefs.byPlace(refs)))
                    .map(o -> new ResponseTable.OtherOpinion(refs.get(o.kpiId()), o)).toList()));
        }
        return new ResponseTable(year, agencyCode, plan.getAgencyName(), plan.getStage(), rounds);
    }
}
