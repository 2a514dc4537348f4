package it.semaforo.deadlines;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** A partial edit of an active deadline: absent (null) fields stay as they are; an empty text clears it. */
public record DeadlineChanges(
        @Size(max = 300) String description,
        @Min(1) @Max(100000) Integer quantity,
        @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal amount,
        @Size(max = 2000) String notes,
        LocalDate startDate,
        LocalDate expiryDate,
        Long sourceId,
        Long bankId) {
}
