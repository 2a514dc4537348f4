package it.semaforo.platform.errors;

/** A record that does not exist (or that the caller may not see): answered with 404. */
public class NotFoundException extends LocalizedException {

    public NotFoundException(String what, Object id) {
        super(null, "semaforo.notFound", what, String.valueOf(id));
    }
}
