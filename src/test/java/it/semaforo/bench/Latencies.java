package it.semaforo.bench;

import java.util.Arrays;

/** Durations of single operations, for their percentiles. Thread-safe; meant for up to a few million samples. */
public final class Latencies {

    private long[] nanos = new long[1024];
    private int size;

    public synchronized void add(long durationNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = durationNanos;
    }

    public synchronized int count() {
        return size;
    }

    /** The sum of every duration, in milliseconds. */
    public synchronized double totalMillis() {
        long total = 0;
        for (int i = 0; i < size; i++) {
            total += nanos[i];
        }
        return total / 1_000_000.0;
    }

    /** The {@code percent} percentile in milliseconds (nearest rank). */
    public synchronized double percentileMillis(double percent) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1_000_000.0;
    }

    /** Reports p50, p95 and p99 of the scenario. */
    public void report(String scenario, String operation) {
        for (double percent : new double[] {50, 95, 99}) {
            BenchResults.report(scenario, operation + " p" + (int) percent, percentileMillis(percent), "ms", null);
        }
    }
}
