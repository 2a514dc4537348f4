package it.semaforo.portal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import it.semaforo.portal.PortalServices;

/** Stores administration's answer from the {@code renewal-payment} form on the order. */
@Component("recordPaymentCheckDelegate")
class RecordPaymentCheckDelegate implements JavaDelegate {

    static final String RECEIVED = "RECEIVED";
    static final String NOT_RECEIVED = "NOT_RECEIVED";

    private final PortalServices services;

    RecordPaymentCheckDelegate(PortalServices services) {
        this.services = services;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object outcome = execution.getVariable(RenewalOrderProcesses.PAYMENT_OUTCOME);
        if (!RECEIVED.equals(outcome) && !NOT_RECEIVED.equals(outcome)) {
            throw new IllegalArgumentException("paymentOutcome must be RECEIVED or NOT_RECEIVED, not " + outcome);
        }
        services.recordPaymentCheck(RenewalOrderProcesses.orderId(execution), RECEIVED.equals(outcome),
                (String) execution.getVariable(RenewalOrderProcesses.PAYMENT_NOTE));
    }
}
