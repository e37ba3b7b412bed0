package io.plancycle.review;

import io.plancycle.plan.Kpi;
import io.plancycle.plan.KpiRepository;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanRepository;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanView;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The plan a draft was started from, for the review sheet's "last year" column. */
@Component
class DraftOrigins {

    private final PlanService planService;
    private final PlanRepository plans;
    private final KpiRepository kpis;
    private final ReviewQueries queries;

    DraftOrigins(PlanService planService, PlanRepository plans, KpiRepository kpis, ReviewQueries queries) {
        this.planService = planService;
        this.plans = plans;
        this.kpis = kpis;
        this.queries = queries;
    }

    /** The plan the draft was started from, and per KPI of the draft the KPI it was copied from. */
    record Origin(ReviewSheet.Origin plan, Map<Long, PlanView.KpiView> kpis) {
        static final Origin NONE = new Origin(null, Map.of());
    }

    Origin of(Plan plan) {
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
}
