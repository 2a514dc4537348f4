package it.semaforo.customers;

/** What happened to a customer, for the modules that react (assignment rules give it owners). Ids only. */
public final class CustomerEvents {

    private CustomerEvents() {
    }

    /** A customer, prospect or supplier was recorded or its data changed. */
    public record CustomerSaved(long customerId) {
    }
}
