package io.plancycle.cycle;

import io.plancycle.plan.DraftStarter;
import io.plancycle.step.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The year and calendar the form to open a cycle suggests: the city's usual dates (31 March … 31 July) of the first
 * year still ahead without a cycle, each moved on to the next working day of the office calendar when the offices
 * are closed on it. And what the check before opening says of the office calendar, in plain words: a due date on a
 * holiday or a weekend, a year whose calendar is only computed or not on file at all.
 */
class OpeningCheckTest {

    private final CycleRepository cycles = mock(CycleRepository.class);
    private final Deadlines deadlines = mock(Deadlines.class);
    private final OpeningCheck check = new OpeningCheck(cycles, NoticeSchedule.withDefaults(WorkingDays.loadDefault()),
            null, deadlines, mock(DraftStarter.class), calendarWarnings());

    /** The warnings as the application words them, from its own message bundle. */
    static CalendarWarnings calendarWarnings() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/admin");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new CalendarWarnings(WorkingDays.loadDefault(), new RocFormat(null, null, messages), messages);
    }

    @AfterEach
    void forgetTheLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void inDecemberTheNextYearIsSuggestedWithItsHolidayAndSaturdayMovedOn() {
        when(deadlines.today()).thenReturn(LocalDate.of(2026, 12, 1));
        when(cycles.findAllByOrderByYearDesc()).thenReturn(List.of());

        OpeningCheck.Suggestion suggestion = check.suggestion();

        assertThat(suggestion.year()).as("115's dates have all passed").isEqualTo(116);
        assertThat(suggestion.calendar()).containsExactlyInAnyOrderEntriesOf(Map.of(
                Stage.DRAFTING, LocalDate.of(2027, 3, 31),
                Stage.REVIEW, LocalDate.of(2027, 5, 3),       // 30 April is 勞動節補假
                Stage.REVISION, LocalDate.of(2027, 5, 31),
                Stage.REPORT, LocalDate.of(2027, 6, 30),
                Stage.CONSOLIDATION, LocalDate.of(2027, 7, 15),
                Stage.APPROVAL, LocalDate.of(2027, 8, 2)));   // 31 July is a Saturday
    }

    @Test
    void inJanuaryThisYearIsSuggestedUnlessItHasACycle() {
        when(deadlines.today()).thenReturn(LocalDate.of(2026, 1, 10));
        when(cycles.findAllByOrderByYearDesc()).thenReturn(List.of());
        OpeningCheck.Suggestion thisYear = check.suggestion();
        assertThat(thisYear.year()).isEqualTo(115);
        assertThat(thisYear.calendar()).containsEntry(Stage.DRAFTING, LocalDate.of(2026, 3, 31))
                .containsEntry(Stage.REVISION, LocalDate.of(2026, 6, 1)); // 31 May is a Sunday

        when(cycles.findAllByOrderByYearDesc()).thenReturn(List.of(cycle(115), cycle(110)));
        assertThat(check.suggestion().year()).as("115 is open already").isEqualTo(116);
    }

    @Test
    void theCheckBeforeOpeningWarnsInPlainWordsOfAHolidayAWeekendAComputedYearAndAMissingOne() {
        LocaleContextHolder.setLocale(Locale.TRADITIONAL_CHINESE);
        when(deadlines.today()).thenReturn(LocalDate.of(2026, 12, 1));
        OpenCycleRequest request = new OpenCycleRequest(116, new OpenCycleRequest.Calendar(
                LocalDate.of(2026, 12, 25),     // 行憲紀念日, 115年 published
                LocalDate.of(2027, 4, 30),      // 勞動節補假, 116年 computed
                LocalDate.of(2027, 6, 5),       // a Saturday
                LocalDate.of(2027, 6, 30),
                LocalDate.of(2027, 7, 15),      // a Thursday
                LocalDate.of(2028, 3, 31)), List.of(), null); // 117年: not on file

        OpeningPreview preview = check.preview(request, List.of());

        assertThat(preview.warned()).isTrue();
        assertThat(preview.warnings()).extracting(CalendarWarning::kind, CalendarWarning::date, CalendarWarning::message)
                .containsExactly(
                        tuple(CalendarWarning.Kind.HOLIDAY, LocalDate.of(2026, 12, 25),
                                "115年12月25日是行憲紀念日（放假），不是辦公日。"),
                        tuple(CalendarWarning.Kind.HOLIDAY, LocalDate.of(2027, 4, 30),
                                "116年4月30日是勞動節補假（放假），不是辦公日。"),
                        tuple(CalendarWarning.Kind.CALENDAR_COMPUTED, LocalDate.of(2027, 4, 30),
                                "116年（2027年）的辦公日曆尚未公布，放假日是依紀念日及節日規定推算的，正式公布後可能不同。"),
                        tuple(CalendarWarning.Kind.WEEKEND, LocalDate.of(2027, 6, 5),
                                "116年6月5日是星期六（週末），不是辦公日。"),
                        tuple(CalendarWarning.Kind.CALENDAR_MISSING, LocalDate.of(2028, 3, 31),
                                "117年（2028年）的辦公日曆尚未收錄，到期日只扣除週末，未扣除國定假日。"));
        assertThat(preview.warnings()).filteredOn(CalendarWarning::aboutTheYear).hasSize(2);
    }

    @Test
    void dueDatesOnWorkingDaysOfPublishedYearsBringNoCalendarWarning() {
        when(deadlines.today()).thenReturn(LocalDate.of(2025, 12, 1));
        OpenCycleRequest request = new OpenCycleRequest(115, new OpenCycleRequest.Calendar(
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 15), LocalDate.of(2026, 7, 31)), List.of(), null);

        OpeningPreview preview = check.preview(request, List.of());

        assertThat(preview.warnings()).isEmpty();
        assertThat(preview.warned()).isFalse();
    }

    @Test
    void inEnglishTheWarningsAreInEnglish() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(calendarWarnings().about(LocalDate.of(2028, 3, 31))).singleElement()
                .extracting(CalendarWarning::message).asString()
                .startsWith("The office calendar of ROC year 117 (2028) is not on file yet");
    }

    private static Cycle cycle(int year) {
        return new Cycle(year, Map.of(), "admin", null);
    }
}
