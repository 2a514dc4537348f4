package it.semaforo.deadlines;

/**
 * What happened to a deadline, published for the process side (which starts, moves and ends the
 * {@code deadline-lifecycle} and {@code recovery-campaign} instances). Ids only.
 */
public final class DeadlineEvents {

    private DeadlineEvents() {
    }

    /** A new active period exists, created by hand or by a renewal. */
    public record DeadlineCreated(long deadlineId) {
    }

    /** The expiry date of an active period changed: its timers must move. */
    public record DeadlineRescheduled(long deadlineId) {
    }

    /** The period was renewed; {@code nextDeadlineId} is the new period. */
    public record DeadlineRenewed(long deadlineId, long nextDeadlineId) {
    }

    /** The period was cancelled: no more reminders, no win-back. */
    public record DeadlineCancelled(long deadlineId) {
    }
}
