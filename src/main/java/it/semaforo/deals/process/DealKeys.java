package it.semaforo.deals.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Names shared by the {@code deal} model, its forms and its Java side. */
final class DealKeys {

    static final String PROCESS = "deal";
    static final String DEAL_ID = "dealId";
    static final String MESSAGE_CALL_BUSY = "CallBusy";
    static final String CALLBACK_AT = "callbackAt";
    static final String TELEPHONY_MESSAGE_PREFIX = "Telephony_";
    static final String PHONE_ACTIVITY_ID = "phoneActivityId";

    static final String QUALIFY_OUTCOME = "qualifyOutcome";
    static final String UNREACHABLE_ATTEMPTS = "unreachableAttempts";
    static final String CALL_MINUTES = "callMinutes";
    static final String APPOINTMENT_START = "appointmentStart";
    static final String APPOINTMENT_MINUTES = "appointmentMinutes";
    static final String APPOINTMENT_LOCATION = "appointmentLocation";
    static final String APPOINTMENT_ID = "appointmentId";
    static final String QUALIFY_NOTE = "qualifyNote";
    static final String MEETING_MINUTES = "meetingMinutes";
    static final String MEETING_NOTE = "meetingNote";
    static final String OFFER_AMOUNT = "offerAmount";
    static final String DISCOUNT_PERCENT = "discountPercent";
    static final String PRODUCT_TYPE = "productType";
    static final String PRODUCT_OPTIONS = "productOptions";
    static final String OFFER_NOTE = "offerNote";
    static final String APPROVAL_DECISION = "approvalDecision";
    static final String APPROVAL_MINUTES = "approvalMinutes";
    static final String REJECTION_REASON = "rejectionReason";
    static final String ESCALATED_TASK_ID = "escalatedTaskId";
    static final String ESCALATED_PHASE = "escalatedPhase";
    static final String ESCALATED_ASSIGNEE = "escalatedAssignee";
    static final String ESCALATION_ACTION = "escalationAction";
    static final String NEW_ASSIGNEE = "newAssignee";

    static final String UNREACHABLE = "UNREACHABLE";
    static final String APPOINTMENT = "APPOINTMENT";
    static final String REASSIGN = "REASSIGN";

    private DealKeys() {
    }

    static long dealId(VariableScope scope) {
        return ((Number) scope.getVariable(DEAL_ID)).longValue();
    }
}
