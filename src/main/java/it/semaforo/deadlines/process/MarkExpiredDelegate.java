package it.semaforo.deadlines.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import it.semaforo.deadlines.Deadlines;

/** The period ended unrenewed: the deadline becomes EXPIRED. */
@Component("markExpiredDelegate")
class MarkExpiredDelegate implements JavaDelegate {

    private final Deadlines deadlines;

    MarkExpiredDelegate(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        deadlines.expire(ProcessKeys.deadlineId(execution));
    }
}
