package io.plancycle.report;

import io.plancycle.plan.Achievement;
import io.plancycle.plan.Achievements;
import io.plancycle.plan.Direction;
import io.plancycle.plan.Outcomes;
import io.plancycle.plan.ParsedTarget;
import io.plancycle.plan.TargetKind;
import io.plancycle.security.CurrentUser;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the agencies of a cycle did last year, for the planning office's charts: per agency, how many KPIs met their
 * target, missed it, beat the threshold (too easy) or are not judged (no target, no actual), and how their rates spread.
 * Read from the plans of the cycle (the actuals of the year before the cycle's) in one query.
 */
@Service
public class AchievementDistribution {

    /** The lower edges (percent) of the histogram's bins below the threshold; the threshold closes the last of them. */
    private static final List<BigDecimal> EDGES = List.of(new BigDecimal("60"), new BigDecimal("80"),
            new BigDecimal("100"), new BigDecimal("120"));

    private final EntityManager entityManager;
    private final Achievements achievements;

    AchievementDistribution(EntityManager entityManager, Achievements achievements) {
        this.entityManager = entityManager;
        this.achievements = achievements;
    }

    /**
     * @param cycleId the cycle whose plans are read
     * @param year    the year the actuals are of (the cycle's year − 1: what the cycle reports on)
     */
    @Transactional(readOnly = true)
    public Distribution of(Long cycleId, int year) {
        CurrentUser.requireOversight("the achievements of every agency are for the planning office, the evaluation team and the approver");
        BigDecimal threshold = achievements.thresholdPercent();
        List<Bin> bins = bins(threshold);
        List<Object[]> rows = entityManager.createQuery("""
                        select a.code, a.name, k.direction, t.raw, t.op, t.amount, t.unit, t.kind, ac.raw, ac.judgedMet, k.id
                        from Plan p join p.agency a
                        left join Kpi k on k.plan = p
                        left join k.goal g
                        left join Target t on t.kpi = k and t.year = :year and t.kind <> :none
                        left join Actual ac on ac.kpi = k and ac.year = :year
                        where p.cycleId = :cycleId
                          and (k is null or (k.deleted = false and g.deleted = false) or t is not null)
                        order by a.sortOrder, k.id""", Object[].class)
                .setParameter("cycleId", cycleId).setParameter("year", year).setParameter("none", TargetKind.NONE)
                .getResultList();
        Map<String, Counting> byAgency = new LinkedHashMap<>();
        Counting total = new Counting(null, null, bins.size());
        for (Object[] row : rows) {
            Counting agency = byAgency.computeIfAbsent((String) row[0], code -> new Counting(code, (String) row[1], bins.size()));
            if (row[10] == null) {
                continue; // an agency without KPIs
            }
            ParsedTarget target = row[7] == null ? null // no target that year: not judged
                    : new ParsedTarget((String) row[3], (String) row[4], (BigDecimal) row[5], (String) row[6],
                    (TargetKind) row[7]);
            Achievement achievement = achievements.of((Direction) row[2], target, (String) row[8], (Boolean) row[9]);
            agency.add(achievement, bins);
            total.add(achievement, bins);
        }
        return new Distribution(year, threshold, bins.stream().map(Bin::label).toList(),
                byAgency.values().stream().map(Counting::result).toList(), total.result());
    }

    /**
     * &lt;60%, 60–80%, 80–100%, 100–120%, 120% up to and with the threshold, over the threshold (edges at or above the
     * threshold are left out, so a threshold of 120% gives 100–120% and &gt;120%).
     */
    static List<Bin> bins(BigDecimal threshold) {
        List<Bin> bins = new ArrayList<>();
        BigDecimal from = null;
        for (BigDecimal edge : EDGES) {
            if (edge.compareTo(threshold) >= 0) {
                break;
            }
            bins.add(new Bin(from, edge, false, from == null ? "<" + edge.toPlainString() + "%"
                    : from.toPlainString() + "–" + edge.toPlainString() + "%"));
            from = edge;
        }
        String t = threshold.stripTrailingZeros().toPlainString();
        bins.add(new Bin(from, threshold, true, from == null ? "≦" + t + "%" : from.toPlainString() + "–" + t + "%"));
        bins.add(new Bin(threshold, null, false, ">" + t + "%"));
        return bins;
    }

    /**
     * A bin of rates from {@code from} (inclusive, but exclusive after the threshold's bin; none for the first) to
     * {@code to} (exclusive, or inclusive for the threshold's bin; none for the last).
     */
    record Bin(BigDecimal from, BigDecimal to, boolean toInclusive, String label) {
        boolean holds(BigDecimal rate) {
            boolean fromInclusive = to != null;
            boolean aboveFrom = from == null || (fromInclusive ? rate.compareTo(from) >= 0 : rate.compareTo(from) > 0);
            boolean belowTo = to == null || (toInclusive ? rate.compareTo(to) <= 0 : rate.compareTo(to) < 0);
            return aboveFrom && belowTo;
        }
    }

    private static final class Counting {
        private final String code;
        private final String name;
        private Outcomes outcomes = Outcomes.NONE;
        private final int[] rates;

        Counting(String code, String name, int bins) {
            this.code = code;
            this.name = name;
            this.rates = new int[bins];
        }

        void add(Achievement achievement, List<Bin> bins) {
            outcomes = outcomes.plus(achievement);
            if (achievement.rate() != null) {
                for (int i = 0; i < bins.size(); i++) {
                    if (bins.get(i).holds(achievement.rate())) {
                        rates[i]++;
                        break;
                    }
                }
            }
        }

        AgencyAchievements result() {
            return new AgencyAchievements(code, name, outcomes.met(), outcomes.notMet(), outcomes.overThreshold(),
                    outcomes.notJudged(), outcomes.kpis(), Arrays.stream(rates).boxed().toList());
        }
    }

    /**
     * The KPIs of one agency (or, without a code, of them all), counted by {@link io.plancycle.plan.Outcome}: how many met
     * their target (at or under the threshold), missed it, beat the threshold, or are not judged (no target that year, no
     * actual yet, or no judgement), adding up to {@code kpis}; and how
     * many achievement rates fall in each bin (only KPIs whose rate can be computed: numeric targets).
     */
    public record AgencyAchievements(String code, String name, int met, int notMet, int overThreshold, int notJudged,
                                     int kpis, List<Integer> rateBins) {
    }

    /** The distribution of a cycle: the year of the actuals, the threshold, the bins' labels, each agency and all. */
    public record Distribution(int year, BigDecimal thresholdPercent, List<String> binLabels,
                               List<AgencyAchievements> agencies, AgencyAchievements total) {
    }
}
