package it.semaforo.deadlines;

/** ACTIVE until renewed, expired or cancelled; the other three are concluded. */
public enum DeadlineStatus {
    ACTIVE, RENEWED, EXPIRED, CANCELLED
}
