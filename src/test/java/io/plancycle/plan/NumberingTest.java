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

    @Test
    void theHeadingsOfATableReadBackAsTheirNumbers() {
        for (int no : new int[] {1, 9, 10, 11, 20, 21, 99}) {
            assertThat(Numbering.readGoalTitle(Numbering.goalTitle(no, "端正禮俗、改善風氣")))
                    .contains(new Numbering.Numbered(no, "端正禮俗、改善風氣"));
        }
        assertThat(Numbering.readGoalTitle(" 3 、 提升效能")).contains(new Numbering.Numbered(3, "提升效能"));
        assertThat(Numbering.readKpiTitle(Numbering.kpiTitle(12, "辦理市民集團結婚\n（每年）")))
                .contains(new Numbering.Numbered(12, "辦理市民集團結婚\n（每年）"));
        assertThat(Numbering.readKpiTitle("2．2025年新增")).contains(new Numbering.Numbered(2, "2025年新增"));
        for (String none : new String[] {"端正禮俗", "十十、目標", "零、目標", "、目標", "0. 指標"}) {
            assertThat(Numbering.readGoalTitle(none)).as(none).isEmpty();
        }
        for (String none : new String[] {"辦理市民集團結婚", "一、指標", "0. 指標", "12345. 指標"}) {
            assertThat(Numbering.readKpiTitle(none)).as(none).isEmpty();
        }
    }
}
