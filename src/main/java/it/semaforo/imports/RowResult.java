package it.semaforo.imports;

import java.util.List;
import java.util.Map;

/**
 * What a row of a dry run would do: its line, status, the customer it would create or change (its id exists only
 * inside the dry run for a created one), the reasons it is rejected, and — for the first rows only — its values as
 * they would be stored (the merged record; for a rejected row, the cells as read).
 */
public record RowResult(int line, RowStatus status, Long customerId, List<RowProblem> problems,
                        Map<String, Object> values) {

    public RowResult {
        problems = List.copyOf(problems);
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(values);
    }
}
