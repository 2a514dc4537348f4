package it.semaforo.credit;

/** Administration's answer to a red light. */
public enum CreditDecision {
    /** Keep trading as usual. */
    ACCEPT,
    /** Ship only against an advance payment. */
    ADVANCE_PAYMENT,
    /** No new orders. */
    BLOCK_ORDERS
}
