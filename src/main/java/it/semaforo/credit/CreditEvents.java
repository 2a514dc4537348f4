package it.semaforo.credit;

/** What happens to credit checks, for the process side. */
public final class CreditEvents {

    private CreditEvents() {
    }

    /** A check was recorded as PENDING: its {@code credit-check} instance is to start (business key = check id). */
    public record CheckRequested(long checkId) {
    }

    /**
     * A monitoring check found a customer's light worse than the check before it, after the provider's change
     * {@code changeId}: the customer's owners are told.
     */
    public record LightWorsened(long customerId, String changeId, CreditLight before, CreditLight after) {
    }

    /** A Go Check run was recorded: its {@code credit-mass-check} instance is to start (business key = run id). */
    public record MassCheckRequested(long massCheckId) {
    }
}
