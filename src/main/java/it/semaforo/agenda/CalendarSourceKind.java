package it.semaforo.agenda;

/** An external calendar fetched from its URL, or uploaded once as a file. */
public enum CalendarSourceKind {
    URL, FILE
}
