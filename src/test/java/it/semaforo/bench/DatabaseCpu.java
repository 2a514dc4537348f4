package it.semaforo.bench;

import java.time.Duration;

/**
 * CPU time of the PostgreSQL server running on this host (the benchmarks' setup: application and database on one
 * machine): the sum over every process whose command is {@code postgres}. Backends that end between two readings
 * take their time with them, so use it across windows where the connection pool keeps its connections.
 */
final class DatabaseCpu {

    private DatabaseCpu() {
    }

    /** CPU time of the server's processes so far; zero when none can be seen (another host, no permission). */
    static Duration used() {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().command().map(command -> command.endsWith("/postgres"))
                        .orElse(false))
                .map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** The share of the machine's CPU (every core) the server used over {@code wall}, in percent. */
    static double percentOfMachine(Duration cpu, Duration wall) {
        return 100.0 * cpu.toNanos() / (wall.toNanos() * (double) Runtime.getRuntime().availableProcessors());
    }
}
