package io.plancycle.plan;

import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The names of KPIs by id, removed ones included: for pages that name the KPI a change or a comment was about. */
@Service
public class KpiNames {

    private final KpiRepository kpis;

    KpiNames(KpiRepository kpis) {
        this.kpis = kpis;
    }

    /** id → name of each KPI found. */
    public Map<Long, String> of(Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        kpis.findAllById(ids).forEach(k -> names.put(k.getId(), k.getName()));
        return names;
    }
}
