package it.semaforo.credit;

/** Where a lookup stands: waiting for the provider, answered with a report, unknown to the provider, or failed. */
public enum CreditCheckStatus {
    PENDING, DONE, NOT_FOUND, FAILED
}
