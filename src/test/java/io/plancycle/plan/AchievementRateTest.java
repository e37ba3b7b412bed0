package io.plancycle.plan;

import io.plancycle.plan.TargetParserTest.RealPlan;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AchievementRateTest {

    private static final BigDecimal THRESHOLD = new BigDecimal("130");

    /** The achievement of a real KPI's target in one year, the direction inferred from the KPI. */
    private static Achievement of(String agency, int goal, int kpi, int year, String actual, Boolean judgedMet,
                                  BigDecimal threshold) {
        RealPlan.Kpi k = RealPlan.kpi(agency, goal, kpi);
        return AchievementRate.of(k.direction(), k.target(year), actual, judgedMet, threshold);
    }

    private static Achievement of(String agency, int goal, int kpi, int year, String actual) {
        return of(agency, goal, kpi, year, actual, null, THRESHOLD);
    }

    private static Achievement rated(String rate, Boolean met, boolean over) {
        return new Achievement(rate == null ? null : new BigDecimal(rate), met, over);
    }

    @Nested
    class HigherIsBetter {

        @Test
        void actualOverTargetIsMet() {
            // 民政處 1/1 參與人數, 108 target 500
            assertThat(of("civil-affairs", 1, 1, 108, "520")).isEqualTo(rated("104.00", true, false));
        }

        @Test
        void actualBelowTargetIsNotMet() {
            assertThat(of("civil-affairs", 1, 1, 108, "400")).isEqualTo(rated("80.00", false, false));
        }

        @Test
        void overTheThresholdIsFlagged() {
            // 109 target 550, actual 800
            assertThat(of("civil-affairs", 1, 1, 109, "800")).isEqualTo(rated("145.45", true, true));
        }

        @Test
        void exactlyOnTheThresholdIsNotFlagged() {
            assertThat(of("civil-affairs", 1, 1, 108, "650")).isEqualTo(rated("130.00", true, false));
        }

        @Test
        void aThresholdOf120FlagsWhat130DoesNot() {
            // 109 target 550, actual 690 → 125.45%
            assertThat(of("civil-affairs", 1, 1, 109, "690", null, THRESHOLD)).isEqualTo(rated("125.45", true, false));
            assertThat(of("civil-affairs", 1, 1, 109, "690", null, new BigDecimal("120")))
                    .isEqualTo(rated("125.45", true, true));
        }

        @Test
        void actualsAreReadAsAgenciesWriteThem() {
            // 都市發展處 1/2 願景館 110 target 1250人次
            assertThat(of("urban-development", 1, 2, 110, "1,250")).isEqualTo(rated("100.00", true, false));
            // 財稅 4/1 109 target 2萬件
            assertThat(of("finance-taxation", 4, 1, 109, "2萬5千件")).isEqualTo(rated("125.00", true, false));
        }

        @Test
        void percentTargetsTakeActualsWithOrWithoutThePercentSign() {
            // 財稅 2/1 欠稅移送 96%
            Achievement withSign = of("finance-taxation", 2, 1, 108, "96.5%");
            assertThat(withSign).isEqualTo(rated("100.52", true, false));
            assertThat(of("finance-taxation", 2, 1, 108, "96.5")).isEqualTo(withSign);
            assertThat(of("finance-taxation", 2, 1, 108, "95﹪")).isEqualTo(rated("98.96", false, false));
        }

        @Test
        void atLeastTargetIsMetWhenReached() {
            // 智慧科技處 3/1 ≧1200
            assertThat(of("smart-technology", 3, 1, 109, "1200")).isEqualTo(rated("100.00", true, false));
            assertThat(of("smart-technology", 3, 1, 109, "1199")).isEqualTo(rated("99.92", false, false));
        }

        @Test
        void strictlyGreaterTargetIsNotMetWhenOnlyEqual() {
            ParsedTarget moreThan10 = TargetParser.parse("> 10");
            assertThat(AchievementRate.of(Direction.HIGHER_IS_BETTER, moreThan10, "10", null, THRESHOLD))
                    .isEqualTo(rated("100.00", false, false));
            assertThat(AchievementRate.of(Direction.HIGHER_IS_BETTER, moreThan10, "11", null, THRESHOLD))
                    .isEqualTo(rated("110.00", true, false));
        }

        @Test
        void zeroTargetAndZeroActualIsOnTarget() {
            // 工務處 2/2 工程進度, 108 target 0%
            assertThat(of("public-works", 2, 2, 108, "0%")).isEqualTo(rated("100.00", true, false));
        }

        @Test
        void anythingAboveAZeroTargetIsMetAndFlagged() {
            assertThat(of("public-works", 2, 2, 108, "5%")).isEqualTo(rated(null, true, true));
        }

        @Test
        void aFallingGrowthRateIsNotMet() {
            // 交通處 1/1 公車搭乘人次增加率: 108 target 20%, 110 target 0%
            assertThat(of("transportation", 1, 1, 108, "-5%")).isEqualTo(rated("-25.00", false, false));
            assertThat(of("transportation", 1, 1, 110, "-3%")).isEqualTo(rated(null, false, false));
        }

        @Test
        void theJudgementIsIgnoredForNumbers() {
            assertThat(of("civil-affairs", 1, 1, 108, "400", true, THRESHOLD)).isEqualTo(rated("80.00", false, false));
        }
    }

    @Nested
    class LowerIsBetter {

        @Test
        void noSwineFeverIsOnTarget() {
            // 建設處 3/1 豬瘟及口蹄疫發生率, target 0
            assertThat(RealPlan.kpi("construction", 3, 1).direction()).isEqualTo(Direction.LOWER_IS_BETTER);
            assertThat(of("construction", 3, 1, 108, "0")).isEqualTo(rated("100.00", true, false));
        }

        @Test
        void oneCaseOfSwineFeverIsNotMet() {
            assertThat(of("construction", 3, 1, 108, "1")).isEqualTo(rated("0.00", false, false));
        }

        @Test
        void underTheCeilingIsMet() {
            // 建設處 3/2 不合格農產品藥物殘留率 ≦5%
            assertThat(of("construction", 3, 2, 108, "4%")).isEqualTo(rated("125.00", true, false));
            assertThat(of("construction", 3, 2, 108, "5%")).isEqualTo(rated("100.00", true, false));
        }

        @Test
        void overTheCeilingIsNotMet() {
            assertThat(of("construction", 3, 2, 108, "6%")).isEqualTo(rated("83.33", false, false));
        }

        @Test
        void zeroUnderAPositiveCeilingIsMetAndFlagged() {
            assertThat(of("construction", 3, 2, 108, "0%")).isEqualTo(rated(null, true, true));
        }

        @Test
        void farUnderTheCeilingIsFlagged() {
            // 地政處 1/1 ≦9 停止服務天數
            assertThat(of("land-administration", 1, 1, 108, "6")).isEqualTo(rated("150.00", true, true));
            assertThat(of("land-administration", 1, 1, 108, "6", null, new BigDecimal("160")))
                    .isEqualTo(rated("150.00", true, false));
        }

        @Test
        void plainNumberTargetOfALowerIsBetterKpiIsACeiling() {
            // 環保局 2/2 紅害日數, 108 target 19日 (op "=", no ≦)
            assertThat(RealPlan.kpi("environmental-protection", 2, 2).target(108).kind()).isEqualTo(TargetKind.NUMBER);
            assertThat(of("environmental-protection", 2, 2, 108, "15日")).isEqualTo(rated("126.67", true, false));
            assertThat(of("environmental-protection", 2, 2, 108, "25日")).isEqualTo(rated("76.00", false, false));
        }

        @Test
        void aCeilingIsLowerIsBetterWhateverTheDirectionSays() {
            ParsedTarget ceiling = TargetParser.parse("≦5%");
            assertThat(AchievementRate.of(Direction.HIGHER_IS_BETTER, ceiling, "4%", null, THRESHOLD))
                    .isEqualTo(rated("125.00", true, false));
        }

        @Test
        void strictlyLessTargetIsNotMetWhenOnlyEqual() {
            // 警察局 7/1 < 10分鐘
            assertThat(of("police", 7, 1, 108, "10分鐘")).isEqualTo(rated("100.00", false, false));
            assertThat(of("police", 7, 1, 108, "8")).isEqualTo(rated("125.00", true, false));
        }
    }

    @Nested
    class JudgedByAPerson {

        @Test
        void frequencyTargetTakesTheJudgement() {
            // 民政處 2/1 每年一次
            assertThat(of("civil-affairs", 2, 1, 108, null, true, THRESHOLD)).isEqualTo(rated(null, true, false));
            assertThat(of("civil-affairs", 2, 1, 108, null, false, THRESHOLD)).isEqualTo(rated(null, false, false));
        }

        @Test
        void notYetJudgedIsNothingToJudge() {
            assertThat(of("civil-affairs", 2, 1, 108, null, null, THRESHOLD)).isEqualTo(rated(null, null, false));
        }

        @Test
        void dateCompletionAndCompoundTargetsTakeTheJudgementAndAnyActualText() {
            // 民政處 7/1 7/31; 消防局 2/1 依限完成; 衛生局 7/2 6A 84B 45C
            assertThat(of("civil-affairs", 7, 1, 108, "7/20 策頒", true, THRESHOLD)).isEqualTo(rated(null, true, false));
            assertThat(of("fire", 2, 1, 108, "已完成", true, THRESHOLD)).isEqualTo(rated(null, true, false));
            assertThat(of("public-health", 7, 2, 110, "6A 80B 45C", false, THRESHOLD)).isEqualTo(rated(null, false, false));
        }
    }

    @Nested
    class NoTarget {

        @Test
        void noTargetThatYearIsNothingToJudge() {
            // 都市發展處 1/1 108 '-'; 警察局 1/2 108 '--'
            assertThat(of("urban-development", 1, 1, 108, "20%", true, THRESHOLD)).isEqualTo(rated(null, null, false));
            assertThat(of("police", 1, 2, 108, null, null, THRESHOLD)).isEqualTo(rated(null, null, false));
        }
    }

    @Nested
    class BadActual {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  ", "-", "約五百", "依限完成", "500人/550人"})
        void isRejectedForANumericTarget(String actual) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> of("civil-affairs", 1, 1, 108, actual))
                    .withMessage("actual is not a number: " + actual);
        }
    }
}
