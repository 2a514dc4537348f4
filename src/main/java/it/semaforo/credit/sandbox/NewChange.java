package it.semaforo.credit.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** An event added to the sandbox ({@code POST /sandbox/credit/events}); the date defaults to today. */
public record NewChange(
        @NotBlank String vatNumber,
        @NotNull ChangeType type,
        LocalDate date,
        @Positive @Digits(integer = 13, fraction = 2) BigDecimal amount,
        @Size(max = 500) String description,
        @Min(1) @Max(100) Integer rating) {
}
