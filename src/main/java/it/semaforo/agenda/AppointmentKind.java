package it.semaforo.agenda;

/** An appointment (a visit or a meeting) or a planned call. */
public enum AppointmentKind {
    APPOINTMENT, CALL
}
