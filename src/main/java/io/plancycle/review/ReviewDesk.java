package io.plancycle.review;

import io.plancycle.cycle.CycleService;
import io.plancycle.cycle.CycleStage;
import io.plancycle.cycle.CycleView;
import io.plancycle.cycle.Decision;
import io.plancycle.plan.Achievement;
import io.plancycle.plan.Achievements;
import io.plancycle.plan.Actual;
import io.plancycle.plan.Kpi;
import io.plancycle.plan.KpiRepository;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanRepository;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanSnapshots;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.revision.RevisionService;
import io.plancycle.revision.RevisionSummary;
import io.plancycle.revision.RevisionView;
import io.plancycle.revision.SummaryRow;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import io.plancycle.step.Stage;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What the evaluation team and the approver read: the review queue, one submission set beside the previous year and
 * the round before, the response-to-review table, and the consolidated cycle awaiting final approval. Read only; the
 * decisions themselves are {@link ReviewService#review} and {@link CycleService#decide}.
 */
@Service
public class ReviewDesk {

    /** How many of the latest review decisions the queue shows. */
    static final int RECENT_DECISIONS = 15;

    private final PlanService planService;
    private final PlanRepository plans;
    private final KpiRepository kpis;
    private final ReviewService reviewService;
    private final RevisionService revisionService;
    private final RevisionSummary revisionSummary;
    private final CycleService cycleService;
    private final PlanSnapshots snapshots;
    private final ReviewQueries queries;
    private final Achievements achievements;

    ReviewDesk(PlanService planService, PlanRepository plans, KpiRepository kpis, ReviewService reviewService,
               RevisionService revisionService, RevisionSummary revisionSummary, CycleService cycleService,
               PlanSnapshots snapshots, ReviewQueries queries, Achievements achievements) {
        this.planService = planService;
        this.plans = plans;
        this.kpis = kpis;
        this.reviewService = reviewService;
        this.revisionService = revisionService;
        this.revisionSummary = revisionSummary;
        this.cycleService = cycleService;
        this.snapshots = snapshots;
        this.queries = queries;
        this.achievements = achievements;
    }

    // ---- the queue ---------------------------------------------------------------------------------------------

    /** Submissions of every open cycle waiting for review, soonest due first, and the latest decisions. */
    @Transactional(readOnly = true)
    public ReviewQueue queue() {
        CurrentUser.require(Role.REVIEWER);
        List<ReviewQueue.Waiting> waiting = queries.plansAt(SubmissionStage.REVIEW).stream().map(row -> {
            Plan plan = (Plan) row[0];
            return new ReviewQueue.Waiting((Integer) row[1], plan.getAgency().getCode(), plan.getAgency().getName(),
                    plan.getReviewRound(), plan.getSubmittedAt(), plan.getStageDueOn());
        }).toList();
        List<ReviewQueue.Decided> decided = queries.latestDecisions(PageRequest.of(0, RECENT_DECISIONS)).stream().map(row -> {
            Review review = (Review) row[0];
            return new ReviewQueue.Decided((Integer) row[3], (String) row[1], (String) row[2], review.getRound(),
                    review.getDecision(), review.getReviewer(), review.getDecidedAt());
        }).toList();
        return new ReviewQueue(waiting, decided);
    }

    // ---- one submission ----------------------------------------------------------------------------------------

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
        Map<Long, KpiRef> refs = kpiRefs(lastRevisions.stream().map(RevisionView::kpiId).toList(), view, before);
        Map<Long, List<RevisionLine>> revisionsByKpi = lastRevisions.stream().filter(r -> r.kpiId() != null)
                .collect(Collectors.groupingBy(RevisionView::kpiId, LinkedHashMap::new,
                        Collectors.mapping(r -> new RevisionLine(r, refs.get(r.kpiId())), Collectors.toList())));
        ReviewView previousReview = roundOf(reviews, round - 1);
        ReviewSheet.PreviousRound previous = round <= 1 ? null : new ReviewSheet.PreviousRound(round - 1, before != null,
                previousReview, lastRevisions.stream().map(r -> new RevisionLine(r, refs.get(r.kpiId()))).toList(),
                changes == null ? List.of() : changes.removedKpis(), changes == null ? List.of() : changes.removedGoals());

        Origin origin = origin(plan);
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
        return new ReviewSheet(year, agencyCode, plan.getAgency().getName(), stage, round, plan.getSubmittedAt(),
                plan.getStageDueOn(), stage == SubmissionStage.REVIEW, years, reportYear, view, goals, origin.plan(),
                previous, decided, counts);
    }

    private static ReviewSheet.Counts counts(List<ReviewSheet.GoalRow> goals, ReviewSheet.PreviousRound previous) {
        List<ReviewSheet.KpiRow> all = goals.stream().flatMap(g -> g.kpis().stream()).toList();
        return new ReviewSheet.Counts(all.size(),
                (int) all.stream().filter(k -> k.reportActual() != null && Boolean.TRUE.equals(k.reportActual().met())).count(),
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

    /** The plan the draft was started from, and per KPI of the draft the KPI it was copied from. */
    private record Origin(ReviewSheet.Origin plan, Map<Long, PlanView.KpiView> kpis) {
        static final Origin NONE = new Origin(null, Map.of());
    }

    private Origin origin(Plan plan) {
        Map<Long, Long> originOf = plan.liveKpis().stream().filter(k -> k.getOriginId() != null)
                .collect(Collectors.toMap(Kpi::getId, Kpi::getOriginId));
        if (originOf.isEmpty()) {
            return Origin.NONE;
        }
        // Every KPI of a draft is copied from one plan; should they differ, the plan most came from is the one shown.
        Long sourceId = kpis.findAllById(new HashSet<>(originOf.values())).stream()
                .collect(Collectors.groupingBy(k -> k.getPlan().getId(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        Optional<Plan> source = sourceId == null ? Optional.empty() : plans.findById(sourceId);
        if (source.isEmpty()) {
            return Origin.NONE;
        }
        Integer sourceYear = source.get().getCycleId() == null ? null
                : queries.yearOfCycle(source.get().getCycleId()).orElse(null);
        Map<Long, PlanView.KpiView> byId = planService.view(source.get(), sourceYear).goals().stream()
                .flatMap(g -> g.kpis().stream()).collect(Collectors.toMap(PlanView.KpiView::id, Function.identity()));
        Map<Long, PlanView.KpiView> byDraftKpi = new HashMap<>();
        originOf.forEach((kpiId, originId) -> {
            PlanView.KpiView then = byId.get(originId);
            if (then != null) {
                byDraftKpi.put(kpiId, then);
            }
        });
        return new Origin(new ReviewSheet.Origin(sourceYear, source.get().getFirstYear(), source.get().getLastYear()),
                byDraftKpi);
    }

    /** Names the KPIs by their place: from the plans at hand, else (a KPI deleted since) as the database last had it. */
    private Map<Long, KpiRef> kpiRefs(Collection<Long> ids, PlanView... views) {
        Map<Long, KpiRef> refs = new HashMap<>();
        for (PlanView view : views) {
            if (view != null) {
                view.goals().forEach(g -> g.kpis().forEach(k ->
                        refs.putIfAbsent(k.id(), new KpiRef(k.id(), g.no(), k.no(), k.name()))));
            }
        }
        Set<Long> missing = ids.stream().filter(Objects::nonNull).filter(id -> !refs.containsKey(id))
                .collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            kpis.findAllById(missing).forEach(k ->
                    refs.put(k.getId(), new KpiRef(k.getId(), k.getGoal().getNo(), k.getNo(), k.getName())));
        }
        return refs;
    }

    // ---- the response-to-review table --------------------------------------------------------------------------

    /** Each comment of every round beside the agency's changes of that KPI that followed it; an agency reads its own. */
    @Transactional(readOnly = true)
    public ResponseTable responses(int year, String agencyCode) {
        CurrentUser.requireRead(agencyCode);
        Plan plan = planService.planInCycle(year, agencyCode);
        PlanView view = planService.view(plan, year);
        List<ReviewView> reviews = reviewService.rounds(year, agencyCode);
        List<RevisionView> history = revisionService.history(year, agencyCode);
        List<Long> ids = new ArrayList<>();
        reviews.forEach(r -> r.comments().forEach(c -> ids.add(c.kpiId())));
        history.forEach(r -> ids.add(r.kpiId()));
        Map<Long, KpiRef> refs = kpiRefs(ids, view);
        List<ResponseTable.Round> rounds = new ArrayList<>();
        for (ReviewView review : reviews) {
            // A change recorded after round n was returned carries round n: it answers round n's comments.
            List<RevisionLine> answers = history.stream().filter(r -> r.round() == review.round())
                    .map(r -> new RevisionLine(r, r.kpiId() == null ? null : refs.get(r.kpiId()))).toList();
            Set<Long> commented = review.comments().stream().map(ReviewView.CommentView::kpiId).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            List<ResponseTable.Row> rows = review.comments().stream()
                    .sorted(Comparator.comparing((ReviewView.CommentView c) -> c.kpiId() == null)
                            .thenComparing(c -> place(refs.get(c.kpiId()))))
                    .map(c -> new ResponseTable.Row(c.kpiId() == null ? null : refs.get(c.kpiId()), c.text(), c.author(),
                            c.kpiId() == null ? List.of() : answers.stream()
                                    .filter(a -> c.kpiId().equals(a.change().kpiId())).toList()))
                    .toList();
            List<RevisionLine> unpaired = answers.stream()
                    .filter(a -> a.change().kpiId() == null || !commented.contains(a.change().kpiId())).toList();
            boolean pending = review.decision() == Decision.RETURN && review.round() == plan.getReviewRound()
                    && plan.getStage() == SubmissionStage.REVISION;
            rounds.add(new ResponseTable.Round(review.round(), review.decision(), review.overall(), review.reviewer(),
                    review.decidedAt(), pending, rows, unpaired));
        }
        return new ResponseTable(year, agencyCode, plan.getAgency().getName(), plan.getStage(), rounds);
    }

    private static long place(KpiRef ref) {
        return ref == null ? Long.MAX_VALUE : ref.goalNo() * 1000L + ref.no();
    }

    // ---- the consolidated cycle for the approver ---------------------------------------------------------------

    /** The cycle as consolidated for final approval: per agency its outcome; for the approver. */
    @Transactional(readOnly = true)
    public Consolidation consolidation(int year) {
        CurrentUser.require(Role.APPROVER);
        CycleView cycle = cycleService.read(year);
        Long cycleId = cycleService.cycle(year).getId();
        int reportYear = year - 1;
        RevisionSummary.Table summary = revisionSummary.table(year, cycleId);
        // The summary names agencies by name, which is unique among the city's agencies.
        Map<String, Long> revised = summary.rows().stream()
                .collect(Collectors.groupingBy(SummaryRow::agency, Collectors.counting()));
        List<Consolidation.AgencyLine> lines = plans.findByCycle(cycleId).stream()
                .map(plan -> line(plan, reportYear, revised.getOrDefault(plan.getAgency().getName(), 0L).intValue()))
                .toList();
        Consolidation.AgencyLine totals = new Consolidation.AgencyLine(null, null, null,
                lines.stream().mapToInt(Consolidation.AgencyLine::rounds).sum(),
                lines.stream().mapToInt(Consolidation.AgencyLine::kpis).sum(),
                lines.stream().mapToInt(Consolidation.AgencyLine::met).sum(),
                lines.stream().mapToInt(Consolidation.AgencyLine::notMet).sum(),
                lines.stream().mapToInt(Consolidation.AgencyLine::overThreshold).sum(),
                lines.stream().mapToInt(Consolidation.AgencyLine::revisedKpis).sum());
        List<CycleView.ApprovalView> decisions = new ArrayList<>(cycle.approvals());
        Collections.reverse(decisions); // the latest first
        return new Consolidation(year, cycle.stage(), cycle.calendar().get(Stage.APPROVAL),
                cycle.stage() == CycleStage.APPROVAL, reportYear, lines, totals, decisions, summary);
    }

    private Consolidation.AgencyLine line(Plan plan, int reportYear, int revisedKpis) {
        int met = 0;
        int notMet = 0;
        int over = 0;
        List<Kpi> live = plan.liveKpis();
        for (Kpi kpi : live) {
            Optional<Actual> actual = kpi.actual(reportYear);
            if (actual.isEmpty()) {
                continue;
            }
            Achievement achievement = achievements.of(kpi, actual.get());
            if (Boolean.TRUE.equals(achievement.met())) {
                met++;
            } else if (Boolean.FALSE.equals(achievement.met())) {
                notMet++;
            }
            if (achievement.overThreshold()) {
                over++;
            }
        }
        return new Consolidation.AgencyLine(plan.getAgency().getCode(), plan.getAgency().getName(), plan.getStage(),
                plan.getReviewRound(), live.size(), met, notMet, over, revisedKpis);
    }
}
