package it.semaforo.credit.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import it.semaforo.credit.CreditEvents.MassCheckRequested;
import it.semaforo.credit.MassChecks;

/**
 * Starts a {@code credit-mass-check} instance for each Go Check run, in the same transaction (business key = run id):
 * the run's items are split into chunks of at most the provider's bulk limit, one parallel instance each.
 */
@Component
class MassCheckProcesses {

    static final String PROCESS = "credit-mass-check";
    /** The provider's bulk lookup takes at most this many partite IVA. */
    static final int BULK_LIMIT = 100;

    private final RuntimeService runtime;
    private final MassChecks massChecks;
    /** Tests make smaller chunks, to have several of them with a few subjects. */
    private volatile int chunkSize = BULK_LIMIT;

    MassCheckProcesses(RuntimeService runtime, MassChecks massChecks) {
        this.runtime = runtime;
        this.massChecks = massChecks;
    }

    @EventListener
    void start(MassCheckRequested requested) {
        runtime.startProcessInstanceByKey(PROCESS, String.valueOf(requested.massCheckId()), Map.of(
                "massCheckId", requested.massCheckId(),
                "chunks", massChecks.splitIntoChunks(requested.massCheckId(), chunkSize)));
    }

    /** Tests only: chunks of this size (back to the bulk limit with {@link #BULK_LIMIT}). */
    void useChunkSize(int size) {
        this.chunkSize = size;
    }
}
