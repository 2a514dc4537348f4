package it.semaforo.deadlines.process;

import org.springframework.stereotype.Component;

import it.semaforo.deadlines.RecallActions;

/** Outcome of the {@code deadline-recall} form: renewed, declined or call again. */
@Component("recordRecallOutcomeDelegate")
class RecordRecallOutcomeDelegate extends RecallOutcomeRecorder {

    RecordRecallOutcomeDelegate(RecallActions recallActions) {
        super(recallActions, ProcessKeys.RECALL_OUTCOME, ProcessKeys.RECALL_NOTE);
    }
}
