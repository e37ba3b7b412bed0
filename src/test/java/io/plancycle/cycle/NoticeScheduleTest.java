package io.plancycle.cycle;

import io.plancycle.cycle.DueNotice.Kind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class NoticeScheduleTest {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final WorkingDays DAYS = WorkingDaysTest.calendar();
    private static final NoticeSchedule SCHEDULE =
            new NoticeSchedule(DAYS, List.of(7, 3, 1), LocalTime.of(9, 0), 3, TAIPEI);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** 09:00 in Taipei on the day, written as the users read it. */
    private static ZonedDateTime nine(String iso) {
        return ZonedDateTime.of(d(iso), LocalTime.of(9, 0), TAIPEI);
    }

    private static DueNotice notice(Kind kind, int number, String day) {
        return new DueNotice(kind, number, nine(day));
    }

    @Nested
    class DueRightAfterLunarNewYear {

        // due Tuesday 2026-02-24; 2/14–2/22 is the 春節 break, 2/27 the 228 補假
        private final List<DueNotice> notices = SCHEDULE.noticesFor(d("2026-02-24"));

        @Test
        void reminders_count_working_days_and_skip_the_break() {
            assertThat(notices).containsExactly(
                    notice(Kind.REMINDER, 1, "2026-02-06"),   // 7 working days before: 2/23, 2/13 … 2/9, 2/6
                    notice(Kind.REMINDER, 2, "2026-02-12"),   // 3: 2/23, 2/13, 2/12
                    notice(Kind.REMINDER, 3, "2026-02-23"),   // 1: the Monday after the break
                    notice(Kind.OVERDUE, 1, "2026-02-25"),    // first working day after the due date
                    notice(Kind.ESCALATION, 1, "2026-03-03")); // 3 working days after 2/25: 2/26, (2/27 off) 3/2, 3/3
        }

        @Test
        void every_notice_is_at_nine_in_the_morning_taipei_time_on_a_working_day() {
            assertThat(notices).allSatisfy(n -> {
                assertThat(n.at().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
                assertThat(n.at().getOffset()).isEqualTo(ZoneOffset.ofHours(8));
                assertThat(DAYS.isWorkingDay(n.at().toLocalDate())).as("%s on a working day", n).isTrue();
            });
            assertThat(notices.get(3).at().toInstant()).isEqualTo(Instant.parse("2026-02-25T01:00:00Z"));
        }
    }

    @Nested
    class DueOnAFridayBeforeALongWeekend {

        @Test
        void overdue_waits_for_the_tuesday_after_the_monday_holiday() {
            // 2026-10-23 Friday; 10/24 Sat, 10/25 Sun (光復節), 10/26 Mon 補假
            assertThat(SCHEDULE.noticesFor(d("2026-10-23"))).containsExactly(
                    notice(Kind.REMINDER, 1, "2026-10-14"),
                    notice(Kind.REMINDER, 2, "2026-10-20"),
                    notice(Kind.REMINDER, 3, "2026-10-22"),
                    notice(Kind.OVERDUE, 1, "2026-10-27"),
                    notice(Kind.ESCALATION, 1, "2026-10-30"));
        }

        @Test
        void overdue_after_the_friday_before_lunar_new_year_is_sent_when_offices_reopen() {
            // 2026-02-13 Friday, the last working day before 春節
            assertThat(SCHEDULE.noticesFor(d("2026-02-13"))).containsExactly(
                    notice(Kind.REMINDER, 1, "2026-02-04"),
                    notice(Kind.REMINDER, 2, "2026-02-10"),
                    notice(Kind.REMINDER, 3, "2026-02-12"),
                    notice(Kind.OVERDUE, 1, "2026-02-23"),
                    notice(Kind.ESCALATION, 1, "2026-02-26"));
        }

        @Test
        void a_due_date_before_a_2021_make_up_saturday_is_overdue_that_saturday() {
            // 2021-02-19 Friday; 2021-02-20 Saturday is a 補行上班 day
            List<DueNotice> notices = SCHEDULE.noticesFor(d("2021-02-19"));
            assertThat(notices.get(2)).isEqualTo(notice(Kind.REMINDER, 3, "2021-02-18"));
            assertThat(notices.get(1)).isEqualTo(notice(Kind.REMINDER, 2, "2021-02-09"));
            assertThat(notices.get(3)).isEqualTo(notice(Kind.OVERDUE, 1, "2021-02-20"));
            assertThat(notices.get(4)).isEqualTo(notice(Kind.ESCALATION, 1, "2021-02-24"));
        }
    }

    @Nested
    class Boundaries {

        private static final LocalDate DUE = d("2026-02-24");
        private static final Instant OVERDUE_AT = Instant.parse("2026-02-25T01:00:00Z"); // 09:00 Taipei
        private static final Instant OPENED = Instant.parse("2026-02-02T00:00:00Z"); // 08:00 Taipei, on time

        @Test
        void exactly_at_send_time_the_notice_is_due() {
            assertThat(SCHEDULE.latestDue(DUE, OPENED, OVERDUE_AT)).contains(notice(Kind.OVERDUE, 1, "2026-02-25"));
        }

        @Test
        void one_second_before_the_previous_notice_is_still_the_latest_due() {
            Instant before = OVERDUE_AT.minusSeconds(1);
            assertThat(SCHEDULE.latestDue(DUE, OPENED, before)).contains(notice(Kind.REMINDER, 3, "2026-02-23"));
        }

        @Test
        void one_second_after_this_notice_is_still_the_latest_due() {
            Instant after = OVERDUE_AT.plusSeconds(1);
            assertThat(SCHEDULE.latestDue(DUE, OPENED, after)).contains(notice(Kind.OVERDUE, 1, "2026-02-25"));
        }

        @Test
        void a_late_timer_gets_the_latest_notice_not_the_one_it_was_set_for() {
            // a timer for the 2/23 reminder firing on 2/26 at noon: the overdue notice is what to send
            Instant late = nine("2026-02-26").plusHours(3).toInstant();
            assertThat(SCHEDULE.latestDue(DUE, OPENED, late)).contains(notice(Kind.OVERDUE, 1, "2026-02-25"));
        }

        @Test
        void before_the_first_reminder_and_after_the_escalation() {
            Instant first = nine("2026-02-06").toInstant();
            assertThat(SCHEDULE.latestDue(DUE, OPENED, first.minusSeconds(1))).isEmpty();
            assertThat(SCHEDULE.latestDue(DUE, OPENED, first)).contains(notice(Kind.REMINDER, 1, "2026-02-06"));

            Instant last = nine("2026-03-03").toInstant();
            assertThat(SCHEDULE.latestDue(DUE, OPENED, last.plusSeconds(86_400 * 30))).contains(notice(Kind.ESCALATION, 1, "2026-03-03"));
        }

        @Test
        void the_daily_check_begins_at_the_next_send_time_on_any_day() {
            assertThat(SCHEDULE.nextSendTimeAfter(OVERDUE_AT.minusSeconds(1))).isEqualTo(nine("2026-02-25"));
            assertThat(SCHEDULE.nextSendTimeAfter(OVERDUE_AT)).isEqualTo(nine("2026-02-26"));
            // Saturday 28 February: not a working day, and the check runs all the same (it finds nothing to send)
            assertThat(SCHEDULE.nextSendTimeAfter(nine("2026-02-27").toInstant())).isEqualTo(nine("2026-02-28"));
            // 00:30 in Taipei on 25 February is 16:30 UTC on the 24th: the next check is that same Taipei morning
            assertThat(SCHEDULE.nextSendTimeAfter(Instant.parse("2026-02-24T16:30:00Z"))).isEqualTo(nine("2026-02-25"));
        }

        @Test
        void midnight_in_taipei_is_still_the_previous_evening_in_utc() {
            // 2026-02-25 00:30 Taipei = 2026-02-24 16:30 UTC: the overdue notice is not yet due
            Instant justAfterMidnight = Instant.parse("2026-02-24T16:30:00Z");
            assertThat(SCHEDULE.latestDue(DUE, OPENED, justAfterMidnight)).contains(notice(Kind.REMINDER, 3, "2026-02-23"));
        }
    }

    /**
     * A task that begins when its overdue notice's time has come: a revision due Tuesday 31 March 2026, whose overdue
     * notice fell on Wednesday 1 April and its escalation 3 working days later (2 April; 3 and 6 April are holidays; 7, 8
     * April) on Wednesday 8 April, begun again when a second round is returned.
     */
    @Nested
    class BegunOverdue {

        private static final LocalDate DUE = d("2026-03-31");

        private static Instant taipei(String isoDateTime) {
            return LocalDateTime.parse(isoDateTime).atZone(TAIPEI).toInstant();
        }

        /** The notices of the revision begun then: overdue at that moment, the escalation at 09:00 on the day given. */
        private static void assertOverdueAtOnceThenEscalatedOn(Instant begun, String escalationDay) {
            assertThat(SCHEDULE.noticesFor(DUE, begun)).containsExactly(
                    new DueNotice(Kind.OVERDUE, 1, begun.atZone(TAIPEI)), notice(Kind.ESCALATION, 1, escalationDay));
        }

        @Test
        void begun_after_the_escalation_day_it_is_overdue_at_once_and_escalated_three_working_days_later() {
            // returned on Monday 13 April at 10:00: escalation after 14, 15, 16 April → Thursday 16 April at 09:00
            Instant begun = taipei("2026-04-13T10:00");
            assertOverdueAtOnceThenEscalatedOn(begun, "2026-04-16");
            assertThat(SCHEDULE.latestDue(DUE, begun, begun)).get().extracting(DueNotice::kind).isEqualTo(Kind.OVERDUE);
            Instant escalation = nine("2026-04-16").toInstant();
            assertThat(SCHEDULE.latestDue(DUE, begun, escalation.minusSeconds(1))).get().extracting(DueNotice::kind)
                    .isEqualTo(Kind.OVERDUE);
            assertThat(SCHEDULE.latestDue(DUE, begun, escalation)).contains(notice(Kind.ESCALATION, 1, "2026-04-16"));
            assertThat(SCHEDULE.latestDue(DUE, begun, escalation.plusSeconds(86_400 * 30)))
                    .contains(notice(Kind.ESCALATION, 1, "2026-04-16"));
        }

        @Test
        void begun_between_the_overdue_notice_and_its_escalation_the_escalation_counts_from_the_day_it_began() {
            // Thursday 2 April at 10:00: 7, 8, 9 April → Thursday 9 April, not the 8th
            assertOverdueAtOnceThenEscalatedOn(taipei("2026-04-02T10:00"), "2026-04-09");
        }

        @Test
        void begun_on_the_overdue_day_from_nine_it_is_escalated_on_the_day_it_would_have_been() {
            assertOverdueAtOnceThenEscalatedOn(taipei("2026-04-01T10:00"), "2026-04-08");
            assertOverdueAtOnceThenEscalatedOn(nine("2026-04-01").toInstant(), "2026-04-08");
        }

        @Test
        void begun_a_second_before_the_overdue_notice_it_has_every_notice_of_its_due_date() {
            assertThat(SCHEDULE.noticesFor(DUE, nine("2026-04-01").toInstant().minusSeconds(1)))
                    .isEqualTo(SCHEDULE.noticesFor(DUE));
            assertThat(SCHEDULE.noticesFor(DUE, taipei("2026-03-02T08:00"))).isEqualTo(SCHEDULE.noticesFor(DUE));
        }

        @Test
        void begun_on_a_saturday_it_is_told_at_once_and_escalated_on_the_third_working_day_after() {
            // Saturday 11 April at 10:00: 13, 14, 15 April → Wednesday 15 April
            assertOverdueAtOnceThenEscalatedOn(taipei("2026-04-11T10:00"), "2026-04-15");
        }
    }

    @Nested
    class Settings {

        @Test
        void duplicate_reminder_days_collapse_and_order_does_not_matter() {
            NoticeSchedule s = new NoticeSchedule(DAYS, List.of(1, 3, 3, 7, 1), LocalTime.of(9, 0), 3, TAIPEI);
            assertThat(s.noticesFor(d("2026-02-24"))).isEqualTo(SCHEDULE.noticesFor(d("2026-02-24")));

            NoticeSchedule threeThree = new NoticeSchedule(DAYS, List.of(3, 3), LocalTime.of(9, 0), 3, TAIPEI);
            assertThat(threeThree.noticesFor(d("2026-02-24"))).containsExactly(
                    notice(Kind.REMINDER, 1, "2026-02-12"),
                    notice(Kind.OVERDUE, 1, "2026-02-25"),
                    notice(Kind.ESCALATION, 1, "2026-03-03"));
        }

        @Test
        void other_settings_are_honoured() {
            NoticeSchedule s = new NoticeSchedule(DAYS, List.of(), LocalTime.of(14, 30), 1, TAIPEI);
            assertThat(s.noticesFor(d("2026-02-24"))).containsExactly(
                    new DueNotice(Kind.OVERDUE, 1, ZonedDateTime.of(d("2026-02-25"), LocalTime.of(14, 30), TAIPEI)),
                    new DueNotice(Kind.ESCALATION, 1, ZonedDateTime.of(d("2026-02-26"), LocalTime.of(14, 30), TAIPEI)));
        }

        @Test
        void defaults_are_7_3_1_at_nine_taipei_escalating_after_3() {
            assertThat(NoticeSchedule.withDefaults(DAYS).noticesFor(d("2026-10-23")))
                    .isEqualTo(SCHEDULE.noticesFor(d("2026-10-23")));
        }

        @Test
        void nonsense_settings_are_refused() {
            assertThatIllegalArgumentException().isThrownBy(
                    () -> new NoticeSchedule(DAYS, List.of(7, 0), LocalTime.of(9, 0), 3, TAIPEI));
            assertThatIllegalArgumentException().isThrownBy(
                    () -> new NoticeSchedule(DAYS, List.of(7, 3, 1), LocalTime.of(9, 0), 0, TAIPEI));
            assertThatNullPointerException().isThrownBy(
                    () -> new NoticeSchedule(DAYS, List.of(7), null, 3, TAIPEI));
            assertThatIllegalArgumentException().isThrownBy(() -> new DueNotice(Kind.OVERDUE, 0, nine("2026-02-25")));
        }
    }

    @Test
    void for_every_due_date_in_the_covered_years_notices_fall_on_working_days_in_order() {
        for (int year : new int[] {2021, 2026, 2027}) {
            LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1)).forEach(due -> {
                List<DueNotice> notices = SCHEDULE.noticesFor(due);
                assertThat(notices).extracting(DueNotice::kind).containsExactly(
                        Kind.REMINDER, Kind.REMINDER, Kind.REMINDER, Kind.OVERDUE, Kind.ESCALATION);
                assertThat(notices).extracting(DueNotice::number).containsExactly(1, 2, 3, 1, 1);
                for (int i = 0; i < notices.size(); i++) {
                    LocalDate day = notices.get(i).at().toLocalDate();
                    assertThat(DAYS.isWorkingDay(day)).as("%s for due %s", notices.get(i), due).isTrue();
                    if (i > 0) {
                        assertThat(notices.get(i).at()).isAfter(notices.get(i - 1).at());
                    }
                    if (i < 3) {
                        assertThat(day).isBefore(due);
                    } else {
                        assertThat(day).isAfter(due);
                    }
                }
                assertThat(notices.get(2).at().toLocalDate()).isEqualTo(DAYS.workingDaysBefore(due, 1));
            });
        }
    }
}
