package it.semaforo.notifications.web;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.notifications.Notifications;
import it.semaforo.notifications.OutboxMessage;
import it.semaforo.notifications.OutboxStatus;
import it.semaforo.platform.web.PageView;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "The e-mail outbox")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    record NotificationView(long id, String key, String recipient, String language, String template, String subject,
                            OutboxStatus status, int attempts, String lastError, Instant createdAt, Instant sentAt,
                            String messageId) {
        static NotificationView of(OutboxMessage m) {
            return new NotificationView(m.getId(), m.getIdempotencyKey(), m.getRecipient(), m.getLanguage(),
                    m.getTemplate(), m.getSubject(), m.getStatus(), m.getAttempts(), m.getLastError(),
                    m.getCreatedAt(), m.getSentAt(), m.getMessageId());
        }
    }

    @GetMapping
    @Operation(summary = "The e-mail outbox, latest recorded first: key, recipient, subject, status, sent at, Message-ID")
    PageView<NotificationView> list(@RequestParam(required = false) OutboxStatus status,
                                    @RequestParam(defaultValue = "0") @Min(0) int page,
                                    @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return PageView.of(notifications.latest(status, page, size), NotificationView::of);
    }
}
