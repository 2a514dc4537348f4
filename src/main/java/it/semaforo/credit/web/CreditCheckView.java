package it.semaforo.credit.web;

import java.time.Instant;

import it.semaforo.credit.CreditCheck;
import it.semaforo.credit.CreditCheckStatus;
import it.semaforo.credit.CreditDecision;
import it.semaforo.credit.CreditLight;
import it.semaforo.credit.CreditReport;

/** One check as the API shows it; {@code report} only when the provider answered (DONE). */
record CreditCheckView(long id, String vatNumber, Long customerId, String reason, String requestedBy,
                       Instant requestedAt, CreditCheckStatus state, boolean fromCache, CreditLight light,
                       Instant completedAt, String processInstanceId, CreditDecision decision, String decisionNote,
                       String decidedBy, Instant decidedAt, CreditReport report) {

    static CreditCheckView of(CreditCheck check, CreditCheckStatus state, CreditReport report) {
        return new CreditCheckView(check.getId(), check.getVatNumber(), check.getCustomerId(), check.getReason(),
                check.getRequestedBy(), check.getRequestedAt(), state, check.isFromCache(), check.getLight(),
                check.getCompletedAt(), check.getProcessInstanceId(), check.getDecision(), check.getDecisionNote(),
                check.getDecidedBy(), check.getDecidedAt(), report);
    }
}
