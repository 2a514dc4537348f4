package it.semaforo.notifications;

/** PENDING: to send (again); SENDING: claimed by a worker; SENT: delivered to SMTP; SKIPPED: no recipient. */
public enum OutboxStatus {
    PENDING, SENDING, SENT, SKIPPED
}
