package it.semaforo.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import it.semaforo.customers.Customer;
import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.CustomerMerge;
import it.semaforo.customers.Customers;
import it.semaforo.platform.errors.ConflictException;
import it.semaforo.platform.errors.LocalizedException;

/**
 * Runs imports: jobs in the background on a small pool of its own (bounded queue), dry runs in the caller's thread.
 * <p>
 * A job reads its file twice: once to count the rows (so progress has a total, and a malformed file fails before
 * anything is written), then to import them in chunks. Each chunk is one transaction with its merges, its
 * rejections and the job's counters, so the counters are always what is stored. When a chunk fails on the
 * database, it is rolled back and redone row by row, each row in its own transaction, so that one bad row only
 * rejects itself; a row that loses a race for a new partita IVA is tried once more and then finds the record the
 * other writer created. Anything unexpected ends the job FAILED with its reason; rows are never half-applied
 * because every row is written whole inside one transaction.
 */
@Component
class ImportRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);

    private final Customers customers;
    private final RowValidator validator;
    private final ImportJobRepository jobs;
    private final ImportRejectionRepository rejections;
    private final TransactionTemplate transactions;
    private final EntityManager entityManager;
    private final Clock clock;
    private final int chunkSize;
    private final ThreadPoolTaskExecutor workers;

    ImportRunner(Customers customers, RowValidator validator, ImportJobRepository jobs,
                 ImportRejectionRepository rejections, PlatformTransactionManager transactionManager,
                 EntityManager entityManager, Clock clock,
                 @Value("${semaforo.imports.chunk-size:500}") int chunkSize,
                 @Value("${semaforo.imports.workers:1}") int workers,
                 @Value("${semaforo.imports.queue-capacity:20}") int queueCapacity) {
        this.customers = customers;
        this.validator = validator;
        this.jobs = jobs;
        this.rejections = rejections;
        this.transactions = new TransactionTemplate(transactionManager);
        this.entityManager = entityManager;
        this.clock = clock;
        this.chunkSize = chunkSize;
        this.workers = new ThreadPoolTaskExecutor();
        this.workers.setThreadNamePrefix("import-");
        this.workers.setCorePoolSize(workers);
        this.workers.setMaxPoolSize(workers);
        this.workers.setQueueCapacity(queueCapacity);
        this.workers.initialize();
    }

    @PreDestroy
    void stop() {
        workers.shutdown();
    }

    /** Queues the job; throws {@link org.springframework.core.task.TaskRejectedException} when the queue is full. */
    void submit(long jobId, Path file) {
        workers.execute(() -> run(jobId, file));
    }

    /** A job left QUEUED or RUNNING by a stopped application will never finish: say so. */
    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedJobs() {
        for (ImportJob job : jobs.findByStateIn(List.of(ImportState.QUEUED, ImportState.RUNNING))) {
            update(job.getId(), interrupted -> interrupted.fail(RowProblem.of(null, "imports.job.interrupted"),
                    clock.instant()));
        }
    }

    void run(long jobId, Path file) {
        try {
            int total;
            try (ImportFile counting = ImportFile.open(file)) {
                total = counting.countRows();
            }
            ImportJob job = update(jobId, started -> started.start(total, clock.instant()));
            try (ImportFile reading = ImportFile.open(file)) {
                Map<TargetField, Integer> positions = job.mapping().positionsIn(reading.headers());
                List<RowValidator.CheckedRow> chunk = new ArrayList<>(chunkSize);
                for (Iterator<SourceRow> rows = reading.rows(); rows.hasNext(); ) {
                    chunk.add(validator.check(rows.next(), positions, job.getDefaultKind()));
                    if (chunk.size() == chunkSize) {
                        importChunk(jobId, chunk);
                        chunk = new ArrayList<>(chunkSize);
                    }
                }
                if (!chunk.isEmpty()) {
                    importChunk(jobId, chunk);
                }
            }
            update(jobId, done -> done.finish(clock.instant()));
        } catch (LocalizedException refused) {
            fail(jobId, RowProblem.of(refused.field(), refused.messageCode(), refused.arguments()));
        } catch (Exception | LinkageError unexpected) {
            LOG.error("Import job {} failed", jobId, unexpected);
            fail(jobId, RowProblem.of(null, "imports.job.unexpected", unexpected.getClass().getSimpleName()));
        } finally {
            delete(file);
        }
    }

    /** Every row merged for real, then the whole transaction rolled back: exact outcomes, nothing written. */
    List<RowResult> dryRun(ImportFile file, ColumnMapping mapping, CustomerKind defaultKind, int previewRows) {
        Map<TargetField, Integer> positions = mapping.positionsIn(file.headers());
        return transactions.execute(status -> {
            status.setRollbackOnly();
            List<RowResult> results = new ArrayList<>();
            for (Iterator<SourceRow> rows = file.rows(); rows.hasNext(); ) {
                RowValidator.CheckedRow row = validator.check(rows.next(), positions, defaultKind);
                results.add(simulate(row, results.size() < previewRows));
                if (results.size() % chunkSize == 0) {
                    // written rows stay in the (rolled back) transaction; the session need not remember them
                    entityManager.flush();
                    entityManager.clear();
                }
            }
            return results;
        });
    }

    private RowResult simulate(RowValidator.CheckedRow row, boolean withValues) {
        if (!row.accepted()) {
            return new RowResult(row.line(), RowStatus.REJECTED, null, row.problems(),
                    withValues ? new LinkedHashMap<>(row.values()) : null);
        }
        try {
            CustomerMerge merge = customers.merge(row.request());
            // a record created in a dry run is rolled back: its id means nothing outside
            Long existing = merge.outcome() == CustomerMerge.Outcome.CREATED ? null : merge.customerId();
            return new RowResult(row.line(), RowStatus.of(merge.outcome()), existing, List.of(),
                    withValues ? stored(customers.get(merge.customerId())) : null);
        } catch (LocalizedException refused) {
            return new RowResult(row.line(), RowStatus.REJECTED, null, List.of(problem(refused)),
                    withValues ? new LinkedHashMap<>(row.values()) : null);
        }
    }

    /** What a row did: its status and, when rejected, why. */
    private record Applied(int line, RowStatus status, List<RowProblem> problems) {
    }

    private void importChunk(long jobId, List<RowValidator.CheckedRow> chunk) {
        try {
            transactions.executeWithoutResult(status -> record(jobId, chunk.stream().map(this::apply).toList()));
        } catch (RuntimeException chunkFailed) {
            LOG.info("Import job {}: chunk from line {} failed ({}), redone row by row", jobId, chunk.get(0).line(),
                    chunkFailed.toString());
            List<Applied> applied = chunk.stream().map(this::applyAlone).toList();
            transactions.executeWithoutResult(status -> record(jobId, applied));
        }
    }

    /** Inside the chunk's transaction: a failing merge fails the chunk. */
    private Applied apply(RowValidator.CheckedRow row) {
        if (!row.accepted()) {
            return new Applied(row.line(), RowStatus.REJECTED, row.problems());
        }
        return new Applied(row.line(), RowStatus.of(customers.merge(row.request()).outcome()), List.of());
    }

    /** In a transaction of its own: a failing merge rejects this row only (once retried after a lost race). */
    private Applied applyAlone(RowValidator.CheckedRow row) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> apply(row));
            } catch (RuntimeException failed) {
                if (attempt == 1 && lostRace(failed)) {
                    continue;
                }
                if (!(failed instanceof LocalizedException)) {
                    LOG.warn("Import: line {} not saved", row.line(), failed);
                }
                return new Applied(row.line(), RowStatus.REJECTED, List.of(problem(failed)));
            }
        }
    }

    /** Another writer created the same partita IVA between our look-up and our insert. */
    private static boolean lostRace(RuntimeException failed) {
        return failed instanceof DataAccessException
                || failed instanceof ConflictException conflict
                && "semaforo.vatNumber.duplicate".equals(conflict.messageCode());
    }

    private static RowProblem problem(RuntimeException failed) {
        if (failed instanceof LocalizedException refused) {
            return RowProblem.of(refused.field(), refused.messageCode(), refused.arguments());
        }
        return RowProblem.of(null, "imports.reason.notSaved");
    }

    private void record(long jobId, List<Applied> applied) {
        ImportCounters counters = ImportCounters.NONE;
        List<ImportRejection> reasons = new ArrayList<>();
        for (Applied row : applied) {
            counters = counters.plus(row.status());
            row.problems().forEach(problem -> reasons.add(new ImportRejection(jobId, row.line(), problem)));
        }
        rejections.saveAll(reasons);
        jobs.findById(jobId).orElseThrow().count(counters);
    }

    private ImportJob update(long jobId, Consumer<ImportJob> change) {
        return transactions.execute(status -> {
            ImportJob job = jobs.findById(jobId).orElseThrow();
            change.accept(job);
            return job;
        });
    }

    private void fail(long jobId, RowProblem reason) {
        try {
            update(jobId, failed -> failed.fail(reason, clock.instant()));
        } catch (RuntimeException unrecorded) {
            LOG.error("Import job {}: could not record its failure ({})", jobId, reason.code(), unrecorded);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Import: temporary file {} not deleted", file, e);
        }
    }

    /** A customer's values as an import row would show them. */
    static Map<String, Object> stored(Customer customer) {
        Map<String, Object> values = new LinkedHashMap<>();
        putIfPresent(values, TargetField.KIND, customer.getKind());
        putIfPresent(values, TargetField.NAME, customer.getName());
        putIfPresent(values, TargetField.VAT_NUMBER, customer.getVatNumber());
        putIfPresent(values, TargetField.TAX_CODE, customer.getTaxCode());
        putIfPresent(values, TargetField.EMAIL, customer.getEmail());
        putIfPresent(values, TargetField.PHONE, customer.getPhone());
        putIfPresent(values, TargetField.CITY, customer.getCity());
        putIfPresent(values, TargetField.PROVINCE, customer.getProvince());
        putIfPresent(values, TargetField.REGION, customer.getRegion());
        putIfPresent(values, TargetField.SECTOR, customer.getSector());
        putIfPresent(values, TargetField.EMPLOYEES, customer.getEmployees());
        putIfPresent(values, TargetField.LANGUAGE, customer.getLanguage());
        return values;
    }

    private static void putIfPresent(Map<String, Object> values, TargetField field, Object value) {
        if (value != null) {
            values.put(field.fieldName(), value);
        }
    }
}
