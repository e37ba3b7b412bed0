package io.plancycle.review;

import io.plancycle.plan.KpiRepository;
import io.plancycle.plan.PlanView;
import org.springframework.stereotype.Component;

import java.util.Collection;
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
            kpis.findAllById(missing).forEach(k ->
                    refs.put(k.getId(), new KpiRef(k.getId(), k.getGoal().getNo(), k.getNo(), k.getName())));
        }
        return refs;
    }
}
