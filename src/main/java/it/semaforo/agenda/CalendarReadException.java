package it.semaforo.agenda;

/** An external calendar that could not be fetched or read; its message is kept as the source's last error. */
class CalendarReadException extends Exception {

    CalendarReadException(String message) {
        super(message);
    }

    CalendarReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
