package it.semaforo.credit.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/** One entry of the change feed; {@code rating} only for {@link ChangeType#RATING_CHANGE}; amounts EUR, 2 decimals. */
public record Change(String id, String vatNumber, ChangeType type, LocalDate date, BigDecimal amount,
                     String description, Integer rating, Instant recordedAt) {

    public Change {
        amount = amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
