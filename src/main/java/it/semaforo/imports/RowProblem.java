package it.semaforo.imports;

import java.util.List;

/**
 * Why a row (or one of its fields) was rejected: a message code with its arguments, resolved in the reader's
 * language when shown. {@code field} is the target field's API name, or {@code null} for the whole row.
 */
public record RowProblem(String field, String code, List<String> arguments) {

    public RowProblem {
        arguments = List.copyOf(arguments);
    }

    static RowProblem of(String field, String code, Object... arguments) {
        return new RowProblem(field, code, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
