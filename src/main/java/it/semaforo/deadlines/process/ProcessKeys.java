package it.semaforo.deadlines.process;

/** Names shared by the deadline models and their Java side. */
final class ProcessKeys {

    static final String LIFECYCLE = "deadline-lifecycle";
    static final String RECOVERY = "recovery-campaign";

    static final String DEADLINE_ID = "deadlineId";
    static final String NEXT_REMINDER_AT = "nextReminderAt";
    static final String REMINDER_OFFSET_DAYS = "reminderOffsetDays";
    static final String NEXT_WIN_BACK_AT = "nextWinBackAt";
    static final String WIN_BACK_STEP = "winBackStep";
    static final String RECALL_OUTCOME = "recallOutcome";
    static final String RECALL_NOTE = "recallNote";
    static final String CALL_AGAIN_ON = "callAgainOn";
    static final String FINAL_CALL_OUTCOME = "finalCallOutcome";
    static final String FINAL_CALL_NOTE = "finalCallNote";

    static final String MESSAGE_RENEWED = "DeadlineRenewed";
    static final String MESSAGE_CANCELLED = "DeadlineCancelled";
    static final String MESSAGE_RESCHEDULED = "DeadlineRescheduled";

    private ProcessKeys() {
    }

    static long deadlineId(org.camunda.bpm.engine.delegate.VariableScope scope) {
        return ((Number) scope.getVariable(DEADLINE_ID)).longValue();
    }
}
