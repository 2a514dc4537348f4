package it.semaforo.portal;

/** Whether the portal offers the quick renewal of a period, and if not, why. */
public enum RenewalOffer {
    /** Active, and 0 &lt; days remaining &le; the renewal window. */
    OPEN,
    /** Active, but further from expiry than the window: it opens later. */
    NOT_YET,
    /** Its last day or later: only the back office renews it now. */
    TOO_LATE,
    /**
     * In the window, but administration asked for an advance payment or blocked new orders after a credit check:
     * renewed with the customer's account manager, not online.
     */
    BY_ARRANGEMENT,
    /** Renewed already (on the portal or by the back office). */
    RENEWED,
    /** Expired or cancelled. */
    CLOSED
}
