package io.plancycle.plan;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The city's rules on a plan's remaining targets, compared with the plan the draft was started from (the last approved
 * one) and with last year's actuals: which too easy targets (over the threshold) were not made more challenging, and
 * which targets were lowered or set below what was reached. One place for both, read by the submission, the review
 * and the revision.
 */
@Component
public class TargetRules {

    private final KpiRepository kpis;
    private final Achievements achievements;

    TargetRules(KpiRepository kpis, Achievements achievements) {
        this.kpis = kpis;
        this.achievements = achievements;
    }

    /** A remaining target lower than it was, or (the cycle's year) below last year's actual. */
    public record Lowered(Kpi kpi, int year, String before, String after, boolean belowActual) {
    }

    /**
     * Per live KPI whose achievement rate last year ({@code cycleYear - 1}) exceeded the threshold, in the plan's
     * order: whether a remaining year's target was made more challenging than the same year's target in the plan the
     * draft was started from (where that plan had none, than last year's target).
     */
    public Map<Kpi, Threshold> overThreshold(Plan plan, int cycleYear) {
        Map<Long, Kpi> origins = origins(plan);
        Map<Kpi, Threshold> flagged = new LinkedHashMap<>();
        for (Kpi kpi : plan.liveKpis()) {
            boolean tooEasy = kpi.actual(cycleYear - 1).map(a -> achievements.of(kpi, a).overThreshold()).orElse(false);
            if (tooEasy) {
                flagged.put(kpi, threshold(kpi, origins.get(kpi.getOriginId()), plan.lastYearIn(cycleYear), cycleYear));
            }
        }
        return flagged;
    }

    private static Threshold threshold(Kpi kpi, Kpi origin, int lastPlanYear, int cycleYear) {
        Optional<ParsedTarget> exceeded = kpi.target(cycleYear - 1).map(Target::parsed);
        boolean judgement = false;
        for (int year = cycleYear; year <= lastPlanYear; year++) {
            Optional<ParsedTarget> now = target(kpi, year);
            Optional<ParsedTarget> then = target(origin, year).or(() -> exceeded);
            if (now.isEmpty() || then.isEmpty()) {
                continue;
            }
            Challenge challenge = TargetComparison.compare(kpi.getDirection(), then.get(), now.get());
            if (challenge == Challenge.HARDER) {
                return Threshold.MADE_HARDER;
            }
            judgement |= challenge == Challenge.NEEDS_JUDGEMENT;
        }
        return judgement ? Threshold.NEEDS_JUDGEMENT : Threshold.NOT_HARDER;
    }

    /**
     * The remaining targets of the live KPIs that are lower than the same year's target in the plan the draft was
     * started from, or, for the cycle's year, below last year's actual; in the plan's order.
     */
    public List<Lowered> lowered(Plan plan, int cycleYear) {
        Map<Long, Kpi> origins = origins(plan);
        return plan.liveKpis().stream().flatMap(kpi -> lowered(kpi, origins.get(kpi.getOriginId()),
                plan.lastYearIn(cycleYear), cycleYear).stream()).toList();
    }

    private static List<Lowered> lowered(Kpi kpi, Kpi origin, int lastPlanYear, int cycleYear) {
        Optional<String> lastActual = kpi.actual(cycleYear - 1).map(Actual::getRaw).filter(raw -> !raw.isBlank());
        List<Lowered> lowered = new ArrayList<>();
        for (int year = cycleYear; year <= lastPlanYear; year++) {
            Optional<ParsedTarget> now = kpi.target(year).map(Target::parsed);
            if (now.isEmpty()) {
                continue;
            }
            Optional<ParsedTarget> then = target(origin, year);
            if (then.isPresent() && TargetComparison.compare(kpi.getDirection(), then.get(), now.get()) == Challenge.EASIER) {
                lowered.add(new Lowered(kpi, year, then.get().raw(), now.get().raw(), false));
            } else if (year == cycleYear && lastActual.isPresent()
                    && TargetComparison.belowActual(kpi.getDirection(), now.get(), TargetParser.parse(lastActual.get()))) {
                lowered.add(new Lowered(kpi, year, lastActual.get(), now.get().raw(), true));
            }
        }
        return lowered;
    }

    /**
     * What a change of a year's target makes it lower than: the target it was, where it is lowered; else, for the
     * cycle's year, last year's actual where it is set below it; empty where it is not lowered.
     */
    public static Optional<String> lowerThan(Kpi kpi, int year, int cycleYear, String before, String after) {
        ParsedTarget now = TargetParser.parse(after);
        if (before != null && TargetComparison.compare(kpi.getDirection(), TargetParser.parse(before), now) == Challenge.EASIER) {
            return Optional.of(before);
        }
        return year != cycleYear ? Optional.empty() : kpi.actual(cycleYear - 1).map(Actual::getRaw)
                .filter(raw -> !raw.isBlank())
                .filter(raw -> TargetComparison.belowActual(kpi.getDirection(), now, TargetParser.parse(raw)));
    }

    private static Optional<ParsedTarget> target(Kpi kpi, int year) {
        return kpi == null ? Optional.empty()
                : kpi.target(year).map(Target::parsed).filter(t -> t.kind() != TargetKind.NONE);
    }

    private Map<Long, Kpi> origins(Plan plan) {
        Set<Long> ids = plan.liveKpis().stream().map(Kpi::getOriginId).filter(Objects::nonNull)
                .collect(Collectors.toCollection(HashSet::new));
        return ids.isEmpty() ? Map.of()
                : kpis.findAllById(ids).stream().collect(Collectors.toMap(Kpi::getId, Function.identity()));
    }
}
