package it.semaforo.credit.sandbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One entry of the change feed; {@code rating} only for {@link ChangeType#RATING_CHANGE}. */
public record Change(String id, String vatNumber, ChangeType type, LocalDate date, BigDecimal amount,
                     String description, Integer rating, Instant recordedAt) {
}
