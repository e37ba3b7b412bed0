package io.plancycle.review;

import io.plancycle.plan.Outcome;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanSnapshots;
import io.plancycle.plan.PlanDraft;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.TargetRules;
import io.plancycle.plan.Threshold;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.revision.RevisionService;
import io.plancycle.revision.RevisionView;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
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
    private final TargetRules targetRules;

    ReviewSheets(PlanService planService, ReviewService reviewService, RevisionService revisionService,
                 PlanSnapshots snapshots, DraftOrigins origins, KpiRefs kpiRefs, TargetRules targetRules) {
        this.targetRules = targetRules;
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
        Map<Long, Threshold> thresholds = new HashMap<>();
        targetRules.overThreshold(plan, year).forEach((kpi, threshold) -> thresholds.put(kpi.getId(), threshold));
        Map<Long, List<ReviewSheet.LoweredTarget>> lowered = lowered(plan, year, view, history);
        List<ReviewSheet.GoalRow> goals = new ArrayList<>();
        for (PlanView.GoalView goal : view.goals()) {
            List<ReviewSheet.KpiRow> rows = goal.kpis().stream().map(kpi -> new ReviewSheet.KpiRow(kpi, goal.no(),
                    kpi.targets().get(reportYear), kpi.actuals().get(reportYear), origin.kpis().get(kpi.id()),
                    changes == null ? null : changes.of(kpi.id()),
                    revisionsByKpi.getOrDefault(kpi.id(), List.of()),
                    commentsOn(previousReview, kpi.id()), commentsOn(decided, kpi.id()), thresholds.get(kpi.id()),
                    lowered.getOrDefault(kpi.id(), List.of()), reasonOn(decided, kpi.id()))).toList();
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
                        + (previous == null ? 0 : previous.removedKpis().size()),
                (int) all.stream().filter(ReviewSheet.KpiRow::reasonRequired).count(),
                all.stream().mapToInt(k -> k.lowered().size()).sum());
    }

    /**
     * The plan's lowered targets per KPI id, each with the cause and countermeasure the draft gave, or else the latest
     * change of that year's target that gave them.
     */
    private Map<Long, List<ReviewSheet.LoweredTarget>> lowered(Plan plan, int year, PlanView view,
                                                               List<RevisionView> history) {
        Map<Long, PlanView.KpiView> kpis = view.goals().stream().flatMap(g -> g.kpis().stream())
                .collect(Collectors.toMap(PlanView.KpiView::id, k -> k));
        Map<Long, List<ReviewSheet.LoweredTarget>> byKpi = new LinkedHashMap<>();
        for (TargetRules.Lowered l : targetRules.lowered(plan, year)) {
            Long kpiId = l.kpi().getId();
            PlanView.KpiView kpi = kpis.get(kpiId);
            PlanDraft.Note note = kpi == null || kpi.notes() == null ? null : kpi.notes().get(l.year());
            RevisionView change = history.stream().filter(r -> kpiId.equals(r.kpiId()) && Objects.equals(r.year(), l.year())
                    && r.cause() != null).reduce((first, second) -> second).orElse(null);
            String cause = note != null ? note.cause() : change == null ? null : change.cause();
            String countermeasure = note != null ? note.countermeasure() : change == null ? null : change.countermeasure();
            byKpi.computeIfAbsent(kpiId, id -> new ArrayList<>()).add(new ReviewSheet.LoweredTarget(l.year(), l.before(),
                    l.after(), l.belowActual(), cause, countermeasure));
        }
        return byKpi;
    }

    private static ReviewView.ThresholdReasonView reasonOn(ReviewView review, Long kpiId) {
        return review == null ? null : review.overThresholdReasons().stream()
                .filter(r -> Objects.equals(r.kpiId(), kpiId)).findFirst().orElse(null);
    }

    private static ReviewView roundOf(List<ReviewView> reviews, int round) {
        return reviews.stream().filter(r -> r.round() == round).findFirst().orElse(null);
    }

    private static List<ReviewView.CommentView> commentsOn(ReviewView review, Long kpiId) {
        return review == null ? List.of()
                : review.comments().stream().filter(c -> Objects.equals(c.kpiId(), kpiId)).toList();
    }
}
