package it.semaforo.deals;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The rate of one role and activity type, replacing the one in force: either an hourly rate (times the activity's
 * duration) or a fixed amount per activity, never both. EUR with at most 2 decimals.
 */
public record NewCostRate(
        @NotBlank String role,
        @NotNull ActivityType activityType,
        @PositiveOrZero @Digits(integer = 8, fraction = 2) BigDecimal hourlyRate,
        @PositiveOrZero @Digits(integer = 8, fraction = 2) BigDecimal fixedAmount) {
}
