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
import it.semaforo.deals.DealEvents.TelephonyEvent;
import it.semaforo.deals.Deals;

/**
 * Turns what happens to deals into {@code deal} instances and messages, in the same transaction as the change: a new
 * deal starts its process at once (business key = deal id, variable {@code dealId}); a callback requested by the
 * telephony reaches the qualify task as message {@code CallBusy} just before commit, as the deadline messages do; other
 * phone events are offered to the instance as {@code Telephony_<type>} messages.
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

    /**
     * Hands any other phone event to the deal's instance as message {@code Telephony_<type>} (for example
     * {@code Telephony_PHONE_APPOINTMENT}) with variable {@code phoneActivityId}: the shipped model has no catch event
     * for these, so nothing happens, but a process owner can react to them in Modeler without a code change.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void telephonyEvent(TelephonyEvent event) {
        runtime.createMessageCorrelation(DealKeys.TELEPHONY_MESSAGE_PREFIX + event.type())
                .processInstanceBusinessKey(String.valueOf(event.dealId()))
                .setVariable(DealKeys.PHONE_ACTIVITY_ID, event.activityId())
                .correlateAllWithResult();
    }
}
