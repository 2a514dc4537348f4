package it.semaforo.imports;

import java.util.List;

/** A data row of a file: its line (header = line 1; for Excel the sheet row) and its cells, stripped. */
record SourceRow(int line, List<String> cells) {

    String cell(int position) {
        return position < cells.size() ? cells.get(position) : "";
    }
}
