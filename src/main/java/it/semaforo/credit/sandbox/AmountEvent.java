package it.semaforo.credit.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** A protest or a foreclosure in a report: when, how much (EUR, when known) and what. */
public record AmountEvent(LocalDate date, BigDecimal amount, String description) {

    public AmountEvent {
        amount = amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
