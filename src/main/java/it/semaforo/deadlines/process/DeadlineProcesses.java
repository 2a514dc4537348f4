package it.semaforo.deadlines.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import it.semaforo.deadlines.DeadlineEvents.DeadlineCancelled;
import it.semaforo.deadlines.DeadlineEvents.DeadlineCreated;
import it.semaforo.deadlines.DeadlineEvents.DeadlineRenewed;
import it.semaforo.deadlines.DeadlineEvents.DeadlineRescheduled;
import it.semaforo.deadlines.Deadlines;

/**
 * Turns what happens to deadlines into process instances and messages, in the same transaction as the change, so
 * a deadline and its process never disagree.
 *
 * <p>Messages are correlated just before commit rather than at once: a renewal decided inside the process (the
 * recall task) must first finish its own step before the renewal message may interrupt that same instance.
 */
@Component
class DeadlineProcesses {

    private final RuntimeService runtime;
    private final Deadlines deadlines;

    DeadlineProcesses(RuntimeService runtime, Deadlines deadlines) {
        this.runtime = runtime;
        this.deadlines = deadlines;
    }

    @EventListener
    void start(DeadlineCreated created) {
        ProcessInstance instance = runtime.startProcessInstanceByKey(ProcessKeys.LIFECYCLE,
                String.valueOf(created.deadlineId()), Map.of(ProcessKeys.DEADLINE_ID, created.deadlineId()));
        deadlines.attachProcess(created.deadlineId(), instance.getId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void renewed(DeadlineRenewed renewed) {
        correlate(ProcessKeys.MESSAGE_RENEWED, renewed.deadlineId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void cancelled(DeadlineCancelled cancelled) {
        correlate(ProcessKeys.MESSAGE_CANCELLED, cancelled.deadlineId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void rescheduled(DeadlineRescheduled rescheduled) {
        correlate(ProcessKeys.MESSAGE_RESCHEDULED, rescheduled.deadlineId());
    }

    /** Reaches whichever of the deadline's instances waits for the message; none waiting is fine. */
    private void correlate(String message, long deadlineId) {
        runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(String.valueOf(deadlineId))
                .correlateAllWithResult();
    }
}
