package io.plancycle.review;

import io.plancycle.plan.Outcome;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanSnapshots;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.revision.RevisionService;
import io.plancycle.revision.RevisionView;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The review sheet: one submission set beside the previous year's plan and the round before, for the evaluation
 * team. Read only; the decision itself is {@link ReviewService#review}.
 */
@Service
public class ReviewSheets {

    private final PlanService planService;
    private final ReviewService reviewService;
    private final RevisionService revisionService;
    private final PlanSnapshots snapshots;
    private final DraftOrigins origins;
    private final KpiRefs kpiRefs;

    ReviewSheets(PlanService planService, ReviewService reviewService, RevisionService revisionService,
                 PlanSnapshots snapshots, DraftOrigins origins, KpiRefs kpiRefs) {
        this.planService = planService;
        this.reviewService = reviewService;
        this.revisionService = revisionService;
        this.snapshots = snapshots;
        this.origins = origins;
        this.kpiRefs = kpiRefs;
    }

    /** The agency's submission beside the previous year's plan and the round before; for the evaluation team only. */
    @Transactional(readOnly = true)
    public ReviewSheet sheet(int year, String agencyCode) {
        CurrentUser.require(Role.REVIEWER);
        Plan plan = planService.planInCycle(year, agencyCode);
        PlanView view = planService.view(plan, year);
        SubmissionStage stage = plan.getStage();
        int round = stage == SubmissionStage.REVISION ? plan.getReviewRound() + 1 : plan.getReviewRound();
        int reportYear = year - 1;
        List<ReviewView> reviews = reviewService.rounds(year, agencyCode);
        ReviewView decided = roundOf(reviews, round);
        List<RevisionView> history = revisionService.history(year, agencyCode);

        PlanView before = round > 1 ? snapshots.of(plan.getId(), round - 1).orElse(null) : null;
        RoundChanges changes = before == null ? null : RoundChanges.between(before, view);
        List<RevisionView> lastRevisions = history.stream().filter(r -> r.round() == round - 1).toList();
        Map<Long, KpiRef> refs = kpiRefs.of(lastRevisions.stream().map(RevisionView::kpiId).toList(), view, before);
        Map<Long, List<RevisionLine>> revisionsByKpi = lastRevisions.stream().filter(r -> r.kpiId() != null)
                .collect(Collectors.groupingBy(RevisionView::kpiId, LinkedHashMap::new,
                        Collectors.mapping(r -> new RevisionLine(r, refs.get(r.kpiId())), Collectors.toList())));
        ReviewView previousReview = roundOf(reviews, round - 1);
        ReviewSheet.PreviousRound previous = round <= 1 ? null : new ReviewSheet.PreviousRound(round - 1, before != null,
                previousReview, lastRevisions.stream().map(r -> new RevisionLine(r, refs.get(r.kpiId()))).toList(),
                changes == null ? List.of() : changes.removedKpis(), changes == null ? List.of() : changes.removedGoals());

        DraftOrigins.Origin origin = origins.of(plan);
        List<ReviewSheet.GoalRow> goals = new ArrayList<>();
        for (PlanView.GoalView goal : view.goals()) {
            List<ReviewSheet.KpiRow> rows = goal.kpis().stream().map(kpi -> new ReviewSheet.KpiRow(kpi, goal.no(),
                    kpi.targets().get(reportYear), kpi.actuals().get(reportYear), origin.kpis().get(kpi.id()),
                    changes == null ? null : changes.of(kpi.id()),
                    revisionsByKpi.getOrDefault(kpi.id(), List.of()),
                    commentsOn(previousReview, kpi.id()), commentsOn(decided, kpi.id()))).toList();
            goals.add(new ReviewSheet.GoalRow(goal, changes == null ? null : changes.goalTitlesBefore().get(goal.id()),
                    changes != null && changes.addedGoals().contains(goal.id()), rows));
        }
        ReviewSheet.Counts counts = counts(goals, previous);
        List<Integer> years = IntStream.rangeClosed(plan.getFirstYear(), Math.max(plan.getFirstYear(), plan.getLastYear()))
                .boxed().toList();
        return new ReviewSheet(year, agencyCode, plan.getAgencyName(), stage, round, plan.getSubmittedAt(),
                plan.getStageDueOn(), stage == SubmissionStage.REVIEW, years, reportYear, view, goals, origin.plan(),
                previous, decided, counts);
    }

    private static ReviewSheet.Counts counts(List<ReviewSheet.GoalRow> goals, ReviewSheet.PreviousRound previous) {
        List<ReviewSheet.KpiRow> all = goals.stream().flatMap(g -> g.kpis().stream()).toList();
        return new ReviewSheet.Counts(all.size(),
                (int) all.stream().filter(k -> k.outcome() == Outcome.MET).count(),
                (int) all.stream().filter(ReviewSheet.KpiRow::notMet).count(),
                (int) all.stream().filter(ReviewSheet.KpiRow::overThreshold).count(),
                (int) all.stream().filter(ReviewSheet.KpiRow::changed).count()
                        + (previous == null ? 0 : previous.removedKpis().size()));
    }

    private static ReviewView roundOf(List<ReviewView> reviews, int round) {
        return reviews.stream().filter(r -> r.round() == round).findFirst().orElse(null);
    }

    private static List<ReviewView.CommentView> commentsOn(ReviewView review, Long kpiId) {
        return review == null ? List.of()
                : review.comments().stream().filter(c -> Objects.equals(c.kpiId(), kpiId)).toList();
    }
}
