package it.semaforo.deals.process;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import it.semaforo.deals.DealEvents.CallbackRequested;
import it.semaforo.deals.DealEvents.DealOpened;
import it.semaforo.deals.Deals;

/**
 * Turns what happens to deals into {@code deal} instances and messages, in the same transaction as the change: a new
 * deal starts its process at once (business key = deal id, variable {@code dealId}); a callback requested by the
 * telephony reaches the qualify task as message {@code CallBusy} just before commit, as the deadline messages do.
 */
@Component
class DealProcesses {

    private final RuntimeService runtime;
    private final Deals deals;

    DealProcesses(RuntimeService runtime, Deals deals) {
        this.runtime = runtime;
        this.deals = deals;
    }

    @EventListener
    void start(DealOpened opened) {
        ProcessInstance instance = runtime.startProcessInstanceByKey(DealKeys.PROCESS, String.valueOf(opened.dealId()),
                Map.of(DealKeys.DEAL_ID, opened.dealId()));
        deals.attachProcess(opened.dealId(), instance.getId());
    }

    /** Reaches the deal's qualify task if it is open; a deal in another phase has nothing to call back. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void callbackRequested(CallbackRequested requested) {
        runtime.createMessageCorrelation(DealKeys.MESSAGE_CALL_BUSY)
                .processInstanceBusinessKey(String.valueOf(requested.dealId()))
                .setVariable(DealKeys.CALLBACK_AT, Date.from(requested.callbackAt()))
                .correlateAllWithResult();
    }
}
