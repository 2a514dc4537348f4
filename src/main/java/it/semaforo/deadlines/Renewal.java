package it.semaforo.deadlines;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/** Optional terms of a renewal: a new amount (default: the same as the period renewed) and notes. */
public record Renewal(
        @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal amount,
        @Size(max = 2000) String notes) {

    public static final Renewal SAME_TERMS = new Renewal(null, null);
}
