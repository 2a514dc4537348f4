package it.semaforo.portal.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import it.semaforo.portal.RenewalOrdered;

/**
 * Starts the {@code renewal-order} process of each order in the order's own transaction, so an order never exists
 * without its confirmation e-mail and payment check (business key: the order id).
 */
@Component
class RenewalOrderProcesses {

    static final String PROCESS = "renewal-order";
    static final String ORDER_ID = "orderId";
    static final String PAYMENT_PENDING = "paymentPending";
    static final String PAYMENT_REFERENCE = "paymentReference";
    static final String AMOUNT = "amount";
    static final String PAYMENT_OUTCOME = "paymentOutcome";
    static final String PAYMENT_NOTE = "paymentNote";

    private final RuntimeService runtime;

    RenewalOrderProcesses(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void ordered(RenewalOrdered ordered) {
        runtime.startProcessInstanceByKey(PROCESS, String.valueOf(ordered.orderId()),
                Map.of(ORDER_ID, ordered.orderId(), PAYMENT_PENDING, ordered.paymentPending(),
                        PAYMENT_REFERENCE, ordered.paymentReference(), AMOUNT, ordered.amount().toPlainString()));
    }

    static long orderId(VariableScope execution) {
        return ((Number) execution.getVariable(ORDER_ID)).longValue();
    }
}
