package it.semaforo.deals;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An activity to record. The cost comes from the rate of {@code role} and {@code type}; a deal's activity belongs to
 * the deal's customer and campaign. {@code externalId} (optional) makes a repeated delivery count once.
 */
public record NewActivity(
        @NotNull Long customerId,
        Long dealId,
        @NotNull ActivityType type,
        @NotBlank @Size(max = 32) String role,
        @Size(max = 64) String userId,
        Instant occurredAt,
        @PositiveOrZero @Max(24 * 60) int durationMinutes,
        @Size(max = 2000) String description,
        @Size(max = 100) String externalId) {
}
