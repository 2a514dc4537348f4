package it.semaforo.catalog;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How long one period of a product lasts, such as 1 YEARS or 6 MONTHS.
 *
 * <p>Periods are counted from an anchor date rather than chained one after the other, so that the day of month
 * survives short months: an anchor of 31 January plus one month is 28 (or 29) February, plus two months is
 * 31 March, not 28 March.
 */
@Embeddable
public record Duration(
        @Column(name = "duration_amount") int amount,
        @Enumerated(EnumType.STRING) @Column(name = "duration_unit") DurationUnit unit) {

    public Duration {
        if (amount <= 0) {
            throw new IllegalArgumentException("A duration must be positive, was " + amount);
        }
        if (unit == null) {
            throw new IllegalArgumentException("A duration needs a unit");
        }
    }

    /** The anchor moved forward by {@code periods} whole durations, clamping to the month's last day. */
    public LocalDate addTo(LocalDate anchor, int periods) {
        long total = (long) amount * periods;
        return switch (unit) {
            case DAYS -> anchor.plusDays(total);
            case WEEKS -> anchor.plusWeeks(total);
            case MONTHS -> anchor.plusMonths(total);
            case YEARS -> anchor.plusYears(total);
        };
    }
}
