package it.semaforo.imports;

import java.util.List;

import it.semaforo.customers.CustomerKind;

/**
 * A file's import simulated without writing anything: how it was read, the mapping used (the source's saved one,
 * or the one proposed from the headers when {@code mappingSaved} is false), the counters and every row's outcome.
 */
public record DryRun(String source, boolean mappingSaved, ImportFormat format, String encoding, Character delimiter,
                     List<String> headers, ColumnMapping mapping, CustomerKind defaultKind, ImportCounters counters,
                     List<RowResult> rows) {
}
