package io.plancycle.plan;

import java.util.List;
import java.util.Map;

/** A medium-term plan as a request makes it, checked and built in memory: what a preview shows and a start saves. */
record MediumTermMaking(MediumTermPlanRequest request, MediumTermPlan.Source source, List<Agency> all,
                        CityReorganisation city, Map<String, NewBaselines.Sheet> sheets, List<Plan> baselines) {

    MediumTermMaking(MediumTermPlanRequest request, MediumTermPlan.Source source, List<Agency> all,
                     CityReorganisation city, Map<String, NewBaselines.Sheet> sheets) {
        this(request, source, all, city, sheets, NewBaselines.build(request.title().strip(), request.firstYear(),
                request.lastYear(), city.successors(), sheets));
    }

    /** What the plan holds, under its id once saved. */
    MediumTermPreview preview(Long id) {
        return new MediumTermPreview(id, request.title().strip(), request.firstYear(), request.lastYear(), source,
                NewBaselines.describe(baselines, city.successors(), sheets),
                city.retired().stream().map(Agency::getName).toList());
    }
}
