package io.plancycle.plan;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Each KPI is counted once: over the threshold is not also met, and the counts add up to the KPIs. */
class OutcomesTest {

    private static final BigDecimal THRESHOLD = BigDecimal.valueOf(130);

    private static Achievement of(String target, String actual, Boolean judgedMet) {
        return AchievementRate.of(Direction.HIGHER_IS_BETTER, TargetParser.parse(target), actual, judgedMet, THRESHOLD);
    }

    @Test
    void everyAchievementHasOneOutcome() {
        assertThat(Outcome.of(of("20", "30", null))).as("150%: too easy, not met as well").isEqualTo(Outcome.OVER_THRESHOLD);
        assertThat(Outcome.of(of("550", "605", null))).as("110%").isEqualTo(Outcome.MET);
        assertThat(Outcome.of(of("94%", "90%", null))).isEqualTo(Outcome.NOT_MET);
        assertThat(Outcome.of(of("依限完成", "已完成", null))).as("no judgement yet").isEqualTo(Outcome.NOT_JUDGED);
        assertThat(Outcome.of(of("依限完成", "已完成", true))).isEqualTo(Outcome.MET);
        assertThat(Outcome.of(of("-", "3", null))).as("no target that year").isEqualTo(Outcome.NOT_JUDGED);
    }

    @Test
    void countsAddUpToTheKpis() {
        Outcomes outcomes = Outcomes.NONE.plus(of("20", "30", null)).plus(of("550", "605", null))
                .plus(of("94%", "90%", null)).plus(of("-", "3", null)).plus(of("550", "600", null));
        assertThat(outcomes).isEqualTo(new Outcomes(2, 1, 1, 1));
        assertThat(outcomes.kpis()).isEqualTo(5);
        assertThat(outcomes.plus(outcomes)).isEqualTo(new Outcomes(4, 2, 2, 2));
    }
}
