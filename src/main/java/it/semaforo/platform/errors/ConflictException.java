package it.semaforo.platform.errors;

/**
 * The request clashes with the current state (a duplicate, a closed record): answered with 409. The message is a
 * code of {@code i18n/messages}, resolved in the caller's language.
 */
public class ConflictException extends RuntimeException {

    private final String field;
    private final transient Object[] arguments;

    public ConflictException(String field, String messageCode, Object... arguments) {
        super(messageCode);
        this.field = field;
        this.arguments = arguments;
    }

    /** The field the conflict is about, or {@code null} when it concerns the whole record. */
    public String field() {
        return field;
    }

    public String messageCode() {
        return getMessage();
    }

    public Object[] arguments() {
        return arguments;
    }
}
