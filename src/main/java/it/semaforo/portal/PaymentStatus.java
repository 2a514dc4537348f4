package it.semaforo.portal;

/** Where the payment of a renewal order stands. */
public enum PaymentStatus {
    /** To arrive (a bank transfer): administration checks it. */
    PENDING,
    PAID,
    /** Administration found no payment by the due date. */
    NOT_RECEIVED
}
