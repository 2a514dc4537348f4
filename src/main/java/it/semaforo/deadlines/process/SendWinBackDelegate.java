package it.semaforo.deadlines.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import it.semaforo.deadlines.DeadlineMails;

/** Sends win-back e-mail number {@code winBackStep}. */
@Component("sendWinBackDelegate")
class SendWinBackDelegate implements JavaDelegate {

    private final DeadlineMails mails;

    SendWinBackDelegate(DeadlineMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int step = ((Number) execution.getVariable(ProcessKeys.WIN_BACK_STEP)).intValue();
        mails.sendWinBack(ProcessKeys.deadlineId(execution), step);
    }
}
