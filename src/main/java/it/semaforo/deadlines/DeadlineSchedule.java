package it.semaforo.deadlines;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.semaforo.notifications.Notifications;

/**
 * When things happen to a deadline: reminders, the recall task, expiry and win-back e-mails. Everything customer
 * facing happens at the configured send time (default 08:00 Europe/Rome) of its day.
 *
 * <p>Only reminders whose day is today or later are planned, so a deadline recorded 10 days before expiry gets the
 * 7-day reminder and never a burst of stale ones; a reminder already sent is never planned again.
 */
@Service
@Transactional(readOnly = true)
public class DeadlineSchedule {

    /** A reminder to send {@code offsetDays} before expiry, at {@code dueAt}. */
    public record ScheduledReminder(int offsetDays, Instant dueAt) {
    }

    /** The {@code step}-th (1-based) win-back e-mail, due at {@code dueAt}. */
    public record ScheduledWinBack(int step, Instant dueAt) {
    }

    private final Deadlines deadlines;
    private final Notifications notifications;
    private final Clock clock;
    private final LocalTime sendTime;
    private final int recallDaysBefore;
    private final List<Integer> winBackStepDays;

    DeadlineSchedule(Deadlines deadlines, Notifications notifications, Clock clock,
                     @Value("${semaforo.reminders.send-time}") LocalTime sendTime,
                     @Value("${semaforo.reminders.recall-days-before}") int recallDaysBefore,
                     @Value("${semaforo.recovery.step-days}") List<Integer> winBackStepDays) {
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.clock = clock;
        this.sendTime = sendTime;
        this.recallDaysBefore = recallDaysBefore;
        this.winBackStepDays = winBackStepDays.stream().sorted().toList();
    }

    public Optional<ScheduledReminder> nextReminder(long deadlineId) {
        Deadline deadline = deadlines.load(deadlineId);
        LocalDate today = LocalDate.now(clock);
        return deadline.getProduct().getReminderOffsets().stream()
                .sorted((a, b) -> b - a)
                .filter(offset -> !deadline.getExpiryDate().minusDays(offset).isBefore(today))
                .filter(offset -> !notifications.isDone(DeadlineMails.reminderKey(deadlineId, offset)))
                .findFirst()
                .map(offset -> new ScheduledReminder(offset, sendingAt(deadline.getExpiryDate().minusDays(offset))));
    }

    /** The win-back e-mail after {@code stepsDone} steps, counted in days from the first day of expiry. */
    public Optional<ScheduledWinBack> nextWinBack(long deadlineId, int stepsDone) {
        Deadline deadline = deadlines.load(deadlineId);
        LocalDate firstExpiredDay = deadline.getExpiryDate().plusDays(1);
        LocalDate today = LocalDate.now(clock);
        for (int step = stepsDone + 1; step <= winBackStepDays.size(); step++) {
            LocalDate day = firstExpiredDay.plusDays(winBackStepDays.get(step - 1));
            if (!day.isBefore(today) && !notifications.isDone(DeadlineMails.winBackKey(deadlineId, step))) {
                return Optional.of(new ScheduledWinBack(step, sendingAt(day)));
            }
        }
        return Optional.empty();
    }

    /** The recall task appears {@code recall-days-before} days before expiry (at once if that day is past). */
    public Instant recallAt(long deadlineId) {
        return sendingAt(deadlines.load(deadlineId).getExpiryDate().minusDays(recallDaysBefore));
    }

    /** The period is over on the day after its expiry date. */
    public Instant expiresAt(long deadlineId) {
        return sendingAt(deadlines.load(deadlineId).getExpiryDate().plusDays(1));
    }

    public LocalDate expiryDay(long deadlineId) {
        return deadlines.load(deadlineId).getExpiryDate();
    }

    /** The send time on that day, or now if that moment is already past. */
    public Instant sendingAt(LocalDate day) {
        Instant at = day.atTime(sendTime).atZone(clock.getZone()).toInstant();
        Instant now = clock.instant();
        return at.isBefore(now) ? now : at;
    }
}
