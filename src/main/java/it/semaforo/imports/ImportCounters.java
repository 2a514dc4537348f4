package it.semaforo.imports;

/**
 * How many rows were read, and what became of them: accepted (created + updated + unchanged) or rejected.
 */
public record ImportCounters(int rowsRead, int accepted, int rejected, int created, int updated, int unchanged) {

    static final ImportCounters NONE = new ImportCounters(0, 0, 0, 0, 0, 0);

    ImportCounters plus(RowStatus status) {
        return switch (status) {
            case CREATED -> new ImportCounters(rowsRead + 1, accepted + 1, rejected, created + 1, updated, unchanged);
            case UPDATED -> new ImportCounters(rowsRead + 1, accepted + 1, rejected, created, updated + 1, unchanged);
            case UNCHANGED -> new ImportCounters(rowsRead + 1, accepted + 1, rejected, created, updated, unchanged + 1);
            case REJECTED -> new ImportCounters(rowsRead + 1, accepted, rejected + 1, created, updated, unchanged);
        };
    }
}
