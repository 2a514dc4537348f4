package it.semaforo.platform.errors;

/**
 * A domain refusal about a field, whose message is a code of {@code i18n/messages} resolved in the caller's language
 * when the error is answered.
 */
public abstract class LocalizedException extends RuntimeException {

    private final String field;
    private final transient Object[] arguments;

    protected LocalizedException(String field, String messageCode, Object... arguments) {
        super(messageCode);
        this.field = field;
        this.arguments = arguments;
    }

    /** The field the error is about, or {@code null} when it concerns the whole record. */
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
