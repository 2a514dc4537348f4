package it.semaforo.notifications;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends e-mails through the outbox, at most once per idempotency key.
 *
 * <p>Each step commits on its own (a new transaction), independently of the caller: the claim, then the SMTP
 * delivery, then the "sent" mark. A job that fails after sending and is retried finds the key SENT and sends
 * nothing. A worker that dies between delivery and mark leaves the claim to go stale; the retry then sends again
 * with the same Message-ID, so the recipient's mail system can tell it is the same message.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final OutboxRepository outbox;
    private final MailRenderer renderer;
    private final SmtpSender smtp;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final String messageIdDomain;
    /** A claim older than this belongs to a worker that died mid-send ({@code semaforo.mail.claim-timeout}). */
    private final Duration claimTimeout;

    Notifications(OutboxRepository outbox, MailRenderer renderer, SmtpSender smtp,
                  PlatformTransactionManager transactionManager, Clock clock,
                  @Value("${semaforo.mail.message-id-domain}") String messageIdDomain,
                  @Value("${semaforo.mail.claim-timeout}") Duration claimTimeout) {
        this.outbox = outbox;
        this.renderer = renderer;
        this.smtp = smtp;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.messageIdDomain = messageIdDomain;
        this.claimTimeout = claimTimeout;
    }

    /**
     * Sends the mail unless its key was sent (or skipped) already. Returns whether this call delivered it. Throws
     * {@link MailDeliveryException} when SMTP fails, so that the calling job is retried.
     */
    public boolean send(Mail mail) {
        return send(mail, true);
    }

    /**
     * As {@link #send(Mail)}, but the outbox keeps only the subject, never the body: for mails that carry a secret
     * (a sign-in link), which nobody reading the outbox may reuse.
     */
    public boolean sendConfidential(Mail mail) {
        return send(mail, false);
    }

    private boolean send(Mail mail, boolean keepBody) {
        OutboxMessage message = newTransaction.execute(status -> recordOnce(mail));
        if (message.getStatus() == OutboxStatus.SENT || message.getStatus() == OutboxStatus.SKIPPED) {
            log.info("E-mail {} already {}: not sent again", mail.idempotencyKey(), message.getStatus());
            return false;
        }
        if (mail.recipient() == null || mail.recipient().isBlank()) {
            newTransaction.executeWithoutResult(status -> reload(mail.idempotencyKey()).skipped("no e-mail address"));
            log.warn("E-mail {} skipped: the recipient has no e-mail address", mail.idempotencyKey());
            return false;
        }
        // rendered before the claim, so that a template error leaves no claim behind, and recorded with the outcome
        // rather than in a transaction of its own (one round trip less per e-mail: docs/benchmarks.md, scenario 3)
        MailRenderer.Rendered rendered = renderer.render(mail);
        String body = keepBody ? rendered.html() : null;
        Instant now = clock.instant();
        Integer claimed = newTransaction.execute(status ->
                outbox.claim(mail.idempotencyKey(), now, now.minus(claimTimeout)));
        if (claimed == null || claimed == 0) {
            throw new MailDeliveryException("E-mail " + mail.idempotencyKey() + " is being sent by another worker", null);
        }
        try {
            smtp.send(message.getMessageId(), mail.recipient(), rendered);
        } catch (RuntimeException failure) {
            recordOutcome(mail, rendered.subject(), body, failed -> failed.failed(failure.toString()));
            throw new MailDeliveryException("Could not send e-mail " + mail.idempotencyKey(), failure);
        }
        recordOutcome(mail, rendered.subject(), body, sent -> sent.sent(clock.instant()));
        log.info("E-mail {} sent to SMTP as {}", mail.idempotencyKey(), message.getMessageId());
        return true;
    }

    /** Whether the key was dealt with for good: delivered, or skipped for lack of an address. */
    public boolean isDone(String idempotencyKey) {
        return outbox.findByIdempotencyKey(idempotencyKey)
                .map(m -> m.getStatus() == OutboxStatus.SENT || m.getStatus() == OutboxStatus.SKIPPED)
                .orElse(false);
    }

    public Optional<OutboxMessage> find(String idempotencyKey) {
        return outbox.findByIdempotencyKey(idempotencyKey);
    }

    /** The messages whose idempotency key starts with the prefix (such as {@code deadline:42:}), newest first. */
    public List<OutboxMessage> withKeyPrefix(String prefix) {
        return outbox.findByIdempotencyKeyStartingWithOrderByCreatedAtDescIdDesc(prefix);
    }

    /**
     * One page of the outbox, the latest recorded first. Ordered by id rather than time: the engine clock can be
     * moved (tests, time travel), ids never go back.
     */
    public Page<OutboxMessage> latest(OutboxStatus status, int page, int size) {
        return outbox.findByStatus(status, PageRequest.of(page, size, Sort.by(Sort.Order.desc("id"))));
    }

    /** The Message-ID of a key: readable, and unique through a hash of the whole key. */
    String messageIdFor(String idempotencyKey) {
        String readable = idempotencyKey.replaceAll("[^A-Za-z0-9-]+", ".");
        return "<" + readable + "." + sha256(idempotencyKey).substring(0, 12) + "@" + messageIdDomain + ">";
    }

    private OutboxMessage recordOnce(Mail mail) {
        Optional<OutboxMessage> existing = outbox.findByIdempotencyKey(mail.idempotencyKey());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return outbox.saveAndFlush(new OutboxMessage(mail.idempotencyKey(), mail.recipient(),
                    mail.language().toLowerCase(Locale.ROOT), mail.template(), messageIdFor(mail.idempotencyKey()),
                    clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            throw new MailDeliveryException("E-mail " + mail.idempotencyKey() + " was recorded concurrently", raced);
        }
    }

    /** The rendered mail and what became of it, in one transaction of its own. */
    private void recordOutcome(Mail mail, String subject, String body, Consumer<OutboxMessage> outcome) {
        newTransaction.executeWithoutResult(status -> {
            OutboxMessage message = reload(mail.idempotencyKey());
            message.rendered(subject, body);
            outcome.accept(message);
        });
    }

    private OutboxMessage reload(String key) {
        return outbox.findByIdempotencyKey(key).orElseThrow();
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
