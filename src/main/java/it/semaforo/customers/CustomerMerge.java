package it.semaforo.customers;

/** How {@link Customers#merge} ended: the record it created or found, and whether it changed. */
public record CustomerMerge(Outcome outcome, long customerId) {

    public enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }
}
