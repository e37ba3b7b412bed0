package io.plancycle.cycle;

import io.plancycle.step.Stage;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The year and calendar the form to open a cycle suggests: the city's usual dates (31 March … 31 July) of the first
 * year still ahead without a cycle, each moved on to the next working day of the office calendar when the offices
 * are closed on it.
 */
class OpeningCheckTest {

    private final CycleRepository cycles = mock(CycleRepository.class);
    private final Deadlines deadlines = mock(Deadlines.class);
    private final OpeningCheck check = new OpeningCheck(cycles, NoticeSchedule.withDefaults(WorkingDays.loadDefault()),
            null, deadlines, null);

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

    private static Cycle cycle(int year) {
        return new Cycle(year, Map.of(), "admin");
    }
}
