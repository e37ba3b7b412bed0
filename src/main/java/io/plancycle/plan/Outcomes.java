package io.plancycle.plan;

/**
 * How many KPIs came out each way ({@link Outcome}); {@link #kpis()} is their sum, so a row of these adds up.
 */
public record Outcomes(int met, int notMet, int overThreshold, int notJudged) {

    public static final Outcomes NONE = new Outcomes(0, 0, 0, 0);

    /** These counts and one more KPI of the given achievement. */
    public Outcomes plus(Achievement achievement) {
        return switch (Outcome.of(achievement)) {
            case MET -> new Outcomes(met + 1, notMet, overThreshold, notJudged);
            case NOT_MET -> new Outcomes(met, notMet + 1, overThreshold, notJudged);
            case OVER_THRESHOLD -> new Outcomes(met, notMet, overThreshold + 1, notJudged);
            case NOT_JUDGED -> new Outcomes(met, notMet, overThreshold, notJudged + 1);
        };
    }

    /** The counts of both. */
    public Outcomes plus(Outcomes other) {
        return new Outcomes(met + other.met, notMet + other.notMet, overThreshold + other.overThreshold,
                notJudged + other.notJudged);
    }

    /** Every KPI counted. */
    public int kpis() {
        return met + notMet + overThreshold + notJudged;
    }
}
