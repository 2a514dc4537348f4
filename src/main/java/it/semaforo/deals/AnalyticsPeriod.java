package it.semaforo.deals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import it.semaforo.platform.errors.InvalidInputException;

/** The days an analysis covers, both included, in the business's time zone. */
public record AnalyticsPeriod(LocalDate from, LocalDate to) {

    /** The period asked for; a missing end is taken from the current month (the default period). */
    public static AnalyticsPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate start = from != null ? from : today.withDayOfMonth(1);
        LocalDate end = to != null ? to : today.with(TemporalAdjusters.lastDayOfMonth());
        if (start.isAfter(end)) {
            throw new InvalidInputException("from", "semaforo.analytics.period.inverted");
        }
        return new AnalyticsPeriod(start, end);
    }

    /** The first instant of the first day. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the last day (exclusive end). */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
