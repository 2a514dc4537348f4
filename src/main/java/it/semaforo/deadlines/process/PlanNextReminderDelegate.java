package it.semaforo.deadlines.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import it.semaforo.deadlines.DeadlineSchedule;

/** Sets {@code nextReminderAt} and {@code reminderOffsetDays} for the next reminder, or removes them if none. */
@Component("planNextReminderDelegate")
class PlanNextReminderDelegate implements JavaDelegate {

    private final DeadlineSchedule schedule;

    PlanNextReminderDelegate(DeadlineSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        schedule.nextReminder(ProcessKeys.deadlineId(execution)).ifPresentOrElse(reminder -> {
            execution.setVariable(ProcessKeys.NEXT_REMINDER_AT, Date.from(reminder.dueAt()));
            execution.setVariable(ProcessKeys.REMINDER_OFFSET_DAYS, reminder.offsetDays());
        }, () -> {
            execution.removeVariable(ProcessKeys.NEXT_REMINDER_AT);
            execution.removeVariable(ProcessKeys.REMINDER_OFFSET_DAYS);
        });
    }
}
