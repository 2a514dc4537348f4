package it.semaforo.credit.web;

import java.time.Instant;

import it.semaforo.credit.CreditDecision;
import it.semaforo.credit.CreditLight;
import it.semaforo.credit.CreditStatus;

/** A customer's latest credit standing and administration's decision on it. */
record CreditStatusView(String vatNumber, CreditLight light, Integer rating, String ratingClass,
                        String riskDescription, int protests, int procedures, int foreclosures, boolean notFound,
                        Instant checkedAt, CreditDecision decision, String decidedBy, Instant decidedAt) {

    static CreditStatusView of(CreditStatus status) {
        return new CreditStatusView(status.getVatNumber(), status.getLight(), status.getRating(),
                status.getRatingClass(), status.getRiskDescription(), status.getProtests(), status.getProcedures(),
                status.getForeclosures(), status.isNotFound(), status.getCheckedAt(), status.getDecision(),
                status.getDecidedBy(), status.getDecidedAt());
    }
}
