package io.plancycle.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When to send the notices about a due date, counted in working days of the office calendar.
 *
 * <ul>
 *   <li>REMINDER 1, 2, … at {@code sendAt} on the working days {@code reminderWorkingDaysBefore} before the due date
 *       (duplicates collapse; numbered in time order, so with 7, 3, 1 reminder 1 is 7 working days before);</li>
 *   <li>OVERDUE 1 at {@code sendAt} on the first working day after the due date;</li>
 *   <li>ESCALATION 1 at {@code sendAt} on the working day {@code escalationAfterWorkingDays} working days after the
 *       overdue notice's day.</li>
 * </ul>
 * A task that begins when its overdue notice's time has come is overdue from its first moment: its overdue notice is
 * due as it begins, and its escalation {@code escalationAfterWorkingDays} working days after that day
 * ({@link #noticesFor(LocalDate, Instant)}). All reminders are returned even when their time has passed; the caller
 * decides what to send. Immutable and thread-safe.
 */
public final class NoticeSchedule {

    public static final List<Integer> DEFAULT_REMINDER_WORKING_DAYS_BEFORE = List.of(7, 3, 1);
    public static final LocalTime DEFAULT_SEND_AT = LocalTime.of(9, 0);
    public static final int DEFAULT_ESCALATION_AFTER_WORKING_DAYS = 3;
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Taipei");

    private final WorkingDays days;
    private final List<Integer> reminderWorkingDaysBefore; // distinct, descending: earliest reminder first
    private final LocalTime sendAt;
    private final int escalationAfterWorkingDays;
    private final ZoneId zone;

    /**
     * @param reminderWorkingDaysBefore working days before the due date, each ≥ 1, any order, duplicates allowed;
     *                                  may be empty (no reminders)
     * @param escalationAfterWorkingDays ≥ 1
     */
    public NoticeSchedule(WorkingDays days, List<Integer> reminderWorkingDaysBefore, LocalTime sendAt,
                          int escalationAfterWorkingDays, ZoneId zone) {
        this.days = Objects.requireNonNull(days, "days");
        Objects.requireNonNull(reminderWorkingDaysBefore, "reminderWorkingDaysBefore");
        for (Integer n : reminderWorkingDaysBefore) {
            if (n == null || n < 1) {
                throw new IllegalArgumentException(
                        "reminder working days before must each be at least 1, were " + reminderWorkingDaysBefore);
            }
        }
        this.reminderWorkingDaysBefore = reminderWorkingDaysBefore.stream()
                .distinct().sorted(Comparator.reverseOrder()).toList();
        this.sendAt = Objects.requireNonNull(sendAt, "sendAt");
        if (escalationAfterWorkingDays < 1) {
            throw new IllegalArgumentException(
                    "escalation after working days must be at least 1, was " + escalationAfterWorkingDays);
        }
        this.escalationAfterWorkingDays = escalationAfterWorkingDays;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Reminders 7, 3 and 1 working days before, at 09:00 Asia/Taipei, escalation 3 working days after overdue. */
    public static NoticeSchedule withDefaults(WorkingDays days) {
        return new NoticeSchedule(days, DEFAULT_REMINDER_WORKING_DAYS_BEFORE, DEFAULT_SEND_AT,
                DEFAULT_ESCALATION_AFTER_WORKING_DAYS, DEFAULT_ZONE);
    }

    /** The office calendar the notices are counted in. */
    public WorkingDays workingDays() {
        return days;
    }

    /** Every notice for the due date, in time order: reminders, then OVERDUE, then ESCALATION. */
    public List<DueNotice> noticesFor(LocalDate due) {
        Objects.requireNonNull(due, "due");
        List<DueNotice> notices = new ArrayList<>(reminderWorkingDaysBefore.size() + 2);
        int number = 1;
        for (int n : reminderWorkingDaysBefore) {
            notices.add(new DueNotice(DueNotice.Kind.REMINDER, number++, at(days.workingDaysBefore(due, n))));
        }
        ZonedDateTime overdue = overdueAt(due);
        notices.add(new DueNotice(DueNotice.Kind.OVERDUE, 1, overdue));
        notices.add(escalationAfterOverdueOn(overdue.toLocalDate()));
        return List.copyOf(notices);
    }

    /**
     * Every notice of a task due on {@code due} that began at {@code begun}, in time order. A task that began before its
     * overdue notice's time has those of {@link #noticesFor(LocalDate)}. One that began later (a round returned after
     * the revision's due date, a cycle opened late) has no reminders: its overdue notice is at {@code begun}, and its
     * escalation, as after any overdue notice, at the send time {@code escalationAfterWorkingDays} working days after
     * the day it began.
     */
    public List<DueNotice> noticesFor(LocalDate due, Instant begun) {
        Objects.requireNonNull(begun, "begun");
        if (overdueAt(due).toInstant().isAfter(begun)) {
            return noticesFor(due);
        }
        ZonedDateTime began = begun.atZone(zone);
        return List.of(new DueNotice(DueNotice.Kind.OVERDUE, 1, began), escalationAfterOverdueOn(began.toLocalDate()));
    }

    private ZonedDateTime overdueAt(LocalDate due) {
        return at(days.workingDaysAfter(Objects.requireNonNull(due, "due"), 1));
    }

    private DueNotice escalationAfterOverdueOn(LocalDate overdueDay) {
        return new DueNotice(DueNotice.Kind.ESCALATION, 1, at(days.workingDaysAfter(overdueDay, escalationAfterWorkingDays)));
    }

    /**
     * The first send time after {@code now}, on any day: where the daily check of a task's notices begins (it finds
     * nothing to send on the days without a notice).
     */
    public ZonedDateTime nextSendTimeAfter(Instant now) {
        Objects.requireNonNull(now, "now");
        ZonedDateTime today = at(LocalDate.ofInstant(now, zone));
        return today.toInstant().isAfter(now) ? today : today.plusDays(1);
    }

    /**
     * The last notice at or before {@code now} of a task due on {@code due} that began at {@code begun}
     * ({@link #noticesFor(LocalDate, Instant)}): what to send when a timer fires, possibly late. Empty before the first
     * notice.
     */
    public Optional<DueNotice> latestDue(LocalDate due, Instant begun, Instant now) {
        Objects.requireNonNull(now, "now");
        DueNotice latest = null;
        for (DueNotice n : noticesFor(due, begun)) {
            if (n.at().toInstant().isAfter(now)) {
                break;
            }
            latest = n;
        }
        return Optional.ofNullable(latest);
    }

    private ZonedDateTime at(LocalDate day) {
        return ZonedDateTime.of(day, sendAt, zone);
    }
}
