package io.plancycle.plan;

import io.plancycle.PlanCycleProperties;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Records actuals and derives their achievement rate against the KPI's target, with the configured threshold. */
@Component
public class Achievements {

    private static final Achievement NOTHING_TO_JUDGE = new Achievement(null, null, false);

    private final PlanCycleProperties properties;

    public Achievements(PlanCycleProperties properties) {
        this.properties = properties;
    }

    /** The achievement of a recorded actual; nothing to judge where the year has no target. */
    public Achievement of(Kpi kpi, Actual actual) {
        Optional<Target> target = kpi.target(actual.getYear());
        if (target.isEmpty() || actual.getRaw() == null) {
            return NOTHING_TO_JUDGE;
        }
        try {
            return AchievementRate.of(kpi.getDirection(), target.get().parsed(), actual.getRaw(), actual.getJudgedMet(),
                    properties.overThresholdPercent());
        } catch (IllegalArgumentException notANumber) {
            return NOTHING_TO_JUDGE;
        }
    }

    /**
     * The achievement of an actual against a target read elsewhere (a report over many KPIs at once); nothing to judge
     * without a target or an actual, or where the actual is not the number the target needs.
     */
    public Achievement of(Direction direction, ParsedTarget target, String actualRaw, Boolean judgedMet) {
        if (target == null || actualRaw == null) {
            return NOTHING_TO_JUDGE;
        }
        try {
            return AchievementRate.of(direction, target, actualRaw, judgedMet, properties.overThresholdPercent());
        } catch (IllegalArgumentException notANumber) {
            return NOTHING_TO_JUDGE;
        }
    }

    /** How KPIs came out in a year, one {@link Outcome} each: a KPI without a target or an actual is not judged. */
    public Outcomes outcomes(List<Kpi> kpis, int year) {
        Outcomes outcomes = Outcomes.NONE;
        for (Kpi kpi : kpis) {
            outcomes = outcomes.plus(kpi.actual(year).map(actual -> of(kpi, actual)).orElse(NOTHING_TO_JUDGE));
        }
        return outcomes;
    }

    /** The rate above which a target is flagged as too easy, in percent. */
    public java.math.BigDecimal thresholdPercent() {
        return properties.overThresholdPercent();
    }

    /**
     * Records what a KPI reached in a year, refused when it is not complete ({@link #check}). Anything wrong is added to
     * {@code problems} under {@code field} (for example {@code actuals[3]}); the caller refuses the whole request then.
     */
    public void record(Kpi kpi, int year, String raw, Boolean judgedMet, String explanation, boolean finalReport,
                       String field, Problems problems) {
        if (check(kpi, year, raw, judgedMet, explanation, field, problems)) {
            kpi.actualFor(year).record(raw.strip(), judgedMet, explanation, finalReport);
        }
    }

    /**
     * Keeps what a draft says a KPI reached, as written, complete or not: the checks of {@link #check} run when the plan
     * is submitted, so that partial work can always be saved.
     */
    public void keep(Kpi kpi, int year, String raw, Boolean judgedMet, String explanation, boolean finalReport) {
        kpi.actualFor(year).record(raw == null ? "" : raw.strip(), judgedMet, explanation, finalReport);
    }

    /**
     * Whether an actual is complete: a target that year, a value (a number where the target is one), the agency's
     * judgement where the target is not a number, and an explanation where it was missed. Each problem is added to
     * {@code problems} under {@code field} ({@code goals[0].kpis[1].actuals.109}, with {@code .value}, {@code .met}
     * or {@code .explanation}).
     */
    public boolean check(Kpi kpi, int year, String raw, Boolean judgedMet, String explanation, String field,
                         Problems problems) {
        Optional<Target> target = kpi.target(year);
        if (target.isEmpty() || target.get().getKind() == TargetKind.NONE) {
            problems.add(field, MessageCode.ACTUAL_WITHOUT_TARGET, year);
            return false;
        }
        if (raw == null || raw.isBlank()) {
            problems.add(field + ".value", MessageCode.FIELD_REQUIRED);
            return false;
        }
        Achievement achievement;
        try {
            achievement = AchievementRate.of(kpi.getDirection(), target.get().parsed(), raw.strip(), judgedMet,
                    properties.overThresholdPercent());
        } catch (IllegalArgumentException e) {
            problems.add(field + ".value", MessageCode.ACTUAL_NOT_A_NUMBER, target.get().getRaw());
            return false;
        }
        if (achievement.met() == null) {
            problems.add(field + ".met", MessageCode.ACTUAL_MET_MISSING, target.get().getRaw());
            return false;
        }
        if (!achievement.met() && (explanation == null || explanation.isBlank())) {
            problems.add(field + ".explanation", MessageCode.ACTUAL_EXPLANATION_MISSING, target.get().getRaw());
            return false;
        }
        return true;
    }
}
