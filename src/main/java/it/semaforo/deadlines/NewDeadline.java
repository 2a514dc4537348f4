package it.semaforo.deadlines;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new deadline. Without an amount it is the product's list price times the quantity; without an expiry date it
 * is one product duration after the start date.
 */
public record NewDeadline(
        @NotNull Long customerId,
        @NotNull Long productId,
        @Size(max = 300) String description,
        @Min(1) @Max(100000) Integer quantity,
        @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal amount,
        @Size(max = 2000) String notes,
        @NotNull LocalDate startDate,
        LocalDate expiryDate,
        Long sourceId,
        Long bankId) {
}
