package it.semaforo.credit.process;

import org.springframework.stereotype.Component;

import it.semaforo.credit.CreditChecks;
import it.semaforo.credit.CreditMonitoring;
import it.semaforo.credit.MassChecks;

/**
 * The response side of the provider calls, the http-connector's output mapping
 * {@code ${creditResponses.store(checkId, statusCode, response)}}: a 200 is a report, a 404 a subject the provider
 * does not know; any other status throws, so an HTTP error is never stored as a result (see
 * {@link CreditProviderException}).
 */
// public: the engine's expression language only calls methods of public classes
@Component("creditResponses")
public class CreditResponses {

    private final CreditChecks checks;
    private final CreditMonitoring monitoring;
    private final MassChecks massChecks;

    CreditResponses(CreditChecks checks, CreditMonitoring monitoring, MassChecks massChecks) {
        this.checks = checks;
        this.monitoring = monitoring;
        this.massChecks = massChecks;
    }

    /** Stores the answer on the check (and the cache); true when the provider found the subject. */
    public boolean store(long checkId, Integer statusCode, String response) {
        if (statusCode != null && statusCode == 404) {
            return checks.recordAnswer(checkId, null);
        }
        requireSuccess(statusCode, response);
        return checks.recordAnswer(checkId, response);
    }

    /** Stores a page of the change feed as risk events; answers the customers to check again (ids, comma-separated). */
    public String storeChanges(Integer statusCode, String response) {
        requireSuccess(statusCode, response);
        return monitoring.store(response);
    }

    /** Stores a bulk answer on the chunk's items ({@code credit-mass-check}); any status but 2xx throws. */
    public void storeBulk(long massCheckId, int chunk, Integer statusCode, String response) {
        requireSuccess(statusCode, response);
        massChecks.recordBulkAnswer(massCheckId, chunk, response);
    }

    private static void requireSuccess(Integer statusCode, String response) {
        if (statusCode == null || statusCode < 200 || statusCode >= 300) {
            throw new CreditProviderException(statusCode == null ? 0 : statusCode, response);
        }
    }
}
