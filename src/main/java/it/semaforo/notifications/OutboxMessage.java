package it.semaforo.notifications;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One e-mail of the outbox: its idempotency key is unique, so each key is sent at most once. */
@Entity
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String idempotencyKey;

    private String recipient;

    private String language;

    private String template;

    private String subject;

    private String body;

    @Enumerated(EnumType.STRING)
    private OutboxStatus status;

    private String messageId;

    private int attempts;

    private String lastError;

    private Instant createdAt;

    private Instant claimedAt;

    private Instant sentAt;

    protected OutboxMessage() {
    }

    OutboxMessage(String idempotencyKey, String recipient, String language, String template, String messageId,
                  Instant now) {
        this.idempotencyKey = idempotencyKey;
        this.recipient = recipient;
        this.language = language;
        this.template = template;
        this.messageId = messageId;
        this.status = OutboxStatus.PENDING;
        this.createdAt = now;
    }

    void rendered(String subject, String body) {
        this.subject = subject;
        this.body = body;
    }

    void skipped(String reason) {
        this.status = OutboxStatus.SKIPPED;
        this.lastError = reason;
    }

    void sent(Instant now) {
        this.status = OutboxStatus.SENT;
        this.sentAt = now;
        this.lastError = null;
    }

    void failed(String error) {
        this.status = OutboxStatus.PENDING;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }

    public Long getId() {
        return id;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getLanguage() {
        return language;
    }

    public String getTemplate() {
        return template;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public String getMessageId() {
        return messageId;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
