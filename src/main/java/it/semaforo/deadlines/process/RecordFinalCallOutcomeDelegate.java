package it.semaforo.deadlines.process;

import org.springframework.stereotype.Component;

import it.semaforo.deadlines.RecallActions;

/** Outcome of the {@code recovery-final-call} form: renewed (a late renewal) or lost. */
@Component("recordFinalCallOutcomeDelegate")
class RecordFinalCallOutcomeDelegate extends RecallOutcomeRecorder {

    RecordFinalCallOutcomeDelegate(RecallActions recallActions) {
        super(recallActions, ProcessKeys.FINAL_CALL_OUTCOME, ProcessKeys.FINAL_CALL_NOTE);
    }
}
