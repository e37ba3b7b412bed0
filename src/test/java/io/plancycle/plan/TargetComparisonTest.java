package io.plancycle.plan;

import io.plancycle.plan.TargetParserTest.RealPlan;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The city's comparison of targets: harder, easier, the same, or for the evaluation team to judge. */
class TargetComparisonTest {

    private static Challenge compare(Direction direction, String before, String after) {
        return TargetComparison.compare(direction, TargetParser.parse(before), TargetParser.parse(after));
    }

    /** A real KPI's target of one year against a new one, in the KPI's direction. */
    private static Challenge real(String agency, int goal, int kpi, int year, String after) {
        RealPlan.Kpi k = RealPlan.kpi(agency, goal, kpi);
        return TargetComparison.compare(k.direction(), k.target(year), TargetParser.parse(after));
    }

    @Nested
    class OnTheRealPlan {

        @Test
        void aFigureToReachIsHarderRaised() {
            // 社會處 三-2 強化家外安置兒少替代性照顧資源: 110 ≧80%
            assertThat(real("social-affairs", 3, 2, 110, "≧82%")).isEqualTo(Challenge.HARDER);
            assertThat(real("social-affairs", 3, 2, 110, "≧78%")).isEqualTo(Challenge.EASIER);
            assertThat(real("social-affairs", 3, 2, 110, "≧80%")).isEqualTo(Challenge.SAME);
            assertThat(real("social-affairs", 3, 2, 110, ">80%")).as("the same figure made strict").isEqualTo(Challenge.HARDER);
        }

        @Test
        void aCeilingIsHarderLowered() {
            // 建設處 三-2 不合格農產品藥物殘留率: 110 ≦5%, lower is better
            assertThat(real("construction", 3, 2, 110, "≦4%")).isEqualTo(Challenge.HARDER);
            assertThat(real("construction", 3, 2, 110, "≦6%")).isEqualTo(Challenge.EASIER);
            assertThat(real("construction", 3, 2, 110, "<5%")).isEqualTo(Challenge.HARDER);
            assertThat(real("construction", 3, 2, 110, "≦5%")).isEqualTo(Challenge.SAME);
        }

        @Test
        void aPercentageWithoutOperator() {
            // 民政處 五-2 執行新住民相關措施及活動: 110 96%
            assertThat(real("civil-affairs", 5, 2, 110, "98%")).isEqualTo(Challenge.HARDER);
            assertThat(real("civil-affairs", 5, 2, 110, "95%")).isEqualTo(Challenge.EASIER);
            assertThat(real("civil-affairs", 5, 2, 110, "96件")).as("another unit").isEqualTo(Challenge.NEEDS_JUDGEMENT);
        }

        @Test
        void aTextTargetIsJudgedByTheReviewer() {
            // 消防局 二-1 充實消防車輛: 依限完成 every year
            assertThat(real("fire", 2, 1, 110, "依限完成")).isEqualTo(Challenge.SAME);
            assertThat(real("fire", 2, 1, 110, "≧3輛")).as("text to figure").isEqualTo(Challenge.NEEDS_JUDGEMENT);
            assertThat(real("fire", 2, 1, 110, "提前完成")).as("another text").isEqualTo(Challenge.NEEDS_JUDGEMENT);
        }
    }

    @ParameterizedTest(name = "{1} → {2} ({0}): {3}")
    @CsvSource(delimiter = '|', value = {
            "HIGHER_IS_BETTER|≧500|≧600|HARDER",
            "HIGHER_IS_BETTER|≧500|≧400|EASIER",
            "HIGHER_IS_BETTER|500|≧500|SAME",
            "HIGHER_IS_BETTER|>500|≧500|EASIER",
            "HIGHER_IS_BETTER|2萬件|25000件|HARDER",
            "HIGHER_IS_BETTER|≧500|依限完成|NEEDS_JUDGEMENT",
            "HIGHER_IS_BETTER|依限完成|≧500|NEEDS_JUDGEMENT",
            "HIGHER_IS_BETTER|≧500|7/31|NEEDS_JUDGEMENT",
            "HIGHER_IS_BETTER|≧500|每年一次|NEEDS_JUDGEMENT",
            "HIGHER_IS_BETTER|-|--|SAME",
            "LOWER_IS_BETTER|10日|8日|HARDER",
            "LOWER_IS_BETTER|10日|12日|EASIER",
            "LOWER_IS_BETTER|<10|≦10|EASIER",
            "MILESTONE|≦5%|≦3%|HARDER",
            "HIGHER_IS_BETTER|95%|96|HARDER",
    })
    void compares(Direction direction, String before, String after, Challenge expected) {
        assertThat(compare(direction, before, after)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} against an actual of {2} ({0}): below {3}")
    @CsvSource(delimiter = '|', value = {
            "HIGHER_IS_BETTER|≧500|620|true",
            "HIGHER_IS_BETTER|≧700|620|false",
            "HIGHER_IS_BETTER|620|620|false",
            "LOWER_IS_BETTER|≦5%|3%|true",
            "LOWER_IS_BETTER|≦2%|3%|false",
            "HIGHER_IS_BETTER|依限完成|620|false",
            "HIGHER_IS_BETTER|≧500|已完成|false",
            "HIGHER_IS_BETTER|95%|620件|false",
    })
    void belowLastYearsActual(Direction direction, String target, String actual, boolean below) {
        assertThat(TargetComparison.belowActual(direction, TargetParser.parse(target), TargetParser.parse(actual)))
                .isEqualTo(below);
    }

    @Test
    void onlyATargetNotMadeHarderNeedsAReason() {
        assertThat(Threshold.MADE_HARDER.needsReason()).isFalse();
        assertThat(Threshold.NOT_HARDER.needsReason()).isTrue();
        assertThat(Threshold.NEEDS_JUDGEMENT.needsReason()).isTrue();
    }
}
