package it.semaforo.deadlines.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import it.semaforo.deadlines.DeadlineSchedule;

/** Sets {@code nextWinBackAt} and {@code winBackStep} for the next win-back e-mail, or removes them if none. */
@Component("planNextWinBackDelegate")
class PlanNextWinBackDelegate implements JavaDelegate {

    private final DeadlineSchedule schedule;

    PlanNextWinBackDelegate(DeadlineSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Number stepsDone = (Number) execution.getVariable(ProcessKeys.WIN_BACK_STEP);
        schedule.nextWinBack(ProcessKeys.deadlineId(execution), stepsDone == null ? 0 : stepsDone.intValue())
                .ifPresentOrElse(step -> {
                    execution.setVariable(ProcessKeys.NEXT_WIN_BACK_AT, Date.from(step.dueAt()));
                    execution.setVariable(ProcessKeys.WIN_BACK_STEP, step.step());
                }, () -> execution.removeVariable(ProcessKeys.NEXT_WIN_BACK_AT));
    }
}
