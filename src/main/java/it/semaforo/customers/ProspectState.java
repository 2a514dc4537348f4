package it.semaforo.customers;

/** Where a prospect stands: still being worked, or archived with a reason. */
public enum ProspectState {
    IN_PROGRESS, ARCHIVED
}
