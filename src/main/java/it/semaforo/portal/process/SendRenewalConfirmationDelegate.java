package it.semaforo.portal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import it.semaforo.portal.PortalMails;

/** Sends the order's confirmation; the outbox makes a retried job send nothing twice. */
@Component("sendRenewalConfirmationDelegate")
class SendRenewalConfirmationDelegate implements JavaDelegate {

    private final PortalMails mails;

    SendRenewalConfirmationDelegate(PortalMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.sendRenewalConfirmation(RenewalOrderProcesses.orderId(execution));
    }
}
