package it.semaforo.deadlines;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The period a renewal would create: its first and last active day and its amount (EUR). */
public record RenewalPreview(LocalDate startDate, LocalDate expiryDate, BigDecimal amount) {
}
