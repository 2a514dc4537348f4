package it.semaforo.imports;

/** Where an import job stands: waiting for a worker, running, finished, or stopped by an unexpected error. */
public enum ImportState {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
