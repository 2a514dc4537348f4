package it.semaforo.notifications;

import java.util.Map;

/**
 * An e-mail to send once. {@code idempotencyKey} (for example {@code deadline:42:reminder:P30D}) identifies it for
 * ever: the outbox refuses to send the same key twice and derives the Message-ID from it. {@code template} names
 * {@code templates/mail/<template>.html}; its subject is the message {@code mail.<template>.subject}.
 */
public record Mail(String idempotencyKey, String recipient, String language, String template,
                   Map<String, Object> model, Object... subjectArguments) {
}
