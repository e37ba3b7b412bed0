package io.plancycle.notification;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RocDatesTest {

    @Test
    void aDateIsWrittenInTheRocCalendarWithoutLeadingZeros() {
        assertThat(RocDates.format(LocalDate.of(2026, 2, 24))).isEqualTo("民國115年2月24日");
        assertThat(RocDates.format(LocalDate.of(2021, 12, 31))).isEqualTo("民國110年12月31日");
        assertThat(RocDates.format(LocalDate.of(2019, 1, 1))).isEqualTo("民國108年1月1日");
    }

    @Test
    void theFirstYearAndTheYearsBeforeIt() {
        assertThat(RocDates.format(LocalDate.of(1912, 1, 1))).isEqualTo("民國1年1月1日");
        assertThat(RocDates.format(LocalDate.of(1911, 10, 10))).isEqualTo("民國前1年10月10日");
        assertThat(RocDates.format(LocalDate.of(1900, 5, 1))).isEqualTo("民國前12年5月1日");
    }

    @Test
    void aDateAsPagesAndSpreadsheetsShowIt() {
        assertThat(RocDates.numeric(LocalDate.of(2026, 2, 24))).isEqualTo("115/02/24");
        assertThat(RocDates.numeric(LocalDate.of(2021, 12, 31))).isEqualTo("110/12/31");
    }

    @Test
    void anRocYearBackToTheGregorianYear() {
        assertThat(RocDates.gregorianYear(115)).isEqualTo(2026);
        assertThat(RocDates.gregorianYear(RocDates.year(LocalDate.of(2019, 1, 1)))).isEqualTo(2019);
    }

    @Test
    void noDateIsAMistake() {
        assertThatThrownBy(() -> RocDates.format(null)).isInstanceOf(NullPointerException.class);
    }
}
