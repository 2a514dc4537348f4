package it.semaforo.credit.process;

/** Ids and variable names of the {@code credit-check} model and the {@code credit-risk} table. */
final class CreditCheckKeys {

    static final String PROCESS = "credit-check";
    static final String DECISION = "credit-risk";
    /** The only business variable the instance starts with (business key = the same id). */
    static final String CHECK_ID = "checkId";
    /** Form fields of the review task. */
    static final String REVIEW_DECISION = "creditDecision";
    static final String REVIEW_NOTE = "creditDecisionNote";

    private CreditCheckKeys() {
    }
}
