package it.semaforo.credit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The in-memory store under concurrent use, with the clock standing still as process tests make it. */
class SandboxCompaniesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final String ROSSI = "04829170150";
    private static final String BIANCHI = "07315620588";

    private final SandboxCompanies sandbox =
            new SandboxCompanies(Clock.fixed(NOW, ZoneId.of("Europe/Rome")), Duration.ZERO);

    @Test
    void changesRecordedAtTheSameInstantGetStrictlyIncreasingTimesSoAPollerMissesNone() {
        Change first = sandbox.record(protest(ROSSI));
        Instant until = first.recordedAt();
        Change second = sandbox.record(protest(BIANCHI));

        assertThat(first.recordedAt()).isEqualTo(NOW);
        assertThat(first.amount()).as("EUR, 2 decimals").isEqualTo(new BigDecimal("100.50"));
        assertThat(second.recordedAt()).isEqualTo(NOW.plusMillis(1));
        assertThat(sandbox.changesSince(until)).containsExactly(second);
    }

    @Test
    void concurrentEventsAreAllRecordedWithDistinctIdsAndAllInTheReports() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Change>> futures = IntStream.range(0, 200)
                    .mapToObj(i -> pool.submit(() -> sandbox.record(protest(i % 2 == 0 ? ROSSI : BIANCHI))))
                    .toList();
            for (Future<Change> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }

        List<Change> changes = sandbox.changesSince(Instant.EPOCH);
        assertThat(changes).hasSize(200);
        assertThat(changes).extracting(Change::id).doesNotHaveDuplicates();
        assertThat(changes).extracting(Change::recordedAt).isSorted().doesNotHaveDuplicates();
        assertThat(sandbox.report(ROSSI).orElseThrow().protests()).hasSize(100);
        assertThat(sandbox.report(BIANCHI).orElseThrow().protests()).hasSize(102);
    }

    @Test
    void concurrentLookupsWaitTheirLatencyAtTheSameTime() throws Exception {
        sandbox.setLatency(Duration.ofMillis(400));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long start = System.nanoTime();
        try {
            List<Future<?>> lookups = IntStream.range(0, 4).<Future<?>>mapToObj(i -> pool.submit(() -> {
                sandbox.simulateLatency();
                return sandbox.report(ROSSI);
            })).toList();
            for (Future<?> lookup : lookups) {
                lookup.get();
            }
        } finally {
            pool.shutdown();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(400)).isLessThan(Duration.ofMillis(1200));
    }

    private static NewChange protest(String vatNumber) {
        return new NewChange(vatNumber, ChangeType.PROTEST, null, new BigDecimal("100.5"), null, null);
    }
}
