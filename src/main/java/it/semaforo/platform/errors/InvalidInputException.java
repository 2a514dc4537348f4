package it.semaforo.platform.errors;

/**
 * Input that passed the syntax checks but breaks a domain rule: answered with 400, naming the field. The message is
 * a code of {@code i18n/messages}, resolved in the caller's language.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final transient Object[] arguments;

    public InvalidInputException(String field, String messageCode, Object... arguments) {
        super(messageCode);
        this.field = field;
        this.arguments = arguments;
    }

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
