package io.plancycle.plan;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Goals and KPIs numbered as the Chiayi plan book numbers them, in Chinese and in English. */
class NumberingTest {

    private static final Locale CHINESE = Locale.TAIWAN;

    @Test
    void goalsAreNumberedInChineseNumerals() {
        assertThat(java.util.stream.IntStream.of(1, 2, 9, 10, 11, 19, 20, 21, 30, 99).mapToObj(Numbering::goal))
                .containsExactly("一", "二", "九", "十", "十一", "十九", "二十", "二十一", "三十", "九十九");
        assertThat(Numbering.goal(100)).isEqualTo("100");
        assertThat(Numbering.goal(0)).isEqualTo("0");
    }

    @Test
    void goalsAreArabicInEnglish() {
        assertThat(Numbering.goal(3, CHINESE)).isEqualTo("三");
        assertThat(Numbering.goal(3, Locale.ENGLISH)).isEqualTo("3");
    }

    @Test
    void aKpiOnItsOwnIsNamedByItsGoalAndItsNumber() {
        assertThat(Numbering.kpi(3, 1, CHINESE)).isEqualTo("三-1");
        assertThat(Numbering.kpi(12, 4, CHINESE)).isEqualTo("十二-4");
        assertThat(Numbering.kpi(3, 1, Locale.ENGLISH)).isEqualTo("3-1");
    }
}
