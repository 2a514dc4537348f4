package it.semaforo.imports;

import it.semaforo.customers.CustomerMerge;

/** What a row did, or would do in a dry run. */
public enum RowStatus {
    CREATED, UPDATED, UNCHANGED, REJECTED;

    static RowStatus of(CustomerMerge.Outcome outcome) {
        return switch (outcome) {
            case CREATED -> CREATED;
            case UPDATED -> UPDATED;
            case UNCHANGED -> UNCHANGED;
        };
    }
}
