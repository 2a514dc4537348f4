package it.semaforo.deadlines.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import it.semaforo.deadlines.DeadlineMails;

/** Sends the reminder planned in {@code reminderOffsetDays}; the outbox makes a retry send nothing twice. */
@Component("sendReminderDelegate")
class SendReminderDelegate implements JavaDelegate {

    private final DeadlineMails mails;

    SendReminderDelegate(DeadlineMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int offsetDays = ((Number) execution.getVariable(ProcessKeys.REMINDER_OFFSET_DAYS)).intValue();
        mails.sendReminder(ProcessKeys.deadlineId(execution), offsetDays);
    }
}
