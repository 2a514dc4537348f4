package it.semaforo.imports;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import it.semaforo.customers.CustomerEvents;
import it.semaforo.customers.Customers;

/**
 * Test double of a module reacting to saved customers: it fails for customers named {@value #FAILING_NAME}…, after
 * the row was written, so tests can see that such a row is rolled back whole.
 */
@Component
class FailingCustomerListener {

    static final String FAILING_NAME = "FAIL-AFTER-WRITE";

    private final Customers customers;

    FailingCustomerListener(Customers customers) {
        this.customers = customers;
    }

    @EventListener
    void on(CustomerEvents.CustomerSaved saved) {
        if (customers.get(saved.customerId()).getName().startsWith(FAILING_NAME)) {
            throw new IllegalStateException("failing after the write, as a test asks");
        }
    }
}
