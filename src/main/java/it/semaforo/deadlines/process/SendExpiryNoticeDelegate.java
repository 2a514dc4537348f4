package it.semaforo.deadlines.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import it.semaforo.deadlines.DeadlineMails;

/** Tells the customer the service has expired. */
@Component("sendExpiryNoticeDelegate")
class SendExpiryNoticeDelegate implements JavaDelegate {

    private final DeadlineMails mails;

    SendExpiryNoticeDelegate(DeadlineMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.sendExpiryNotice(ProcessKeys.deadlineId(execution));
    }
}
