package it.semaforo.platform.errors;

/** A record that does not exist (or that the caller may not see): answered with 404. */
public class NotFoundException extends LocalizedException {

    public NotFoundException(String what, Object id) {
        super(null, "semaforo.notFound", what, String.valueOf(id));
    }

    private NotFoundException(String field, String messageCode, Object[] arguments) {
        super(field, messageCode, arguments);
    }

    /** Nothing matches what the caller gave in {@code field} (a phone number rather than an id). */
    public static NotFoundException byField(String field, String messageCode, Object... arguments) {
        return new NotFoundException(field, messageCode, arguments);
    }
}
