package it.semaforo.credit.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import it.semaforo.credit.CreditChecks;
import it.semaforo.credit.CreditEvents.CheckRequested;

/**
 * Starts a {@code credit-check} instance for each requested check, in the same transaction (business key = check
 * id, variable {@code checkId}): the instance runs until its asynchronous provider call, or to the end when the
 * cache answers.
 */
@Component
class CreditCheckProcesses {

    private final RuntimeService runtime;
    private final CreditChecks checks;

    CreditCheckProcesses(RuntimeService runtime, CreditChecks checks) {
        this.runtime = runtime;
        this.checks = checks;
    }

    @EventListener
    void start(CheckRequested requested) {
        ProcessInstance instance = runtime.startProcessInstanceByKey(CreditCheckKeys.PROCESS,
                String.valueOf(requested.checkId()), Map.of(CreditCheckKeys.CHECK_ID, requested.checkId()));
        checks.attachProcess(requested.checkId(), instance.getId());
    }
}
