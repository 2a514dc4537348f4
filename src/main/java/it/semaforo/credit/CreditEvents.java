package it.semaforo.credit;

/** What happens to credit checks, for the process side. */
public final class CreditEvents {

    private CreditEvents() {
    }

    /** A check was recorded as PENDING: its {@code credit-check} instance is to start (business key = check id). */
    public record CheckRequested(long checkId) {
    }

    /** A Go Check run was recorded: its {@code credit-mass-check} instance is to start (business key = run id). */
    public record MassCheckRequested(long massCheckId) {
    }
}
