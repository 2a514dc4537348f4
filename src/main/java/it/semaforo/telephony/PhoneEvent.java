package it.semaforo.telephony;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One event of the phone system. {@code eventId} is the phone system's own id: the same event delivered again is
 * recorded once. {@code number} is the customer's number in any common form; {@code callbackAt} is required for
 * {@link PhoneEventType#BUSY} and must be in the future. Times are ISO instants ({@code Z} or an offset).
 */
public record PhoneEvent(
        @NotBlank @Size(max = 96) String eventId,
        @NotNull PhoneEventType type,
        @NotBlank @Size(max = 40) String number,
        @Size(max = 64) String operator,
        Long dealId,
        Instant occurredAt,
        @PositiveOrZero @Max(24 * 60 * 60) Integer durationSeconds,
        Instant callbackAt,
        @Size(max = 2000) String notes) {
}
