package it.semaforo.notifications;

/** SMTP did not take the message (or another worker holds it); the calling job should be retried. */
public class MailDeliveryException extends RuntimeException {

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
