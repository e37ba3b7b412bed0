package io.plancycle.review;

import io.plancycle.plan.KpiRepository;
import io.plancycle.plan.PlanView;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** KPIs named by their place, for the review sheet and the response table. */
@Component
class KpiRefs {

    private final KpiRepository kpis;

    KpiRefs(KpiRepository kpis) {
        this.kpis = kpis;
    }

    /**
     * The order the evaluation team's comments are numbered in, by the id of their KPI: by the KPI's place in the plan,
     * the comments on the submission as a whole (no KPI) last.
     */
    static Comparator<Long> byPlace(Map<Long, KpiRef> refs) {
        return Comparator.comparing((Long kpiId) -> kpiId == null).thenComparingLong(kpiId -> {
            KpiRef ref = kpiId == null ? null : refs.get(kpiId);
            return ref == null ? Long.MAX_VALUE : ref.goalNo() * 1000L + ref.no();
        });
    }

    /** Names the KPIs by their place: from the plans at hand, else (a KPI deleted since) as the database last had it. */
    Map<Long, KpiRef> of(Collection<Long> ids, PlanView... views) {
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
            kpis.findWithGoalByIdIn(missing).forEach(k ->
                    refs.put(k.getId(), new KpiRef(k.getId(), k.getGoal().getNo(), k.getNo(), k.getName())));
        }
        return refs;
    }
}
