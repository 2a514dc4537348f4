package it.semaforo.deadlines.process;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

import it.semaforo.deadlines.RecallActions;
import it.semaforo.deadlines.RecallOutcome;

/**
 * Reads a recall form's outcome and hands it to the domain. The two recall forms name their fields differently,
 * so each delegate says which variables it reads.
 */
abstract class RecallOutcomeRecorder implements org.camunda.bpm.engine.delegate.JavaDelegate {

    private final RecallActions recallActions;
    private final String outcomeVariable;
    private final String noteVariable;

    RecallOutcomeRecorder(RecallActions recallActions, String outcomeVariable, String noteVariable) {
        this.recallActions = recallActions;
        this.outcomeVariable = outcomeVariable;
        this.noteVariable = noteVariable;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecallOutcome outcome = RecallOutcome.valueOf((String) execution.getVariable(outcomeVariable));
        Object callAgainOn = execution.getVariable(ProcessKeys.CALL_AGAIN_ON);
        LocalDate callAgainDay = outcome == RecallOutcome.CALL_AGAIN && callAgainOn != null
                ? LocalDate.parse(callAgainOn.toString().substring(0, 10)) : null;
        Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        recallActions.recordOutcome(ProcessKeys.deadlineId(execution), outcome,
                (String) execution.getVariable(noteVariable), callAgainDay, user == null ? null : user.getUserId());
    }
}
