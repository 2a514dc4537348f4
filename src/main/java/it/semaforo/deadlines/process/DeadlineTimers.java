package it.semaforo.deadlines.process;

import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;

import it.semaforo.deadlines.DeadlineSchedule;

/**
 * Timer and due-date expressions of the deadline models, e.g. {@code ${deadlineTimers.expiresAt(deadlineId)}}.
 * Dates are read from the deadline each time a timer is created, so a moved expiry moves the timers.
 */
// public: the engine's expression language only calls methods of public classes
@Component("deadlineTimers")
public class DeadlineTimers {

    private final DeadlineSchedule schedule;

    DeadlineTimers(DeadlineSchedule schedule) {
        this.schedule = schedule;
    }

    public Date recallAt(long deadlineId) {
        return Date.from(schedule.recallAt(deadlineId));
    }

    public Date expiresAt(long deadlineId) {
        return Date.from(schedule.expiresAt(deadlineId));
    }

    /** Due date of the recall task: the last active day. */
    public Date expiryDay(long deadlineId) {
        return Date.from(schedule.sendingAt(schedule.expiryDay(deadlineId)));
    }

    /** {@code callAgainOn} comes from the form's date field as an ISO date (yyyy-MM-dd). */
    public Date callAgainAt(String callAgainOn) {
        return Date.from(schedule.sendingAt(LocalDate.parse(callAgainOn.substring(0, 10))));
    }
}
