package it.semaforo.platform.errors;

/** The request clashes with the current state (a duplicate, a closed record): answered with 409. */
public class ConflictException extends LocalizedException {

    public ConflictException(String field, String messageCode, Object... arguments) {
        super(field, messageCode, arguments);
    }
}
