package it.semaforo.credit.process;

/**
 * The provider answered with an HTTP error: the job fails (never a stored result), is retried at
 * {@code semaforo.credit.provider.retry-intervals}, and becomes an incident in Cockpit when the retries are used up.
 */
class CreditProviderException extends RuntimeException {

    CreditProviderException(int statusCode, String body) {
        super("Credit provider answered HTTP " + statusCode + (body == null || body.isBlank() ? ""
                : ": " + (body.length() > 300 ? body.substring(0, 300) + "..." : body)));
    }
}
