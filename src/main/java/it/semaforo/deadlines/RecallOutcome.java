package it.semaforo.deadlines;

/** Outcome of a recall task (Tasklist forms {@code deadline-recall} and {@code recovery-final-call}). */
public enum RecallOutcome {
    /** The customer renews: the deadline is renewed at once. */
    RENEWED,
    /** The customer does not want to renew (before expiry). */
    DECLINED,
    /** Call the customer again on a given day. */
    CALL_AGAIN,
    /** After the win-back campaign: the customer is lost. */
    LOST
}
