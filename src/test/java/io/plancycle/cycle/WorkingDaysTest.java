package io.plancycle.cycle;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkingDaysTest {

    /** The real data file, from the classpath, as the application ships it. */
    static WorkingDays calendar() {
        try (InputStream in = WorkingDaysTest.class.getResourceAsStream("/calendar/taiwan-office-calendar.json")) {
            assertThat(in).as("calendar/taiwan-office-calendar.json on the classpath").isNotNull();
            return WorkingDays.load(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static final WorkingDays DAYS = calendar();

    private static Stream<LocalDate> daysOf(int year) {
        return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1));
    }

    private static long daysOff(int year) {
        return daysOf(year).filter(d -> !DAYS.isWorkingDay(d)).count();
    }

    private static long weekendDays(int year) {
        return daysOf(year).filter(d -> d.getDayOfWeek().getValue() >= 6).count();
    }

    private static long weekdayHolidays(int year) {
        return daysOf(year).filter(d -> DAYS.holidayName(d).isPresent()).count();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class YearTotals {

        @Test
        void year115_2026_has_120_days_off_104_weekend_days_and_16_weekday_holidays_without_makeup_days() {
            assertThat(DAYS.covers(2026)).isTrue();
            assertThat(weekendDays(2026)).isEqualTo(104);
            assertThat(weekdayHolidays(2026)).isEqualTo(16);
            assertThat(daysOff(2026)).isEqualTo(120);
            assertThat(daysOf(2026).filter(x -> x.getDayOfWeek().getValue() >= 6).filter(DAYS::isWorkingDay))
                    .as("115年 has no 補行上班").isEmpty();
        }

        @Test
        void year110_2021_has_116_days_off_as_the_official_calendar_says() {
            // 104 weekend days + 14 weekday holidays − 2 make-up Saturdays (2/20, 9/11)
            assertThat(DAYS.covers(2021)).isTrue();
            assertThat(weekendDays(2021)).isEqualTo(104);
            assertThat(weekdayHolidays(2021)).isEqualTo(14);
            assertThat(daysOff(2021)).isEqualTo(116);
        }

        @Test
        void year116_2027_computed_from_the_rules_has_121_days_off() {
            // 104 weekend days + 17 weekday holidays, 12/31 being the 補假 of 117年元旦 (a Saturday)
            assertThat(DAYS.covers(2027)).isTrue();
            assertThat(weekendDays(2027)).isEqualTo(104);
            assertThat(weekdayHolidays(2027)).isEqualTo(17);
            assertThat(daysOff(2027)).isEqualTo(121);
        }

        /** 總放假日數 as each year's official calendar states it (114年: 118 after the revision of 114年6月13日). */
        @ParameterizedTest(name = "{0} ({1}年) has {2} days off")
        @CsvSource({
                "2019, 108, 115, 3",
                "2020, 109, 115, 3",
                "2021, 110, 116, 2",
                "2022, 111, 115, 1",
                "2023, 112, 116, 6",
                "2024, 113, 115, 1",
                "2025, 114, 118, 1",
                "2026, 115, 120, 0",
        })
        void each_published_year_has_the_days_off_and_make_up_days_its_official_calendar_states(
                int year, int roc, int daysOff, int makeUpDays) {
            assertThat(year - 1911).isEqualTo(roc);
            assertThat(DAYS.status(year)).isEqualTo(WorkingDays.Status.PUBLISHED);
            assertThat(daysOff(year)).isEqualTo(daysOff);
            assertThat(daysOf(year).filter(x -> x.getDayOfWeek().getValue() >= 6).filter(DAYS::isWorkingDay))
                    .as("補行上班 of %d", year).hasSize(makeUpDays);
        }

        @Test
        void every_year_from_2019_to_2027_has_data_and_is_marked_published_or_computed() {
            for (int year = 2019; year <= 2027; year++) {
                assertThat(DAYS.covers(year)).as("%d in the file", year).isTrue();
                assertThat(DAYS.status(year)).as("%d", year).isIn(WorkingDays.Status.PUBLISHED, WorkingDays.Status.COMPUTED);
            }
            assertThat(DAYS.status(2027)).as("116年 not confirmed").isEqualTo(WorkingDays.Status.COMPUTED);
            assertThat(DAYS.status(LocalDate.of(2026, 12, 25))).isEqualTo(WorkingDays.Status.PUBLISHED);
            assertThat(DAYS.status(2018)).isEqualTo(WorkingDays.Status.MISSING);
            assertThat(DAYS.status(LocalDate.of(2028, 3, 31))).isEqualTo(WorkingDays.Status.MISSING);
        }

        @Test
        void a_year_not_in_the_file_has_weekends_off_only() {
            assertThat(DAYS.covers(2030)).isFalse();
            assertThat(DAYS.isWorkingDay(d("2030-01-01"))).as("元旦 unknown in an uncovered year").isTrue();
            assertThat(DAYS.holidayName(d("2030-01-01"))).isEmpty();
            assertThat(daysOff(2030)).isEqualTo(weekendDays(2030)).isEqualTo(104);
            assertThat(DAYS.workingDaysAfter(d("2030-01-04"), 1)).isEqualTo(d("2030-01-07"));
        }
    }

    @Nested
    class SpecificDays {

        @ParameterizedTest(name = "{0} is off: {1}")
        @CsvSource({
                "2026-01-01, 開國紀念日",
                "2026-02-16, 農曆除夕",
                "2026-02-20, 小年夜補假",
                "2026-02-27, 和平紀念日補假",
                "2026-04-03, 兒童節補假",
                "2026-04-06, 民族掃墓節補假",
                "2026-05-01, 勞動節",
                "2026-09-28, 孔子誕辰紀念日/教師節",
                "2026-10-09, 國慶日補假",
                "2026-10-26, 臺灣光復暨金門古寧頭大捷紀念日補假",
                "2026-12-25, 行憲紀念日",
                "2021-02-10, 調整放假(除夕前一日)",
                "2021-03-01, 和平紀念日補假",
                "2021-09-20, 調整放假(中秋節前一日)",
                "2021-10-11, 國慶日補假",
                "2021-12-31, 開國紀念日補假(111年1月1日)",
                "2027-02-09, 春節補假(初一)",
                "2027-04-06, 兒童節補假",
                "2027-04-30, 勞動節補假",
                "2027-12-24, 行憲紀念日補假",
                "2019-02-04, 農曆除夕",
                "2019-02-08, 調整放假(春節)",
                "2019-03-01, 調整放假(和平紀念日)",
                "2019-04-05, 民族掃墓節",
                "2019-10-11, 調整放假(國慶日)",
                "2020-01-23, 調整放假(除夕前一日)",
                "2020-01-29, 春節補假(初二)",
                "2020-04-02, 兒童節補假",
                "2020-04-03, 民族掃墓節補假",
                "2020-06-26, 調整放假(端午節)",
                "2020-10-02, 調整放假(中秋節)",
                "2020-10-09, 國慶日補假",
                "2022-02-04, 調整放假(春節)",
                "2022-09-09, 中秋節補假",
                "2023-01-02, 開國紀念日補假",
                "2023-01-20, 調整放假(除夕前一日)",
                "2023-01-27, 調整放假(春節)",
                "2023-02-27, 調整放假(和平紀念日)",
                "2023-04-03, 調整放假(兒童節)",
                "2023-06-23, 調整放假(端午節)",
                "2023-10-09, 調整放假(國慶日)",
                "2024-02-08, 調整放假(除夕前一日)",
                "2024-04-05, 兒童節補假",
                "2024-09-17, 中秋節",
                "2025-01-27, 調整放假(除夕前一日)",
                "2025-04-03, 兒童節補假",
                "2025-05-30, 端午節補假",
                "2025-09-29, 孔子誕辰紀念日/教師節補假",
                "2025-10-24, 臺灣光復暨金門古寧頭大捷紀念日補假",
                "2025-12-25, 行憲紀念日",
        })
        void weekday_holidays_are_not_working_days_and_have_their_names(LocalDate day, String name) {
            assertThat(day.getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
            assertThat(DAYS.isWorkingDay(day)).isFalse();
            assertThat(DAYS.holidayName(day)).contains(name);
        }

        @ParameterizedTest(name = "{0} to {1} are all off")
        @CsvSource({
                "2019-02-02, 2019-02-10",
                "2020-01-23, 2020-01-29",
                "2022-01-29, 2022-02-06",
                "2023-01-20, 2023-01-29",
                "2024-02-08, 2024-02-14",
                "2025-01-25, 2025-02-02",
        })
        void the_lunar_new_year_breaks_are_off_from_end_to_end_and_the_days_around_them_are_worked(
                LocalDate first, LocalDate last) {
            assertThat(first.datesUntil(last.plusDays(1))).noneMatch(DAYS::isWorkingDay);
            assertThat(DAYS.workingDaysAfter(first.minusDays(1), 1)).isEqualTo(last.plusDays(1));
        }

        @ParameterizedTest(name = "{0} is a make-up working day")
        @CsvSource({
                "2019-01-19", "2019-02-23", "2019-10-05",
                "2020-02-15", "2020-06-20", "2020-09-26",
                "2022-01-22",
                "2023-01-07", "2023-02-04", "2023-02-18", "2023-03-25", "2023-06-17", "2023-09-23",
                "2024-02-17",
                "2025-02-08",
        })
        void make_up_saturdays_are_working_days(LocalDate day) {
            assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
            assertThat(DAYS.isWorkingDay(day)).isTrue();
            assertThat(DAYS.isWorkingDay(day.plusDays(1))).as("the Sunday after stays off").isFalse();
        }

        @Test
        void days_that_are_not_office_holidays_in_their_year_are_worked() {
            assertThat(DAYS.isWorkingDay(d("2025-05-01"))).as("勞動節: offices off only from 115年").isTrue();
            assertThat(DAYS.isWorkingDay(d("2024-05-01"))).isTrue();
            assertThat(DAYS.isWorkingDay(d("2024-09-16"))).as("no 調整放假 before the 113年 中秋").isTrue();
            assertThat(DAYS.isWorkingDay(d("2023-01-16"))).as("112年 春節 starts on 1/20").isTrue();
            assertThat(DAYS.isWorkingDay(d("2023-01-19"))).isTrue();
        }

        @Test
        void the_monday_after_2026_lunar_new_year_is_a_working_day() {
            assertThat(d("2026-02-23").getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(DAYS.isWorkingDay(d("2026-02-23"))).isTrue();
            assertThat(DAYS.holidayName(d("2026-02-23"))).isEmpty();
        }

        @Test
        void make_up_saturdays_of_2021_are_working_days() {
            assertThat(d("2021-02-20").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
            assertThat(DAYS.isWorkingDay(d("2021-02-20"))).isTrue();
            assertThat(DAYS.isWorkingDay(d("2021-09-11"))).isTrue();
            assertThat(DAYS.holidayName(d("2021-02-20"))).isEmpty();
            assertThat(DAYS.isWorkingDay(d("2021-02-21"))).as("the Sunday after stays off").isFalse();
        }

        @Test
        void ordinary_weekends_are_off_but_carry_no_holiday_name() {
            assertThat(DAYS.isWorkingDay(d("2026-02-28"))).isFalse(); // 228 itself, a Saturday
            assertThat(DAYS.holidayName(d("2026-02-28"))).isEmpty();
            assertThat(DAYS.isWorkingDay(d("2026-03-02"))).isTrue();
        }
    }

    @Nested
    class Arithmetic {

        @Test
        void counting_forward_across_2026_lunar_new_year_skips_the_whole_break() {
            assertThat(DAYS.workingDaysAfter(d("2026-02-13"), 1)).isEqualTo(d("2026-02-23"));
            assertThat(DAYS.workingDaysAfter(d("2026-02-12"), 2)).isEqualTo(d("2026-02-23"));
            assertThat(DAYS.workingDaysAfter(d("2026-02-16"), 1)).as("from a holiday").isEqualTo(d("2026-02-23"));
            // 2/27 is the 228 補假
            assertThat(DAYS.workingDaysAfter(d("2026-02-25"), 2)).isEqualTo(d("2026-03-02"));
        }

        @Test
        void counting_backward_across_2026_lunar_new_year_skips_the_whole_break() {
            assertThat(DAYS.workingDaysBefore(d("2026-02-23"), 1)).isEqualTo(d("2026-02-13"));
            assertThat(DAYS.workingDaysBefore(d("2026-02-24"), 2)).isEqualTo(d("2026-02-13"));
            assertThat(DAYS.workingDaysBefore(d("2026-02-24"), 7)).isEqualTo(d("2026-02-06"));
            assertThat(DAYS.workingDaysBefore(d("2026-02-22"), 1)).as("from a Sunday").isEqualTo(d("2026-02-13"));
        }

        @Test
        void the_2021_make_up_saturday_counts_as_a_working_day() {
            assertThat(DAYS.workingDaysAfter(d("2021-02-09"), 1)).isEqualTo(d("2021-02-17"));
            assertThat(DAYS.workingDaysAfter(d("2021-02-19"), 1)).isEqualTo(d("2021-02-20"));
            assertThat(DAYS.workingDaysAfter(d("2021-02-19"), 2)).isEqualTo(d("2021-02-22"));
            assertThat(DAYS.workingDaysBefore(d("2021-02-22"), 1)).isEqualTo(d("2021-02-20"));
            assertThat(DAYS.workingDaysBefore(d("2021-02-17"), 1)).isEqualTo(d("2021-02-09"));
        }

        @Test
        void counting_crosses_years() {
            // 2021-12-31 is the 補假 of 2022-01-01 (Saturday)
            assertThat(DAYS.workingDaysAfter(d("2021-12-30"), 1)).isEqualTo(d("2022-01-03"));
            assertThat(DAYS.workingDaysBefore(d("2027-01-04"), 1)).isEqualTo(d("2026-12-31"));
            assertThat(DAYS.workingDaysBefore(d("2027-01-04"), 2)).as("12/31 Thu, 12/30 Wed")
                    .isEqualTo(d("2026-12-30"));
        }

        @Test
        void before_and_after_are_strict_and_inverse_on_working_days() {
            daysOf(2026).filter(DAYS::isWorkingDay).forEach(day -> {
                assertThat(DAYS.workingDaysAfter(DAYS.workingDaysBefore(day, 3), 3)).isEqualTo(day);
                assertThat(DAYS.workingDaysBefore(day, 1)).isBefore(day);
                assertThat(DAYS.workingDaysAfter(day, 1)).isAfter(day);
            });
        }

        @Test
        void n_must_be_positive() {
            assertThatIllegalArgumentException().isThrownBy(() -> DAYS.workingDaysBefore(d("2026-03-02"), 0));
            assertThatIllegalArgumentException().isThrownBy(() -> DAYS.workingDaysAfter(d("2026-03-02"), -1));
        }
    }

    @Nested
    class MalformedFile {

        private static WorkingDays load(String json) {
            return WorkingDays.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        }

        private static String year2026(String holidays, String workdays) {
            return """
                    { "source": "test",
                      "years": { "2026": { "roc": 115, "status": "published", "source": "test",
                                           "holidays": [ %s ],
                                           "workdays": [ %s ] } } }
                    """.formatted(holidays, workdays);
        }

        private static final String FOUR_GOOD = """
                {"date": "2026-01-01", "name": "開國紀念日"},
                {"date": "2026-02-16", "name": "農曆除夕"},
                {"date": "2026-02-17", "name": "春節"},
                """;

        @Test
        void a_well_formed_small_file_loads() {
            WorkingDays days = load(year2026(FOUR_GOOD + "{\"date\": \"2026-02-18\", \"name\": \"春節\"}", ""));
            assertThat(days.covers(2026)).isTrue();
            assertThat(days.isWorkingDay(d("2026-02-18"))).isFalse();
            assertThat(days.isWorkingDay(d("2026-02-19"))).isTrue();
        }

        @Test
        void an_impossible_date_is_refused_naming_the_entry() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> load(year2026(FOUR_GOOD + "{\"date\": \"2026-02-30\", \"name\": \"春節\"}", "")))
                    .withMessageContaining("years.2026.holidays[3].date")
                    .withMessageContaining("2026-02-30");
        }

        @Test
        void a_date_in_another_format_is_refused_naming_the_entry() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> load(year2026(FOUR_GOOD + "{\"date\": \"2026/2/18\", \"name\": \"春節\"}", "")))
                    .withMessageContaining("years.2026.holidays[3].date");
        }

        @Test
        void a_weekend_listed_as_a_holiday_is_refused() {
            // 228 falls on a Saturday in 2026: the file must list the 補假 (2/27), not the day itself
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> load(year2026(
                            "{\"date\": \"2026-02-28\", \"name\": \"和平紀念日\"}", "")))
                    .withMessageContaining("years.2026.holidays[0].date");
        }

        @Test
        void a_weekday_listed_as_a_make_up_workday_is_refused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> load(year2026("", "{\"date\": \"2026-02-23\", \"name\": \"補行上班\"}")))
                    .withMessageContaining("years.2026.workdays[0].date");
        }

        @Test
        void a_date_outside_its_year_is_refused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> load(year2026("{\"date\": \"2027-01-01\", \"name\": \"開國紀念日\"}", "")))
                    .withMessageContaining("years.2026.holidays[0].date");
        }

        @Test
        void a_day_listed_twice_is_refused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> load(year2026(FOUR_GOOD + "{\"date\": \"2026-02-16\", \"name\": \"除夕\"}", "")))
                    .withMessageContaining("years.2026.holidays[3].date")
                    .withMessageContaining("twice");
        }

        @Test
        void a_missing_name_is_refused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> load(year2026("{\"date\": \"2026-01-01\", \"name\": \" \"}", "")))
                    .withMessageContaining("years.2026.holidays[0].name");
        }

        @Test
        void a_misspelt_field_is_refused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> load("""
                            { "years": { "2026": { "roc": 115, "status": "published", "source": "x", "holiday": [], "holidays": [],
                                                   "workdays": [] } } }"""))
                    .withMessageContaining("years.2026.holiday");
        }

        @Test
        void a_year_without_a_known_status_is_refused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> load("""
                            { "years": { "2026": { "roc": 115, "source": "x", "holidays": [], "workdays": [] } } }"""))
                    .withMessageContaining("years.2026.status");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> load("""
                            { "years": { "2026": { "roc": 115, "status": "guessed", "source": "x", "holidays": [],
                                                   "workdays": [] } } }"""))
                    .withMessageContaining("years.2026.status")
                    .withMessageContaining("guessed");
        }

        @Test
        void a_computed_year_loads_as_computed() {
            WorkingDays days = load("""
                    { "years": { "2030": { "roc": 119, "status": "computed", "source": "rules", "holidays": [],
                                           "workdays": [] } } }""");
            assertThat(days.status(2030)).isEqualTo(WorkingDays.Status.COMPUTED);
            assertThat(days.status(2026)).isEqualTo(WorkingDays.Status.MISSING);
        }

        @Test
        void a_wrong_roc_year_is_refused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> load("""
                            { "years": { "2026": { "roc": 114, "status": "published", "source": "x", "holidays": [], "workdays": [] } } }"""))
                    .withMessageContaining("years.2026.roc")
                    .withMessageContaining("115");
        }

        @Test
        void a_year_without_a_source_or_lists_is_refused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> load("""
                            { "years": { "2026": { "roc": 115, "status": "published", "holidays": [], "workdays": [] } } }"""))
                    .withMessageContaining("years.2026.source");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> load("""
                            { "years": { "2026": { "roc": 115, "status": "published", "source": "x", "workdays": [] } } }"""))
                    .withMessageContaining("years.2026.holidays");
        }

        @Test
        void a_bad_year_key_or_a_duplicate_year_is_refused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> load("""
                            { "years": { "115": { "roc": 115, "status": "published", "source": "x", "holidays": [], "workdays": [] } } }"""))
                    .withMessageContaining("years.115");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> load("""
                            { "years": { "2026": { "roc": 115, "status": "published", "source": "x", "holidays": [], "workdays": [] },
                                         "2026": { "roc": 115, "status": "published", "source": "y", "holidays": [], "workdays": [] } } }"""))
                    .withMessageContaining("2026");
        }

        @Test
        void text_that_is_not_json_is_refused() {
            assertThatIllegalArgumentException().isThrownBy(() -> load("{ \"years\": { \"2026\": "))
                    .withMessageContaining("not valid JSON");
            assertThatIllegalArgumentException().isThrownBy(() -> load(""))
                    .withMessageContaining("(root)");
            assertThatIllegalArgumentException().isThrownBy(() -> load("{}"))
                    .withMessageContaining("years");
        }
    }

    @Test
    void the_shipped_file_marks_2027_as_computed_and_loads_by_default() {
        WorkingDays shipped = WorkingDays.loadDefault();
        assertThat(shipped.covers(2027)).isTrue();
        assertThat(shipped.isWorkingDay(d("2027-04-06"))).isFalse();
        try (InputStream in = getClass().getResourceAsStream(WorkingDays.DEFAULT_RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("computed: the published 116年辦公日曆表 could not be confirmed");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
