package it.semaforo.platform.errors;

/** Input that passed the syntax checks but breaks a domain rule: answered with 400, naming the field. */
public class InvalidInputException extends LocalizedException {

    public InvalidInputException(String field, String messageCode, Object... arguments) {
        super(field, messageCode, arguments);
    }
}
